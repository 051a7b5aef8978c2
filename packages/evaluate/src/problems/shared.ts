import type { Comparator, EvaluationIssue, NormalisedUnit, Target } from "@guihua/schema";
import { shiftDecimal } from "@guihua/schema";
import { baseOf } from "../base-of.js";
import type { Engine } from "../engine/types.js";
import type { Display, EarlyResult } from "../problem.js";
import { type Series, type SeriesPoint } from "../select-series.js";
import { labelOfTime } from "../time.js";
import { canonicalUnit, conversionPower, type CanonicalUnit } from "../units.js";

export const SAME_TIME = 1 / 730;
const PLAIN_NUMBER = /^-?\d+(?:\.(\d+))?$/;
const PREFIX: Record<number, string> = { 4: "万", 8: "亿", 3: "千" };

export interface BuildContext {
  asOfTime: number;
  region: string | undefined;
  indicatorChecked: boolean;
  /** The first year of the plan's period, when known: a target with no base is measured from the year before. */
  planStart?: number | undefined;
}

export type NumericTarget = Exclude<Target, { kind: "qualitative" }>;

/** Decimals a number was written with: "1.2" → 1, "20000" → 0, "一千二百" → 0. */
export function decimalsOf(text: string | undefined): number {
  const match = text === undefined ? null : PLAIN_NUMBER.exec(text.trim());
  return match?.[1]?.length ?? 0;
}

export function displayOf(
  unitAsWritten: string,
  unit: NormalisedUnit | undefined,
  decimals: number,
): Display {
  const multiplier = unit?.multiplier ?? 0;
  const label = unitAsWritten !== "" ? unitAsWritten : `${PREFIX[multiplier] ?? ""}${unit?.base ?? ""}`;
  // Series values are in the unit's own base (万件 stays 万件, see canonicalUnit), so the written multiplier
  // alone says how to show them: 20000 件 written ×10^4 shows as 2万件, 1.99 万件 as 1.99万件.
  return { power: multiplier, label, decimals };
}

const halfUnits = new WeakMap<object, Map<number, unknown>>();

/** Half a unit of the last decimal written, in series units (cached per engine: one per precision). */
export function halfUnitOf<N>(engine: Engine<N>, decimals: number, display: Display): N {
  const power = display.power - decimals - 1;
  let cache = halfUnits.get(engine);
  if (cache === undefined) halfUnits.set(engine, (cache = new Map()));
  let value = cache.get(power) as N | undefined;
  if (value === undefined) {
    value = engine.from(shiftDecimal("5", power));
    cache.set(power, value);
  }
  return value;
}

export function insufficient(reason: EarlyResult["reason"], issues: EvaluationIssue[]): EarlyResult {
  return { status: "insufficient-data", reason, issues };
}

/** Converts a decimal string from one unit to the series unit, or reports why it cannot. */
export function convert(
  text: string,
  from: NormalisedUnit | undefined,
  to: CanonicalUnit | undefined,
): string | undefined {
  if (from === undefined || to === undefined) return text;
  const power = conversionPower(canonicalUnit(from.base), to);
  if (power === undefined) return undefined;
  return power === 0 ? text : shiftDecimal(text, power);
}

interface ResolvedBase<N> {
  time: number;
  value: N;
  fromPlan: boolean;
}

export function resolveBase<N>(
  engine: Engine<N>,
  target: NumericTarget,
  series: Series<N>,
  issues: EvaluationIssue[],
  planStart?: number,
): ResolvedBase<N> | undefined {
  const base = baseOf(target);
  if (base?.value !== undefined) {
    const text = convert(base.value, base.unit, series.unit);
    if (text === undefined) {
      issues.push({
        code: "unit-mismatch-ignored",
        message: `base unit ${base.unit?.base} differs from the series unit`,
      });
    } else {
      return { time: base.year, value: engine.from(text), fromPlan: true };
    }
  }
  if (base !== undefined) {
    const point = series.points.find((candidate) => Math.abs(candidate.time - base.year) <= SAME_TIME);
    if (point) return { time: point.time, value: point.value, fromPlan: false };
    issues.push({ code: "missing-base", message: `no value for the base year ${base.year}` });
    return undefined;
  }
  const first = series.points[0];
  if (planStart !== undefined) {
    // No base stated: a plan's targets run from the year before its period (2020 for 2021–2025).
    const year = planStart - 1;
    const point = series.points.find((candidate) => Math.abs(candidate.time - year) <= SAME_TIME);
    if (point) {
      issues.push({
        code: "base-from-plan-period",
        message: `no base stated: ${year}, the year before the plan period, serves as base`,
      });
      return { time: point.time, value: point.value, fromPlan: false };
    }
    if (first === undefined || first.time < year) {
      issues.push({
        code: "missing-base",
        message: `no base stated and no value for ${year}, the year before the plan period`,
      });
      return undefined;
    }
  }
  if (first) {
    issues.push({
      code: "base-from-first-observation",
      message:
        planStart === undefined
          ? `no base stated and no plan period: the first observation (${labelOfTime(first.time)}) serves as base`
          : `no base stated and no value for ${planStart - 1}: the first observation (${labelOfTime(first.time)}) serves as base`,
    });
    return { time: first.time, value: first.value, fromPlan: false };
  }
  return undefined;
}

export function pointsBetween<N>(
  series: Series<N>,
  from: number,
  to: number,
  issues: EvaluationIssue[],
): SeriesPoint<N>[] {
  const all = series.points;
  // The common case keeps every point: no copy.
  const first = all[0];
  const last = all[all.length - 1];
  if (first === undefined || (first.time > from + SAME_TIME && last!.time <= to + SAME_TIME)) return all;
  const points: SeriesPoint<N>[] = [];
  let after = 0;
  for (const point of all) {
    if (point.time <= from + SAME_TIME) continue;
    if (point.time > to + SAME_TIME) {
      after++;
      continue;
    }
    points.push(point);
  }
  if (after > 0) {
    issues.push({
      code: "after-target-year-ignored",
      message: `${after} observation(s) after the target year left out of the verdict`,
    });
  }
  return points;
}

export function direction(target: Target): 1 | -1 {
  return target.direction === "decrease" ? -1 : 1;
}

const FLIPPED: Record<Comparator, Comparator> = {
  ">=": "<=",
  ">": "<",
  "<=": ">=",
  "<": ">",
  "=": "=",
  "~": "~",
};

/**
 * The comparator on the level, for a target that states the size of a change: 下降15%以上 bounds the fall from
 * below, so the level from above (at most base × 0.85). "=" and "~" follow the direction already.
 */
export function levelComparator(comparator: Comparator, fall: boolean): Comparator {
  return fall ? FLIPPED[comparator] : comparator;
}

/**
 * The side of the line the level must end on, which is what a verdict judges: a floor (>=, >) wants it high,
 * a cap (<=, <) low, whatever way the indicator itself moves (下降不超过5% is a floor under the level);
 * "=" and "~" follow the indicator's direction.
 */
export function judgedDirection(comparator: Comparator, indicator: 1 | -1): 1 | -1 {
  if (comparator === ">=" || comparator === ">") return 1;
  if (comparator === "<=" || comparator === "<") return -1;
  return indicator;
}
