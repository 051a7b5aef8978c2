import type { Evaluation, EvaluationIssue, EvaluationStatus, Observation, Target } from "@guihua/schema";
import { assess } from "./assess.js";
import { baseOf } from "./base-of.js";
import { buildProblem, type BuildContext } from "./build-problem.js";
import { perYearEach } from "./per-year-each.js";
import type { Engine } from "./engine/types.js";
import type { EarlyResult, Problem } from "./problem.js";
import type { Assessment } from "./assess.js";
import type { NumericTarget } from "./problems/shared.js";
import { EvaluateError } from "./errors.js";
import { validateTargetInput } from "./validate-target-input.js";
import { explain, statusWords } from "./explain.js";
import { sameIndicator } from "./matching.js";
import { resolveMethod, type MethodId, type MethodSpec, type ResolvedMethod } from "./methods/presets.js";
import { dateOfPeriod, timeOfDate } from "./time.js";

export interface EvaluateOptions {
  /** The date the verdict is given at (ISO YYYY-MM-DD); observations after it are ignored. Default: the latest observation's date. */
  asOf?: string;
  /** A preset name or `{ id, parameters }`; default `statcan`. */
  method?: MethodId | MethodSpec;
  /**
   * The region (or entity) evaluated: observations whose `region` is another are ignored with an issue.
   * Default: the target's scope region, else its scope entity, else the first observation's region.
   */
  region?: string;
}

/** Internal options used by `evaluatePlan`: observations already grouped by indicator, method resolved once. */
export interface InternalOptions {
  resolvedMethod?: ResolvedMethod;
  /** `asOf` already checked and placed on the time line. */
  asOfTime?: number;
  indicatorChecked?: boolean;
  /** The first year of the plan's period: a target with no base is measured from the year before it. */
  planStart?: number | undefined;
}

const SAME_TIME = 1 / 730;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function defaultAsOf(
  target: Target,
  observations: readonly Observation[],
  indicatorChecked: boolean,
): string {
  let latest: string | undefined;
  for (const observation of observations) {
    if (!indicatorChecked && !sameIndicator(observation.indicator, target.indicator)) continue;
    const date = dateOfPeriod(observation.period);
    if (latest === undefined || date > latest) latest = date;
  }
  return latest ?? `${target.targetYear}-12-31`;
}

