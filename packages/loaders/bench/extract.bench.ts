import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { extractPlan, normalise } from "../src/index.js";

const SEEDS = join(import.meta.dirname, "../../../seeds/raw");
const TARGET_BYTES = 10 * 1024 * 1024;

/** The seed corpus (simplified and traditional) repeated to 10 MB of UTF-8, as separate documents. */
const documents: string[] = [];
let bytes = 0;
const seeds = readdirSync(SEEDS)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => readFileSync(join(SEEDS, file), "utf8"));
while (bytes < TARGET_BYTES) {
  for (const seed of seeds) {
    documents.push(seed);
    bytes += Buffer.byteLength(seed);
  }
}
console.log(`corpus: ${documents.length} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB`);

describe("seed corpus repeated to 10 MB", () => {
  bench(
    "extractPlan, end to end",
    () => {
      for (const document of documents) extractPlan(document);
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    "normalise only",
    () => {
      for (const document of documents) normalise(document);
    },
    { iterations: 3, warmupIterations: 1 },
  );
});
