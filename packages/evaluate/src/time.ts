import type { ObservationPeriod } from "@guihua/schema";
import { EvaluateError } from "./errors.js";

// Cumulative days before each month in a common year.
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date on the year-end time line: year Y stands for 31 December of Y, so "2023-12-31" is 2023
 * and "2023-06-30" is about 2022.5. Plan years count from year ends (methods.md §2).
 */
export function timeOfDate(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new EvaluateError("GUIHUA_EVALUATE_INVALID_AS_OF", `not an ISO date YYYY-MM-DD: ${date}`);
  if (!isCalendarDate(date)) {
    throw new EvaluateError("GUIHUA_EVALUATE_INVALID_AS_OF", `not a calendar date: ${date}`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = isLeap(year);
  const dayOfYear = (DAYS_BEFORE_MONTH[month - 1] ?? 0) + day + (leap && month > 2 ? 1 : 0);
  return year - 1 + dayOfYear / (leap ? 366 : 365);
}

/** Whether `date` is YYYY-MM-DD naming a real day (not 2021-02-30 or 2021-13-01). */
export function isCalendarDate(date: string): boolean {
  const match = DATE_PATTERN.exec(date);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = isLeap(Number(match[1]));
  const monthLength = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= monthLength;
}

/** The time of an observation period: a year is its year end. */
export function timeOfPeriod(period: ObservationPeriod): number {
  return "year" in period ? period.year : timeOfDate(period.date);
}

/** The ISO date an observation period stands for. */
export function dateOfPeriod(period: ObservationPeriod): string {
  return "year" in period ? `${period.year}-12-31` : period.date;
}

/** A time on the year-end line written as a year label: 2023 → "2023", 2022.5 → "2023-06". */
export function labelOfTime(time: number): string {
  if (Number.isInteger(time)) return String(time);
  const year = Math.floor(time) + 1;
  const month = Math.min(12, Math.max(1, Math.round((time - Math.floor(time)) * 12)));
  return `${year}-${String(month).padStart(2, "0")}`;
}
