import { fitTrend, GrowthError } from "@guihua/growth/float";
import type { Evaluation, Observation, Target } from "@guihua/schema";
import { displayMultiplier, multiplierPrefix } from "./labels.js";

export interface ChartPoint {
  year: number;
  value: number;
}

/** What one target's chart shows, in display units (亿元 rather than 元). */
export interface ChartData {
  unit: string;
  /** The path the plan requires, from its base to the target level (compound growth between them). */
  required: ChartPoint[];
  /** The target level (and the top of a range). */
  target?: ChartPoint & { high?: number };
  observed: ChartPoint[];
  /** From the latest observation to the value projected at the target year. */
  projection: ChartPoint[];
  /** The projection's interval at the target year. */
  interval?: { year: number; low: number; high: number; level: number };
}

function yearOf(observation: Observation): number {
  const period = observation.period;
  if ("year" in period) return period.year;
  const date = new Date(`${period.date}T00:00:00Z`);
  const start = Date.UTC(date.getUTCFullYear() - 1, 11, 31);
  // Dated readings sit at fractional years counted from the previous year end (methods.md §2).
  return date.getUTCFullYear() - 1 + (date.getTime() - start) / (365.25 * 86_400_000);
}

/** The level a target implies at its target year, in base units; undefined when it implies none. */
function impliedLevel(target: Target): { value: number; high?: number } | undefined {
  const base = "base" in target && target.base?.value !== undefined ? Number(target.base.value) : undefined;
  const years = "base" in target && target.base ? target.targetYear - target.base.year : 0;
  switch (target.kind) {
    case "level":
    case "share":
      return { value: Number(target.value) };
    case "range":
      return { value: Number(target.value), high: Number(target.valueHigh) };
    case "growth-rate":
      return base === undefined ? undefined : { value: base * (1 + Number(target.value) / 100) ** years };
    case "total-growth":
      return base === undefined ? undefined : { value: base * (1 + Number(target.value) / 100) };
    case "multiple":
      return base === undefined ? undefined : { value: base * Number(target.value) };
    case "increment":
      return base === undefined ? undefined : { value: base + Number(target.value) };
    default:
      return undefined;
  }
}

/** Yearly points on the compound path from `start` to `end` (straight when a sign or zero forbids compounding). */
function requiredPath(start: ChartPoint, end: ChartPoint): ChartPoint[] {
  const span = end.year - start.year;
  if (span <= 0) return [start, end];
  const compound = start.value > 0 && end.value > 0;
  const points: ChartPoint[] = [];
  for (let step = 0; step <= span; step++) {
    const share = step / span;
    const value = compound
      ? start.value * (end.value / start.value) ** share
      : start.value + (end.value - start.value) * share;
    points.push({ year: start.year + step, value });
  }
  return points;
}

/** A log-linear trend through the observations at `year`, with its 90% interval when three or more points allow. */
function trendTo(
  observed: readonly ChartPoint[],
  year: number,
): { value: number; interval?: ChartData["interval"] } | undefined {
  if (observed.length < 2 || observed.some((point) => point.value <= 0)) return undefined;
  try {
    const projection = fitTrend(observed).project(year);
    const band = projection.interval;
    return {
      value: projection.value,
      ...(band ? { interval: { year, low: band.low, high: band.high, level: band.level } } : {}),
    };
  } catch (error) {
    if (error instanceof GrowthError) return undefined;
    throw error;
  }
}

/**
 * The series of one target's chart: required path, target, observations, projection and its interval.
 * Returns undefined when there is nothing to draw (a qualitative target with no data).
 */
export function chartData(
  target: Target,
  evaluation: Evaluation | undefined,
  observations: readonly Observation[],
): ChartData | undefined {
  // Growth targets carry a percentage; their levels are in the base's unit.
  const levelUnit =
    target.kind === "growth-rate" || target.kind === "total-growth" || target.kind === "multiple"
      ? target.base?.unit
      : "unit" in target
        ? target.unit
        : undefined;
  const baseUnit = levelUnit?.base ?? observations[0]?.unit.base ?? "";
  const largest = Math.max(
    0,
    ...observations.map((observation) => Math.abs(Number(observation.value))),
    ...("base" in target && target.base?.value ? [Math.abs(Number(target.base.value))] : []),
    ...("value" in target && target.kind !== "growth-rate" && target.value
      ? [Math.abs(Number(target.value))]
      : []),
  );
  const multiplier = displayMultiplier(largest, {
    base: baseUnit,
    multiplier: levelUnit?.multiplier ?? observations[0]?.unit.multiplier ?? 0,
  });
  const scale = (value: number) => value / 10 ** multiplier;

  const observed = observations
    .map((observation) => ({ year: yearOf(observation), value: scale(Number(observation.value)) }))
    .filter((point) => Number.isFinite(point.value))
    .sort((a, b) => a.year - b.year);

  const level = impliedLevel(target);
  const targetPoint = level
    ? {
        year: target.targetYear,
        value: scale(level.value),
        ...(level.high === undefined ? {} : { high: scale(level.high) }),
      }
    : undefined;

  const base = "base" in target ? target.base : undefined;
  const start =
    base?.value !== undefined
      ? { year: base.year, value: scale(Number(base.value)) }
      : observed.find((point) => point.year < target.targetYear);
  const required = targetPoint && start ? requiredPath(start, targetPoint) : [];

  const projection: ChartPoint[] = [];
  const latest = observed.at(-1);
  const projected = evaluation?.figures.projectedValue;
  const outlook = evaluation?.outlook;
  let interval: ChartData["interval"] = outlook
    ? {
        year: target.targetYear,
        low: scale(Number(outlook.low)),
        high: scale(Number(outlook.high)),
        level: outlook.level,
      }
    : undefined;
  if (latest && latest.year < target.targetYear) {
    if (projected !== undefined) {
      projection.push(latest, { year: target.targetYear, value: scale(Number(projected)) });
    } else {
      // The evaluation projected nothing (a target already met, say): draw the fitted trend instead.
      const trend = trendTo(observed, target.targetYear);
      if (trend) {
        projection.push(latest, { year: target.targetYear, value: trend.value });
        interval ??= trend.interval;
      }
    }
  }

  if (!targetPoint && observed.length === 0) return undefined;
  return {
    unit: `${multiplierPrefix(multiplier)}${baseUnit}`,
    required,
    ...(targetPoint ? { target: targetPoint } : {}),
    observed,
    projection,
    ...(interval ? { interval } : {}),
  };
}
