import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    // import.meta.url (package.json lookup, the extract worker) in the CommonJS build.
    shims: true,
    target: "node20",
    // Keep import() of vega in the CommonJS build: vega is ESM-only with top-level await, so require() fails.
    esbuildOptions(options) {
      options.supported = { ...options.supported, "dynamic-import": true };
    },
  },
  {
    // The command is ESM only; each command is its own chunk, loaded when it runs.
    entry: ["src/bin.ts", "src/extract-worker.ts"],
    format: ["esm"],
    sourcemap: true,
    splitting: true,
    target: "node20",
  },
]);
