import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@guihua/source"] },
  ssr: { resolve: { conditions: ["@guihua/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    // Commands run the real extractor, evaluator and vega on the seeds; on a loaded 2-core machine
    // a test can take several seconds, so the default 5 s is too tight.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
