import { addYears, differenceInCalendarDays, isValid, parseISO } from "date-fns";
import { GrowthError } from "../errors.js";

/** A calendar date: a `Date`, or an ISO 8601 date string such as `"2023-06-30"` (read in local time). */
export type DateInput = Date | string;

export function readDate(input: unknown, path: (string | number)[]): Date {
  const date = input instanceof Date ? input : typeof input === "string" ? parseISO(input) : undefined;
  if (date === undefined || !isValid(date)) {
    throw new GrowthError("invalid_date", path, `not a valid date: ${String(input)}`);
  }
  return date;
}

/**
 * Whole years and the days into the next year between two dates (from <= to), with the length in days
 * of that next year. Years are counted with date-fns `addYears`, so 29 February steps to 28 February.
 */
export function yearParts(from: Date, to: Date): { whole: number; days: number; yearLength: number } {
  let whole = to.getFullYear() - from.getFullYear();
  let anchor = addYears(from, whole);
  if (differenceInCalendarDays(to, anchor) < 0) {
    whole -= 1;
    anchor = addYears(from, whole);
  }
  const next = addYears(from, whole + 1);
  return {
    whole,
    days: differenceInCalendarDays(to, anchor),
    yearLength: differenceInCalendarDays(next, anchor),
  };
}

/** The year-end before a date's year: readings of year N sit at 31 December N. */
export function previousYearEnd(date: Date): Date {
  return new Date(date.getFullYear() - 1, 11, 31);
}

/** A date as a position on the plan-year axis: 2023-06-30 → 2022 + 181/365, 2023-12-31 → 2023. */
export function yearPosition(date: Date): { whole: number; days: number; yearLength: number } {
  const parts = yearParts(previousYearEnd(date), date);
  return { ...parts, whole: date.getFullYear() - 1 + parts.whole };
}
