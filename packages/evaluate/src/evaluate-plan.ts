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
import { EvaluateError } from "./errors.js";
import { checkObservationShape } from "./check-observation-shape.js";
import { checkPlanShape } from "./check-plan-shape.js";
import { checkTargetShape } from "./check-target-shape.js";
import { fail } from "./shape-checks.js";
import { resolveMethod } from "./methods/presets.js";
import { indicatorKey } from "./matching.js";
import { baseOf } from "./base-of.js";
import { dateOfPeriod, timeOfDate, timeOfPeriod } from "./time.js";

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
    checkPlanShape(plan);
    if (!Array.isArray(observations))
      fail({ at: "observations" }, "", "must be an array of schema Observations");
    const method = resolveMethod(options.method);
    const facts = plan.facts ?? [];
    const all =
      options.includePlanFacts === false || facts.length === 0 ? observations : [...facts, ...observations];
    const factCount = all === observations ? 0 : facts.length;
    // Group once by indicator so each target sees only its own series (no "other indicator" noise).
    const byId = new Map<string, Observation[]>();
    const withoutIdByName = new Map<string, Observation[]>();
    let byName: Map<string, Observation[]> | undefined;
    let latestTime = -Infinity;
    let latest: string | undefined;
    // Series usually arrive indicator by indicator: look the list up only when the indicator changes.
    let currentId: string | undefined;
    let currentList: Observation[] | undefined;
    for (let index = 0; index < all.length; index++) {
      const observation = all[index];
      if (index < factCount) checkObservationShape(observation, "$.facts", index);
      else checkObservationShape(observation, "observations", index - factCount);
      const period = observation.period;
      const time = "year" in period ? period.year : timeOfPeriod(period);
      if (time > latestTime) {
        latestTime = time;
        latest = dateOfPeriod(period);
      }
      const id = observation.indicator.id;
      if (id === undefined) {
        push(withoutIdByName, indicatorKey({ name: observation.indicator.name }), observation);
        continue;
      }
      if (id !== currentId) {
        currentId = id;
        currentList = byId.get(id);
        if (currentList === undefined) byId.set(id, (currentList = []));
      }
      currentList!.push(observation);
    }
    // Only a target without an id needs every observation grouped by name.
    const allByName = () => {
      if (byName === undefined) {
        byName = new Map();
        for (const observation of all)
          push(byName, indicatorKey({ name: observation.indicator.name }), observation);
      }
      return byName;
    };
    const asOf = options.asOf ?? latest ?? `${plan.period.end ?? lastTargetYear(plan)}-12-31`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
      throw new EvaluateError(
        "GUIHUA_EVALUATE_INVALID_AS_OF",
        `asOf must be an ISO date YYYY-MM-DD, got ${JSON.stringify(asOf)}`,
        {
          asOf: String(asOf),
        },
      );
    }
    const asOfTime = timeOfDate(asOf);
    const shared = {
      asOf,
      region: plan.region.name,
      resolvedMethod: method,
      asOfTime,
      indicatorChecked: true,
      planStart: plan.period.start,
    };
    const counts = emptyCounts();
    const byAttribute = Object.fromEntries(
      AttributeSchema.options.map((attribute) => [attribute, emptyCounts()]),
    ) as Record<Attribute, StatusCounts>;
    const evaluations: Evaluation[] = [];
    for (let index = 0; index < plan.targets.length; index++) {
      const target = plan.targets[index];
      checkTargetShape(target, "$.targets", index);
      const own = target.indicator.id
        ? concat(
            byId.get(target.indicator.id),
            withoutIdByName.size === 0
              ? undefined
              : withoutIdByName.get(indicatorKey({ name: target.indicator.name })),
          )
        : (allByName().get(indicatorKey({ name: target.indicator.name })) ?? []);
      // A target about an entity (鞍钢, 装备制造业) is judged on that entity's observations, not the region's.
      const region = options.region ?? target.scope?.region ?? target.scope?.entity;
      const evaluation =
        beforeBase(target, asOf, method) ??
        evaluateTarget(target, own, region === undefined ? shared : { ...shared, region });
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

/**
 * A target whose base year is after the as-of date cannot be judged yet, but the rest of the plan can: in a
 * scorecard it is not-evaluable with an issue (`evaluateTarget` on that target alone throws).
 */
function beforeBase(
  target: Target,
  asOf: string,
  method: ReturnType<typeof resolveMethod>,
): Evaluation | undefined {
  const baseYear = baseOf(target)?.year;
  if (baseYear === undefined || asOf >= `${baseYear}-01-01`) return undefined;
  return {
    targetId: target.id,
    asOf,
    status: "not-evaluable",
    method: method.ref,
    figures: {},
    explanation: {
      zh: `无法评估: 评估日期${asOf}早于该目标的基期${baseYear}年。`,
      en: `Not evaluable: the as-of date ${asOf} precedes the target's base year ${baseYear}.`,
    },
    issues: [
      {
        code: "as-of-before-base",
        message: `the as-of date ${asOf} is before the base year ${baseYear}`,
      },
    ],
  };
}

function lastTargetYear(plan: Plan): number {
  let year = 1900;
  for (const target of plan.targets) if (target.targetYear > year) year = target.targetYear;
  return year;
}

function concat(a: Observation[] | undefined, b: Observation[] | undefined): Observation[] {
  if (a === undefined) return b ?? [];
  return b === undefined ? a : [...a, ...b];
}

function push(map: Map<string, Observation[]>, key: string, observation: Observation): void {
  const list = map.get(key);
  if (list) list.push(observation);
  else map.set(key, [observation]);
}
