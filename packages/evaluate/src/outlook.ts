import type { Outlook } from "@guihua/schema";
import type { Facts } from "./assess.js";
import { plainNumber } from "./engine/plain-number.js";
import type { Problem } from "./problem.js";
import { fitOutlook } from "./trend.js";

/** The 90% outlook at the target year from the trend of the base and every observation; adds its figures. */
export function outlookOf<N>(
  problem: Problem<N>,
  facts: Facts,
  figures: Record<string, string>,
): Outlook | undefined {
  const times = [problem.base.time];
  const values = [facts.base];
  for (const point of problem.points) {
    times.push(point.time);
    values.push(Number(point.text));
  }
  const trend = fitOutlook(times, values, problem.targetTime, facts.line, problem.direction);
  if (trend === undefined || !Number.isFinite(trend.low) || !Number.isFinite(trend.high)) return undefined;
  const [lowBound, highBound] = problem.bounds ?? [-Infinity, Infinity];
  const fit = (value: number) => plainNumber(Math.min(highBound, Math.max(lowBound, value)), 12);
  figures.trendValue = fit(trend.value);
  figures.trendRate = plainNumber(trend.rate, 12);
  return {
    level: 0.9,
    low: fit(trend.low),
    high: fit(trend.high),
    probability: Math.round(trend.probability * 10000) / 10000,
  };
}
