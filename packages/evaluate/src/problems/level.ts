import type { Observation } from "@guihua/schema";
import type { Engine } from "../engine/types.js";
import type { EarlyResult, Problem } from "../problem.js";
import { selectSeries } from "../select-series.js";
import { canonicalUnit } from "../units.js";
import {
  decimalsOf,
  direction,
  displayOf,
  halfUnitOf,
  insufficient,
  judgedDirection,
  levelComparator,
  pointsBetween,
  resolveBase,
  type BuildContext,
  type NumericTarget,
} from "./shared.js";

/** Level, share, range and increment targets: the line is the value (an increment: base + N) in the target's unit. */
export function levelProblem<N>(
  engine: Engine<N>,
  target: Extract<NumericTarget, { kind: "level" | "share" | "range" | "increment" }>,
  observations: readonly Observation[],
  context: BuildContext,
): Problem<N> | EarlyResult {
  // 提高3个百分点: the change is in points, the level it changes is a percentage, observed in %.
  const points = target.unit.base === "百分点";
  const unit = canonicalUnit(points ? "%" : target.unit.base);
  const series = selectSeries(engine, observations, {
    indicator: target.indicator,
    region: context.region,
    unit,
    asOfTime: context.asOfTime,
    indicatorChecked: context.indicatorChecked,
  });
  const issues = series.issues;
  const base = resolveBase(engine, target, series, issues, context.planStart);
  const decimals = decimalsOf(target.valueAsWritten);
  const display = points
    ? displayOf("%", { base: "%", multiplier: 0 }, decimals)
    : displayOf(target.unitAsWritten, target.unit, decimals);
  if (base === undefined) {
    return insufficient({ zh: "没有基期值或观测值", en: "no base value and no observations" }, issues);
  }
  const d = direction(target);
  const figures: Record<string, string> = {};
  let line = engine.from(target.value);
  // A range's ends: `line` is the near end (where a falling indicator arrives first: 5 of 3~5), `high` the far one.
  let high: N | undefined = target.kind === "range" ? engine.from(target.valueHigh) : undefined;
  if (target.kind === "increment") {
    figures.targetIncrement = target.value;
    line = engine.add(base.value, engine.mul(engine.from(d), line));
    if (target.valueHigh !== undefined) {
      issues.push({
        code: "increment-range-low-end",
        message: `an increment of ${target.value}~${target.valueHigh} is judged at its low end`,
      });
    }
  }
  const share = target.kind === "share";
  if (share && target.valueHigh !== undefined) high = engine.from(target.valueHigh);
  if (high !== undefined && d === -1) [line, high] = [high, line];
  const comparator = levelComparator(target.comparator, target.kind === "increment" && d === -1);
  return {
    kind: target.kind,
    // 减少3吨以上 bounds the fall (the level at most base − 3); 控制在…以内 is a cap whatever the indicator does.
    direction: high === undefined ? judgedDirection(comparator, d) : d,
    // Shares move in percentage points and increments are counted: both follow a straight required path.
    path: share || target.kind === "increment" ? "linear" : "compound",
    comparator,
    base,
    targetTime: target.targetYear,
    line,
    high,
    points: pointsBetween(series, base.time, target.targetYear, issues),
    bounds: share ? [0, 100] : undefined,
    display,
    halfUnit: halfUnitOf(engine, decimals, display),
    decimals,
    figures,
    issues,
    flavour: target.kind === "increment" ? "change" : "level",
    ...(points || share ? { inPoints: true } : {}),
  };
}
