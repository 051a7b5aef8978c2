import type { Calculator } from "./calculator/types.js";
import { type DateInput, readDate, yearParts } from "./internal/dates.js";

/**
 * Years from one date to another, counting whole calendar years and then the share of days in the next
 * year (365 or 366): 2022-12-31 → 2023-06-30 is 181/365. Negative when `to` is before `from`.
 * Measure mid-year readings (截至6月) from the previous 31 December, as plan years end then.
 * Only the calendar date counts; the time of day is ignored.
 *
 * Fails with `invalid_date`.
 *
 * @example
 * yearFraction(calc, "2020-12-31", "2023-06-30"); // 2.49589… (2 + 181/365)
 */
export function yearFraction<V>(calc: Calculator<V>, from: DateInput, to: DateInput): V {
  const start = readDate(from, ["from"]);
  const end = readDate(to, ["to"]);
  const backwards = start.getTime() > end.getTime();
  const { whole, days, yearLength } = backwards ? yearParts(end, start) : yearParts(start, end);
  const years = calc.add(calc.from(whole), calc.divide(calc.from(days), calc.from(yearLength)));
  return backwards ? calc.subtract(calc.from(0), years) : years;
}
