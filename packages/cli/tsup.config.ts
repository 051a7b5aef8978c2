import { defineConfig } from "tsup";

// One build, so `clean` cannot race a second one. The command (bin) and the extract worker are ESM in use;
// their CommonJS twins are a by-product. In ESM (split by default) each command is its own chunk, loaded when
// it runs; the CommonJS build is not split, since tsup's CommonJS splitting turns import() back into require().
export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts", "src/extract-worker.ts"],
  format: ["esm", "cjs"],
  dts: { entry: "src/index.ts" },
  clean: true,
  sourcemap: true,
  // import.meta.url (package.json lookup, the extract worker) in the CommonJS build.
  shims: true,
  target: "node20",
  // Keep import() of vega in the CommonJS build: vega is ESM-only with top-level await, so require() fails.
  esbuildOptions(options) {
    options.supported = { ...options.supported, "dynamic-import": true };
  },
});
