import { defineConfig } from "vitest/config";

// Benchmarks measure the built packages as consumers load them: `@guihua/growth` and `@guihua/schema` resolve
// to their `dist/` (no "@guihua/source" condition) and Node loads them, and this package's built entries,
// natively. Through vitest's module transform every cross-module call into their sources would pay an accessor
// call that no bundler or Node ESM import pays.
export default defineConfig({
  test: {
    benchmark: { include: ["bench/**/*.bench.ts"] },
    server: { deps: { external: [/\/packages\/(growth|schema|evaluate)\/dist\//] } },
  },
});
