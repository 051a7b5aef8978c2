/**
 * @guihua/evaluate/float — the same evaluators as the default entry, on float64 (about 15 significant digits):
 * for bulk scoring where exact decimals are not needed.
 */
import { evaluatorFromEngine } from "./create-evaluator.js";
import { floatEngine } from "./engine/float.js";

const float = evaluatorFromEngine(floatEngine);

/** The verdict on one target, computed in float64. */
export const evaluateTarget = float.evaluateTarget;
/** `evaluateTarget` returning `{ success: false, error }` instead of throwing. */
export const safeEvaluateTarget = float.safeEvaluateTarget;
/** A plan's scorecard, computed in float64. */
export const evaluatePlan = float.evaluatePlan;
/** `evaluatePlan` returning `{ success: false, error }` instead of throwing. */
export const safeEvaluatePlan = float.safeEvaluatePlan;
/** Findings about the plan itself, computed in float64. */
export const auditPlan = float.auditPlan;

export { EvaluateError, EVALUATE_ERROR_CODES } from "./errors.js";
export type { EvaluateErrorCode } from "./errors.js";
export { MEASURES, METHOD_IDS, METHOD_PRESETS, resolveMethod } from "./methods/presets.js";
export type { Measure, MethodId, MethodParameters, MethodSpec, ResolvedMethod } from "./methods/presets.js";
export type { EvaluateOptions } from "./evaluate-target.js";
export type { EvaluatePlanOptions, Scorecard, StatusCounts } from "./evaluate-plan.js";
export type { Evaluator, SafeResult } from "./create-evaluator.js";
