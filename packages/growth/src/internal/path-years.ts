import { GrowthError } from "../errors.js";
import { readYear } from "./read.js";

/** Longest path a path function will build; longer spans are almost surely a unit mistake. */
const MAX_PATH_POINTS = 10_000;

/** The start year, every whole year strictly between, and the end year. */
export function pathYears(start: unknown, end: unknown, names: [string, string]): number[] {
  const first = readYear(start, names[0]);
  const last = readYear(end, names[1]);
  if (last < first) {
    throw new GrowthError(
      "negative_years",
      [names[1]],
      `${names[1]} (${last}) is before ${names[0]} (${first})`,
    );
  }
  if (last - first > MAX_PATH_POINTS) {
    throw new GrowthError("invalid_year", [names[1]], `a path may span at most ${MAX_PATH_POINTS} years`);
  }
  const years = [first];
  for (let year = Math.floor(first) + 1; year < last; year++) years.push(year);
  if (last > first) years.push(last);
  return years;
}
