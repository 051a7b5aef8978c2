import type { Calculator } from "@guihua/growth";
import type { Evaluation, Finding, Observation, Plan, Target } from "@guihua/schema";
import { createAuditPlan } from "./audit/audit-plan.js";
import { createEngine, type EngineOptions } from "./engine/create-engine.js";
import type { Engine } from "./engine/types.js";
import { EvaluateError, type EvaluateErrorCode } from "./errors.js";
import { createEvaluatePlan, type EvaluatePlanOptions, type Scorecard } from "./evaluate-plan.js";
import { createEvaluateTarget, type EvaluateOptions } from "./evaluate-target.js";

/** `{ success: true, data }` or `{ success: false, error }` with the error's stable code. */
export type SafeResult<T> =
  { success: true; data: T } | { success: false; error: { code: EvaluateErrorCode; message: string } };

/** The evaluators bound to one arithmetic backend. */
export interface Evaluator {
  /**
   * The verdict on one target at the as-of date, as a plain object. Throws {@link EvaluateError} on a request
   * that cannot be answered.
   */
  evaluateTarget(target: Target, observations: readonly Observation[], options?: EvaluateOptions): Evaluation;
  /** Like `evaluateTarget`, returning the error instead of throwing it. */
  safeEvaluateTarget(
    target: Target,
    observations: readonly Observation[],
    options?: EvaluateOptions,
  ): SafeResult<Evaluation>;
  /**
   * Every target of a plan (with the plan's own facts), counted by status and by attribute. Its evaluations
   * are plain data, fully computed: figures, schedule, outlook and explanation.
   */
  evaluatePlan(plan: Plan, observations?: readonly Observation[], options?: EvaluatePlanOptions): Scorecard;
  /** Like `evaluatePlan`, returning the error instead of throwing it. */
  safeEvaluatePlan(
    plan: Plan,
    observations?: readonly Observation[],
    options?: EvaluatePlanOptions,
  ): SafeResult<Scorecard>;
  /** Findings about the plan itself. */
  auditPlan(plan: Plan): Finding[];
}

function safely<T>(run: () => T): SafeResult<T> {
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (error instanceof EvaluateError)
      return { success: false, error: { code: error.code, message: error.message } };
    throw error;
  }
}

/** Binds every evaluator to an engine. */
export function evaluatorFromEngine<N>(engine: Engine<N>): Evaluator {
  const evaluateTarget = createEvaluateTarget(engine);
  const evaluatePlan = createEvaluatePlan(evaluateTarget);
  const auditPlan = createAuditPlan(engine);
  return {
    evaluateTarget: (target, observations, options) => evaluateTarget(target, observations, options),
    safeEvaluateTarget: (target, observations, options) =>
      safely(() => evaluateTarget(target, observations, options)),
    evaluatePlan,
    safeEvaluatePlan: (plan, observations, options) =>
      safely(() => evaluatePlan(plan, observations, options)),
    auditPlan,
  };
}

/**
 * The evaluators on any `@guihua/growth` calculator: `createEvaluator(createDecimalCalculator({ precision: 50 }))`,
 * or a backend of your own.
 *
 * @example
 * const { evaluateTarget } = createEvaluator(floatCalculator, { mode: "float", significant: 15 });
 */
export function createEvaluator<V>(calculator: Calculator<V>, options: EngineOptions<V>): Evaluator {
  return evaluatorFromEngine(createEngine(calculator, options));
}
