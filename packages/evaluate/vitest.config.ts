import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@guihua/source"] },
  ssr: { resolve: { conditions: ["@guihua/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
