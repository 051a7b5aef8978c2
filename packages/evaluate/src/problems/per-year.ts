import type { Observation, PerYearTarget } from "@guihua/schema";
import type { Engine } from "../engine/types.js";
import type { EarlyResult, Problem } from "../problem.js";
import {
  SAME_TIME,
  decimalsOf,
  direction,
  displayOf,
  halfUnitOf,
  insufficient,
  judgedDirection,
  type BuildContext,
} from "./shared.js";
import { flowSeries, runningTotals } from "./flows.js";

/** Per-year targets: the running total against N × years, with the years met counted for `each`. */
export function perYearProblem<N>(
  engine: Engine<N>,
  target: PerYearTarget,
  observations: readonly Observation[],
  context: BuildContext,
): Problem<N> | EarlyResult {
  const series = flowSeries(engine, target, observations, context);
  const issues = series.issues;
  const first = series.points[0];
  const start =
    target.period?.start ??
    (target.base ? target.base.year + 1 : first ? Math.ceil(first.time - SAME_TIME) : undefined);
  const end = target.period?.end ?? target.targetYear;
  if (start === undefined) {
    return insufficient({ zh: "没有年度流量观测值", en: "no yearly flows observed" }, issues);
  }
  const years = end - start + 1;
  // A per-year target counts yearly flows; running totals are left out.
  const runningCount = series.points.filter((point) => point.runningTotal).length;
  if (runningCount > 0) {
    issues.push({
      code: "running-total-ignored",
      message: `${runningCount} running total(s) not counted as yearly flows`,
    });
  }
  const flows = series.points.filter(
    (point) => point.time > start - 1 + SAME_TIME && point.time <= end + SAME_TIME && !point.runningTotal,
  );
  const totals = runningTotals(engine, { ...series, points: flows }, start, issues);
  const decimals = decimalsOf(target.valueAsWritten);
  const display = displayOf(target.unitAsWritten, target.unit, decimals);
  const each = engine.from(target.value);
  const figures: Record<string, string> = {
    yearsInPeriod: String(years),
    yearsObserved: String(flows.length),
  };
  let met = 0;
  let sum = engine.from(0);
  const missed: { year: number; text: string }[] = [];
  // Readings for parts of a year (2021-06-30, 2021-12-31) add up to that year's flow before it is judged.
  const byYear = new Map<number, N>();
  for (const flow of flows) {
    sum = engine.add(sum, flow.value);
    const year = Math.ceil(flow.time - SAME_TIME);
    const before = byYear.get(year);
    byYear.set(year, before === undefined ? flow.value : engine.add(before, flow.value));
  }
  const seen = new Set<number>(byYear.keys());
  for (const [year, value] of byYear) {
    if (meetsFlow(engine, target, value, each)) met++;
    else missed.push({ year, text: engine.toDecimalString(value) });
  }
  figures.yearsObserved = String(byYear.size);
  // Years of the period up to the as-of date with no flow at all.
  const unobserved: number[] = [];
  const lastYear = Math.min(end, Math.floor(context.asOfTime + SAME_TIME));
  for (let year = start; year <= lastYear; year++) if (!seen.has(year)) unobserved.push(year);
  figures.yearsMet = String(met);
  if (byYear.size > 0) figures.meanFlow = engine.toDecimalString(engine.div(sum, engine.from(byYear.size)));
  return {
    kind: "per-year",
    // A running total only grows: a floor wants it high, a cap low, whatever the indicator itself does.
    direction: judgedDirection(target.comparator, direction(target)),
    path: "linear",
    comparator: target.comparator,
    base: { time: start - 1, value: engine.from(0), fromPlan: false },
    targetTime: end,
    line: engine.mul(each, engine.from(years)),
    points: totals.points,
    display,
    halfUnit: engine.mul(halfUnitOf(engine, decimals, display), engine.from(years)),
    decimals,
    figures,
    issues,
    flavour: "running-total",
    yearly: { missed, unobserved },
  };
}

/** Whether one year's flow meets a per-year target. */
export function meetsFlow<N>(engine: Engine<N>, target: PerYearTarget, flow: N, each: N): boolean {
  const order = engine.cmp(flow, each);
  switch (target.comparator) {
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    case "<":
      return order < 0;
    case "~":
      return engine.cmp(flow, engine.mul(each, engine.from(0.95))) >= 0;
    default:
      return target.direction === "decrease" ? order <= 0 : order >= 0;
  }
}
