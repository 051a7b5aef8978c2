import type { CumulativeTarget, EvaluationIssue, Observation, PerYearTarget } from "@guihua/schema";
import type { Engine } from "../engine/types.js";
import { selectSeries, type Series, type SeriesPoint } from "../select-series.js";
import { canonicalUnit } from "../units.js";
import { SAME_TIME, type BuildContext } from "./shared.js";

export function flowSeries<N>(
  engine: Engine<N>,
  target: CumulativeTarget | PerYearTarget,
  observations: readonly Observation[],
  context: BuildContext,
): Series<N> {
  return selectSeries(engine, observations, {
    indicator: target.indicator,
    region: context.region,
    unit: canonicalUnit(target.unit.base),
    asOfTime: context.asOfTime,
    indicatorChecked: context.indicatorChecked,
  });
}

/** Running totals of yearly flows from `start`, or the running totals as observed. */
export function runningTotals<N>(
  engine: Engine<N>,
  series: Series<N>,
  start: number | undefined,
  issues: EvaluationIssue[],
): { points: SeriesPoint<N>[]; start: number | undefined; base?: SeriesPoint<N> } {
  const totals = series.points.filter((point) => point.runningTotal);
  if (totals.length > 0) {
    if (totals.length < series.points.length) {
      issues.push({
        code: "mixed-running-totals",
        message: "yearly flows ignored: the series also has running totals",
      });
    }
    const from = start ?? totals[0]?.observation?.cumulativeFrom;
    if (from === undefined) {
      issues.push({
        code: "period-start-unknown",
        message: "the period start is unknown: the first running total serves as base",
      });
      return { points: totals.slice(1), start: undefined, base: totals[0] };
    }
    return { points: totals.filter((point) => point.time > from - 1 + SAME_TIME), start: from };
  }
  const first = series.points[0];
  const from = start ?? (first ? Math.ceil(first.time - SAME_TIME) : undefined);
  if (start === undefined && first) {
    issues.push({
      code: "period-start-unknown",
      message: `the period start is unknown: flows summed from ${from}`,
    });
  }
  if (from === undefined) return { points: [], start: undefined };
  let sum = engine.from(0);
  let expectedYear = from;
  const points: SeriesPoint<N>[] = [];
  const missing: number[] = [];
  for (const point of series.points) {
    if (point.time <= from - 1 + SAME_TIME) continue;
    const year = Math.ceil(point.time - SAME_TIME);
    for (; expectedYear < year; expectedYear++) missing.push(expectedYear);
    expectedYear = year + 1;
    sum = engine.add(sum, point.value);
    points.push({ ...point, value: sum, text: engine.toDecimalString(sum), runningTotal: true });
  }
  if (missing.length > 0) {
    issues.push({
      code: "missing-flow-years",
      message: `no flow observed for ${missing.join(", ")}: the running total understates`,
    });
  }
  return { points, start: from };
}
