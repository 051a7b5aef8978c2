import type {
  Attribute,
  Evaluation,
  EvaluationStatus,
  MethodRef,
  Observation,
  Plan,
  Target,
} from "@guihua/schema";
import { EvaluationStatus as StatusSchema, Attribute as AttributeSchema } from "@guihua/schema";
import type { EvaluateOptions, InternalOptions } from "./evaluate-target.js";
import { resolveMethod } from "./methods/presets.js";
import { indicatorKey } from "./matching.js";
import { dateOfPeriod } from "./time.js";

export interface EvaluatePlanOptions extends EvaluateOptions {
  /** Also use the values the plan itself states (`plan.facts`); default true. */
  includePlanFacts?: boolean;
}

/** Counts of each status. */
export type StatusCounts = Record<EvaluationStatus, number>;

/** Every target's verdict, with counts by status and by attribute (预期性 / 约束性). */
export interface Scorecard {
  planId: string;
  asOf: string;
  method: MethodRef;
  evaluations: Evaluation[];
  total: number;
  counts: StatusCounts;
  byAttribute: Record<Attribute, StatusCounts>;
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(StatusSchema.options.map((status) => [status, 0])) as StatusCounts;
}

type EvaluateTarget = (
  target: Target,
  observations: readonly Observation[],
  options: EvaluateOptions & InternalOptions,
) => Evaluation;

/** Builds `evaluatePlan` on an `evaluateTarget`. */
export function createEvaluatePlan(evaluateTarget: EvaluateTarget) {
  return function evaluatePlan(
    plan: Plan,
    observations: readonly Observation[] = [],
    options: EvaluatePlanOptions = {},
  ): Scorecard {
    const method = resolveMethod(options.method);
    const all = options.includePlanFacts === false ? observations : [...plan.facts, ...observations];
    // Group once by indicator so each target sees only its own series (no "other indicator" noise).
    const byId = new Map<string, Observation[]>();
    const byName = new Map<string, Observation[]>();
    const withoutIdByName = new Map<string, Observation[]>();
    let latest: string | undefined;
    for (const observation of all) {
      const date = dateOfPeriod(observation.period);
      if (latest === undefined || date > latest) latest = date;
      const nameKey = indicatorKey({ name: observation.indicator.name });
      push(byName, nameKey, observation);
      if (observation.indicator.id) push(byId, observation.indicator.id, observation);
      else push(withoutIdByName, nameKey, observation);
    }
    const lastYear = plan.period.end ?? Math.max(...plan.targets.map((target) => target.targetYear));
    const asOf = options.asOf ?? latest ?? `${lastYear}-12-31`;
    const counts = emptyCounts();
    const byAttribute = Object.fromEntries(
      AttributeSchema.options.map((attribute) => [attribute, emptyCounts()]),
    ) as Record<Attribute, StatusCounts>;
    const evaluations: Evaluation[] = [];
    for (const target of plan.targets) {
      const nameKey = indicatorKey({ name: target.indicator.name });
      const own = target.indicator.id
        ? [...(byId.get(target.indicator.id) ?? []), ...(withoutIdByName.get(nameKey) ?? [])]
        : (byName.get(nameKey) ?? []);
      const evaluation = evaluateTarget(target, own, {
        asOf,
        region: options.region ?? target.scope?.region ?? plan.region.name,
        resolvedMethod: method,
        indicatorChecked: true,
      });
      evaluations.push(evaluation);
      counts[evaluation.status]++;
      byAttribute[target.attribute][evaluation.status]++;
    }
    return {
      planId: plan.id,
      asOf,
      method: method.ref,
      evaluations,
      total: evaluations.length,
      counts,
      byAttribute,
    };
  };
}

function push(map: Map<string, Observation[]>, key: string, observation: Observation): void {
  const list = map.get(key);
  if (list) list.push(observation);
  else map.set(key, [observation]);
}
