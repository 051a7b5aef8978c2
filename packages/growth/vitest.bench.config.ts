import { defineConfig } from "vitest/config";

// Benchmarks measure the built package as consumers load it: `@guihua/growth` resolves to `dist/`
// (no "@guihua/source" condition) and Node loads it natively. Through vitest's module transform every
// cross-module call in `src` would pay an accessor call that no bundler or Node ESM import pays.
export default defineConfig({
  test: {
    benchmark: { include: ["bench/**/*.bench.ts"] },
    server: { deps: { external: [/\/packages\/growth\/dist\//] } },
  },
});
