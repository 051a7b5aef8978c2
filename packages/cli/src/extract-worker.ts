// A worker thread for `guihua extract --jobs N`: receives texts, returns extracted plans.
import { parentPort } from "node:worker_threads";
import { extractPlan } from "@guihua/loaders";

export interface ExtractJob {
  index: number;
  text: string;
  document: string;
}

parentPort?.on("message", (job: ExtractJob) => {
  try {
    parentPort?.postMessage({ index: job.index, result: extractPlan(job.text, { document: job.document }) });
  } catch (error) {
    parentPort?.postMessage({
      index: job.index,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
