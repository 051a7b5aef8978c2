import type { Outlook } from "@guihua/schema";
import { plainNumber } from "./engine/plain-number.js";
import type { Problem } from "./problem.js";
import { fitLinearOutlook, fitOutlook } from "./trend.js";

// Scratch space for the fit: one pair of arrays reused by every evaluation (plans give a handful of points).
let times = new Float64Array(16);
let values = new Float64Array(16);

/** The 90% outlook at the target year from the trend of the base and every observation; adds its figures. */
export function outlookOf<N>(
  problem: Problem<N>,
  base: number,
  line: number,
  figures: Record<string, string>,
): Outlook | undefined {
  const points = problem.points;
  const count = points.length + 1;
  if (count > times.length) {
    times = new Float64Array(count * 2);
    values = new Float64Array(count * 2);
  }
  times[0] = problem.base.time;
  values[0] = base;
  for (let index = 0; index < points.length; index++) {
    const point = points[index]!;
    times[index + 1] = point.time;
    values[index + 1] = Number(point.text);
  }
  // Running totals start from zero and grow by a roughly even amount: a straight line, not a log-linear trend.
  const fit = problem.flavour === "running-total" ? fitLinearOutlook : fitOutlook;
  const trend = fit(times, values, count, problem.targetTime, line, problem.direction);
  if (trend === undefined || !Number.isFinite(trend.low) || !Number.isFinite(trend.high)) return undefined;
  const bounds = problem.bounds;
  const write = (value: number) =>
    plainNumber(bounds === undefined ? value : Math.min(bounds[1], Math.max(bounds[0], value)), 12);
  figures.trendValue = write(trend.value);
  if (fit === fitLinearOutlook) figures.trendChangePerYear = plainNumber(trend.rate, 12);
  else figures.trendRate = plainNumber(trend.rate, 12);
  return {
    level: 0.9,
    low: write(trend.low),
    high: write(trend.high),
    probability: Math.round(trend.probability * 10000) / 10000,
  };
}