/** Builds `evaluateTarget` on one arithmetic engine. */
export function createEvaluateTarget<N>(engine: Engine<N>) {
  return function evaluateTarget(
    target: Target,
    observations: readonly Observation[],
    options: EvaluateOptions & InternalOptions = {},
  ): Evaluation {
    if (options.resolvedMethod === undefined) validateTargetInput(target, observations);
    const method = options.resolvedMethod ?? resolveMethod(options.method);
    const asOf = options.asOf ?? defaultAsOf(target, observations, options.indicatorChecked ?? false);
    let asOfTime = options.asOfTime;
    if (asOfTime === undefined) {
      if (!DATE.test(asOf)) {
        throw new EvaluateError(
          "GUIHUA_EVALUATE_INVALID_AS_OF",
          `asOf must be an ISO date YYYY-MM-DD, got ${JSON.stringify(asOf)}`,
          { asOf: String(asOf) },
        );
      }
      asOfTime = timeOfDate(asOf);
    }
    const result = (
      status: EvaluationStatus,
      explanation: Evaluation["explanation"],
      extra: Partial<Evaluation> = {},
    ): Evaluation => ({
      targetId: target.id,
      asOf,
      status,
      method: method.ref,
      figures: {},
      explanation,
      ...extra,
    });

    if (target.kind === "qualitative") {
      return result("not-evaluable", {
        zh: `定性目标“${target.text}”, 无法用数字评估。`,
        en: `Qualitative target ("${target.text}"): not evaluable by number.`,
      });
    }
    const baseYear = baseOf(target)?.year;
    if (baseYear !== undefined && asOf < `${baseYear}-01-01`) {
      throw new EvaluateError(
        "GUIHUA_EVALUATE_AS_OF_BEFORE_BASE",
        `target ${target.id}: the as-of date ${asOf} is before its base year ${baseYear}; nothing can be judged before the base`,
        { targetId: target.id, asOf, baseYear },
      );
    }
    if (baseYear !== undefined && baseYear > target.targetYear) {
      return result(
        "not-evaluable",
        {
          zh: `基期${baseYear}年晚于目标年${target.targetYear}年, 无法评估。`,
          en: `The base year ${baseYear} is after the target year ${target.targetYear}: not evaluable.`,
        },
        {
          issues: [
            {
              code: "base-after-target",
              message: `base year ${baseYear} > target year ${target.targetYear}`,
            },
          ],
        },
      );
    }
    const context = {
      asOfTime,
      region: options.region ?? target.scope?.region ?? target.scope?.entity,
      indicatorChecked: options.indicatorChecked ?? false,
      planStart: options.planStart,
    };
    const first = judge(engine, target, observations, context, method);
    if ("status" in first) {
      return result(
        first.status,
        {
          zh: `${statusWords(first.status).zh}: ${first.reason.zh}。`,
          en: `${capitalise(statusWords(first.status).en)}: ${first.reason.en}.`,
        },
        withIssues({ figures: first.figures ?? {} }, first.issues),
      );
    }
    const { problem, assessment } = first;
    const evaluation: Evaluation = {
      targetId: target.id,
      asOf,
      status: assessment.status,
      method: method.ref,
      figures: assessment.figures,
      explanation: explain(target, problem, assessment, assessment.facts, method),
      precision: assessment.precision,
    };
    if (assessment.schedule !== undefined) evaluation.schedule = assessment.schedule;
    if (assessment.outlook !== undefined) evaluation.outlook = assessment.outlook;
    if (assessment.issues.length > 0) evaluation.issues = assessment.issues;
    return evaluation;
  };
}

/** A problem and its assessment. */
interface Judged<N> {
  problem: Problem<N>;
  assessment: Assessment;
}

function withIssues<T extends object>(value: T, issues: EvaluationIssue[]): T {
  if (issues.length > 0) (value as { issues?: EvaluationIssue[] }).issues = issues;
  return value;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Builds the problem and judges it: everything a verdict and its details depend on. */
function judge<N>(
  engine: Engine<N>,
  target: NumericTarget,
  observations: readonly Observation[],
  context: BuildContext,
  method: ResolvedMethod,
): EarlyResult | Judged<N> {
  const built = buildProblem(engine, target, observations, context);
  if ("status" in built) return built;
  const problem = built;
  // "=" on a level (达到3万件) is read as a bound; on a rate (年均增长8%) it is the rate itself, not 达到.
  if (
    target.comparator === "=" &&
    target.kind !== "comparative" &&
    target.kind !== "growth-rate" &&
    target.kind !== "total-growth"
  ) {
    const quote = target.source.quote;
    const written =
      quote !== "" && quote.includes(target.valueAsWritten)
        ? quote
        : `${target.valueAsWritten}${target.unitAsWritten}`;
    problem.issues.push({
      code: "equals-read-as-bound",
      message: `"${written}" read as ${problem.direction === 1 ? "at least" : "at most"} the value`,
    });
  }
  const last = problem.points[problem.points.length - 1];
  if (
    context.asOfTime >= target.targetYear - SAME_TIME &&
    (last === undefined || last.time < target.targetYear - SAME_TIME)
  ) {
    problem.issues.push({
      code: "target-year-not-observed",
      message: `the target year ${target.targetYear} has passed but has no observation: judged on the trend`,
    });
  }
  const assessment =
    target.kind === "per-year" && target.aggregate === "each"
      ? assess(engine, problem, method, (verdict) => perYearEach(target, problem, verdict))
      : assess(engine, problem, method);
  return { problem, assessment };
}
