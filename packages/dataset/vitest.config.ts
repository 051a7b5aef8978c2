import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@guihua/source"] },
  ssr: { resolve: { conditions: ["@guihua/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    // Property and corpus tests check thousands of cases; with every package testing at once on a shared
    // 2-core machine the default 5 s is too tight. Speed is measured by the benchmarks, not by timeouts.
    testTimeout: 30_000,
  },
});
