/**
 * @guihua/evaluate — progress verdicts, schedules and plan audits, computed exactly on decimal.js through
 * `@guihua/growth`. The same functions in float64 live in `@guihua/evaluate/float`.
 */
import { evaluatorFromEngine } from "./create-evaluator.js";
import { decimalEngine } from "./engine/decimal.js";

const exact = evaluatorFromEngine(decimalEngine);

/**
 * The verdict on one target at an as-of date, with figures, schedule, outlook and a bilingual explanation.
 * @example
 * evaluateTarget(target, observations, { asOf: "2023-12-31", method: "statcan" }).status; // "on-track"
 */
export const evaluateTarget = exact.evaluateTarget;
/** `evaluateTarget` returning `{ success: false, error }` instead of throwing. */
export const safeEvaluateTarget = exact.safeEvaluateTarget;
/**
 * A plan's scorecard: every evaluation, counts by status and by attribute.
 * @example
 * evaluatePlan(plan, [], { asOf: "2021-12-31" }).counts.achieved; // 4 (辽宁 表1)
 */
export const evaluatePlan = exact.evaluatePlan;
/** `evaluatePlan` returning `{ success: false, error }` instead of throwing. */
export const safeEvaluatePlan = exact.safeEvaluatePlan;
/**
 * Findings about the plan itself.
 * @example
 * auditPlan(anshan)[0]?.code; // "milestone-rate-contradiction"
 */
export const auditPlan = exact.auditPlan;

export { createEvaluator, evaluatorFromEngine } from "./create-evaluator.js";
export type { Evaluator, SafeResult } from "./create-evaluator.js";
export { createDecimalEngine, decimalEngine } from "./engine/decimal.js";
export { floatEngine } from "./engine/float.js";
export { createEngine } from "./engine/create-engine.js";
export type { EngineOptions } from "./engine/create-engine.js";
export type { Engine } from "./engine/types.js";
export { EvaluateError, EVALUATE_ERROR_CODES } from "./errors.js";
export type { EvaluateErrorCode } from "./errors.js";
export { MEASURES, METHOD_IDS, METHOD_PRESETS, resolveMethod } from "./methods/presets.js";
export type { Measure, MethodId, MethodParameters, MethodSpec, ResolvedMethod } from "./methods/presets.js";
export type { EvaluateOptions } from "./evaluate-target.js";
export type { EvaluatePlanOptions, Scorecard, StatusCounts } from "./evaluate-plan.js";
