import type { CumulativeTarget, Observation } from "@guihua/schema";
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
  pointsBetween,
  type BuildContext,
} from "./shared.js";
import { flowSeries, runningTotals } from "./flows.js";

/** Cumulative targets: the running total of yearly flows (or observed running totals) against N, on a straight path. */
export function cumulativeProblem<N>(
  engine: Engine<N>,
  target: CumulativeTarget,
  observations: readonly Observation[],
  context: BuildContext,
): Problem<N> | EarlyResult {
  const series = flowSeries(engine, target, observations, context);
  const issues = series.issues;
  const start = target.period?.start ?? (target.base ? target.base.year + 1 : undefined);
  const end = target.period?.end ?? target.targetYear;
  const totals = runningTotals(engine, series, start, issues);
  const decimals = decimalsOf(target.valueAsWritten);
  const display = displayOf(target.unitAsWritten, target.unit, decimals);
  const base =
    totals.base !== undefined
      ? { time: totals.base.time, value: totals.base.value, fromPlan: false }
      : totals.start !== undefined
        ? { time: totals.start - 1, value: engine.from(0), fromPlan: false }
        : undefined;
  if (base === undefined) {
    return insufficient({ zh: "没有流量或累计观测值", en: "no flows or running totals observed" }, issues);
  }
  const points = pointsBetween({ ...series, points: totals.points }, base.time, end, issues);
  const figures: Record<string, string> = {};
  const latest = points[points.length - 1];
  if (latest && latest.time < end - SAME_TIME) {
    const remaining = engine.sub(engine.from(target.value), latest.value);
    figures.requiredFlowPerYear = engine.toDecimalString(
      engine.div(remaining, engine.from(end - latest.time)),
    );
  }
  if (totals.start !== undefined) figures.periodStart = String(totals.start);
  return {
    kind: "cumulative",
    // A running total only grows: a floor wants it high, a cap low, whatever the indicator itself does.
    direction: judgedDirection(target.comparator, direction(target)),
    path: "linear",
    comparator: target.comparator,
    base,
    targetTime: end,
    line: engine.from(target.value),
    points,
    display,
    halfUnit: halfUnitOf(engine, decimals, display),
    decimals,
    figures,
    issues,
    flavour: "running-total",
  };
}
