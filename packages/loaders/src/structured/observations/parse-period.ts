import type { ObservationPeriod } from "@guihua/schema";

const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a period cell: a year ("2023"), a month ("2023-06", read as its last day, as in 截至2023年6月),
 * or a date ("2023-06-30"). Returns a message when the cell is none of these or names no real day.
 */
export function parsePeriod(cell: string): ObservationPeriod | string {
  const expected = 'expected a year "2023", a month "2023-06" or a date "2023-06-30"';
  const year = Number(cell.slice(0, 4));
  if (!YEAR.test(cell) && !MONTH.test(cell) && !DATE.test(cell)) return `${expected}, found "${cell}"`;
  if (year < FIRST_YEAR || year > LAST_YEAR) return `the year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}`;
  if (YEAR.test(cell)) return { year };
  const month = Number(cell.slice(5, 7));
  if (month < 1 || month > 12) return `there is no month ${cell.slice(5, 7)}`;
  if (MONTH.test(cell)) return { date: `${cell}-${String(daysIn(year, month)).padStart(2, "0")}` };
  const day = Number(cell.slice(8, 10));
  if (day < 1 || day > daysIn(year, month)) return `there is no day ${cell}`;
  return { date: cell };
}
