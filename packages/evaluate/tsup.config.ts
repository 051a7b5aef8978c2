import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/float.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  // Each entry carries its own copy of the evaluators, so exact and float code never share (and blur) the
  // engine's type feedback in one process.
  splitting: false,
  sourcemap: true,
  target: "node20",
});
