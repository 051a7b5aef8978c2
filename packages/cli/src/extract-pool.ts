import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ExtractPlanResult } from "@guihua/loaders";
import type { ExtractJob } from "./extract-worker.js";

interface Reply {
  index: number;
  result?: ExtractPlanResult;
  error?: string;
}

// From the build the worker sits beside this chunk in dist/ as plain JavaScript. From source (tsx, vitest)
// it is a .ts file: a small bootstrap registers tsx in the worker, then imports it.
function createWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./extract-worker.js", import.meta.url));
  // The ESM build of tsx's API (require.resolve finds its CommonJS twin beside it).
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  const worker = new URL("./extract-worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: ["--conditions=@guihua/source"] });
}

/**
 * Extracts plans from many texts on `jobs` worker threads, calling `onDone` as each finishes;
 * results come back in input order.
 */
export async function extractInWorkers(
  jobs: number,
  inputs: readonly Omit<ExtractJob, "index">[],
  onDone: (index: number, result: ExtractPlanResult) => void,
): Promise<ExtractPlanResult[]> {
  const results: ExtractPlanResult[] = new Array(inputs.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, inputs.length) }, createWorker);
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= inputs.length) return resolve();
              const index = next++;
              worker.postMessage({ index, ...inputs[index]! } satisfies ExtractJob);
            };
            worker.on("message", (reply: Reply) => {
              if (reply.error !== undefined || !reply.result)
                return reject(new Error(reply.error ?? "no result"));
              results[reply.index] = reply.result;
              onDone(reply.index, reply.result);
              send();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`extract worker stopped with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
