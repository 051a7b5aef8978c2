export { run } from "./run.js";
export type { Io, OutputStream } from "./io.js";
export { EXIT, UsageError } from "./errors.js";
export { renderReport } from "./report/render-report.js";
export type { ReportModel, ReportPlan } from "./report/model.js";
