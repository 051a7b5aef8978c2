import type { NormalisedUnit, Observation } from "@guihua/schema";
import type { Engine } from "../engine/types.js";
import type { Display, EarlyResult, Problem } from "../problem.js";
import { selectSeries, type Series } from "../select-series.js";
import { canonicalUnit } from "../units.js";
import {
  decimalsOf,
  direction,
  displayOf,
  insufficient,
  pointsBetween,
  resolveBase,
  type BuildContext,
  type NumericTarget,
  judgedDirection,
  levelComparator,
} from "./shared.js";

/** Growth-rate, total-growth and multiple targets: the line is the level the base implies (base·(1+r)^n, base·(1+x), base·N). */
export function relativeProblem<N>(
  engine: Engine<N>,
  target: Extract<NumericTarget, { kind: "growth-rate" | "total-growth" | "multiple" }>,
  observations: readonly Observation[],
  context: BuildContext,
): Problem<N> | EarlyResult {
  const unit = target.base?.unit ? canonicalUnit(target.base.unit.base) : undefined;
  const series = selectSeries(engine, observations, {
    indicator: target.indicator,
    region: context.region,
    unit,
    asOfTime: context.asOfTime,
    indicatorChecked: context.indicatorChecked,
  });
  const issues = series.issues;
  const base = resolveBase(engine, target, series, issues, context.planStart);
  const display = levelDisplay(target.base?.unit, series);
  if (base === undefined) {
    return insufficient(
      { zh: "没有基期值, 无法推算目标水平", en: "no base value, so the implied level is unknown" },
      issues,
    );
  }
  const d = direction(target);
  const span = target.targetYear - base.time;
  const one = engine.from(1);
  const figures: Record<string, string> = {};
  let line: N;
  let statedRate: N | undefined;
  // A stated fall (下降15%以上, 年均下降5%以上) bounds its size: the comparator on the level is the mirror.
  let fall = false;
  if (target.kind === "growth-rate") {
    let rate = engine.div(engine.from(target.value), engine.from(100));
    // A falling indicator's rate is the size of its fall, whatever its sign as written (年均下降5%, or -5).
    if (d === -1 && engine.sign(rate) !== 0) {
      fall = true;
      rate = engine.neg(engine.abs(rate));
      issues.push({
        code: "rate-sign-from-direction",
        message: `a falling indicator: 年均${target.value}% read as a yearly fall`,
      });
    }
    statedRate = rate;
    line = engine.mul(base.value, engine.pow(engine.add(one, rate), span));
  } else if (target.kind === "total-growth") {
    const growth = engine.div(engine.from(target.value), engine.from(100));
    figures.statedGrowth = engine.toDecimalString(growth);
    fall = d === -1 && engine.sign(growth) !== 0;
    line = engine.mul(base.value, engine.add(one, fall ? engine.neg(engine.abs(growth)) : growth));
  } else {
    figures.statedMultiple = target.value;
    line = engine.mul(base.value, engine.from(target.value));
  }
  const comparator = levelComparator(target.comparator, fall);
  return {
    kind: target.kind,
    direction: judgedDirection(comparator, d),
    path: "compound",
    comparator,
    base,
    targetTime: target.targetYear,
    line,
    statedRate,
    points: pointsBetween(series, base.time, target.targetYear, issues),
    display,
    halfUnit: engine.from(0),
    decimals: decimalsOf(target.valueAsWritten),
    rateDecimals: decimalsOf(target.valueAsWritten),
    figures,
    issues,
    flavour: target.kind === "growth-rate" ? "rate" : "level",
  };
}

/**
 * The unit levels are shown in: the base's unit as written (亿元), else the unit the observations were written
 * in when it is the series unit (1400000000 元 written as 14亿元 shows as 14亿元), else the series unit.
 */
function levelDisplay(baseUnit: NormalisedUnit | undefined, series: Series<unknown>): Display {
  if (baseUnit !== undefined && baseUnit.multiplier !== 0) return displayOf("", baseUnit, 2);
  const written = series.points[0]?.observation?.unit;
  const unit = series.unit;
  if (
    written !== undefined &&
    unit !== undefined &&
    (baseUnit === undefined || baseUnit.base === written.base)
  ) {
    const observed = canonicalUnit(written.base);
    if (observed.measure === unit.measure && observed.power === unit.power)
      return displayOf(written.asWritten, { base: written.base, multiplier: written.multiplier }, 2);
  }
  return displayOf("", baseUnit ?? (unit ? { base: unit.measure, multiplier: 0 } : undefined), 2);
}
