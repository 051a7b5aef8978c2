export { run } from "./run.js";
export type { Io, OutputStream } from "./io.js";
export { EXIT, UsageError } from "./errors.js";
