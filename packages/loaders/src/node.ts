// The `./node` entry: the only part of the package that reads files. Everything it adds wraps the
// pure loaders of the main entry.
export { readPlanFile } from "./structured/node/read-plan-file.js";
export type { ReadPlanFileOptions } from "./structured/node/read-plan-file.js";
export { readObservationsFile } from "./structured/node/read-observations-file.js";
