import {
  DECIMAL_PATTERN,
  ObservationStatus,
  safeParseObservation,
  shiftDecimal,
  type Observation,
  type ObservationPeriod,
  type Unit,
} from "@guihua/schema";
import type { TextIssue } from "../text-issue.js";
import { FIELD_COLUMNS, REQUIRED_COLUMNS, type ObservationColumn } from "./columns.js";
import { normaliseUnit } from "./normalise-unit.js";
import { parsePeriod } from "./parse-period.js";
import type { CsvRecord } from "./tokenize-csv.js";

/** Why a value cell is not a plain decimal, for the common cases; the first match explains. */
const DECIMAL_HINTS: readonly (readonly [RegExp, string])[] = [
  [/^[+-]?[\d.]+(?:,\d{3})+(?:\.\d+)?$/, "thousands separators are not allowed; write 1234, not 1,234"],
  [/^[+-]?[\d.]+[eE][+-]?\d+$/, "exponents are not allowed; write all the digits"],
  [/[０-９．]/, "full-width digits are not allowed; write ASCII digits"],
  [/^\+/, 'a leading "+" is not allowed'],
  [/^-?0\d/, "leading zeros are not allowed"],
  [/^-?[\d.]+\D+$/, "the cell holds the number only; the unit goes in the unit column"],
];

function decimalProblem(cell: string): string {
  const hint = DECIMAL_HINTS.find(([pattern]) => pattern.test(cell))?.[1];
  return `not a plain decimal: "${cell}"${hint === undefined ? "; write digits with an optional - and . such as 11.8" : `; ${hint}`}`;
}

const STATUSES: readonly string[] = ObservationStatus.options;

/**
 * Turns one row into an observation, or reports every bad cell of it; a row is never half read.
 * Cells are trimmed; optional cells left empty are left out of the observation.
 */
export function readRow(
  record: CsvRecord,
  rowIndex: number,
  columns: readonly ObservationColumn[],
): { observation: Observation } | { issues: TextIssue[] } {
  if (record.cells.length !== columns.length) {
    const extra = record.cells[columns.length];
    const message = `this row has ${record.cells.length} cells; the header has ${columns.length}`;
    return {
      issues: [{ code: "row_length", path: [rowIndex], message, offset: extra?.start ?? record.end }],
    };
  }
  const cells = new Map(columns.map((column, index) => [column, record.cells[index]!]));
  const text = (column: ObservationColumn) => cells.get(column)?.text.trim() ?? "";
  const issues: TextIssue[] = [];
  const problem = (column: ObservationColumn, code: TextIssue["code"], message: string) =>
    issues.push({
      code,
      path: [rowIndex, column],
      message,
      offset: cells.get(column)?.start ?? record.end,
      columnName: column,
    });

  for (const column of REQUIRED_COLUMNS)
    if (text(column) === "") problem(column, "empty_cell", `the ${column} cell is empty`);
  let period: ObservationPeriod | undefined;
  let unit: Unit | undefined;
  const value = text("value");
  if (text("period") !== "") {
    const read = parsePeriod(text("period"));
    if (typeof read === "string") problem("period", "invalid_period", read);
    else period = read;
  }
  if (value !== "" && !DECIMAL_PATTERN.test(value))
    problem("value", "invalid_decimal", decimalProblem(value));
  if (text("unit") !== "") {
    const read = normaliseUnit(text("unit"));
    if (typeof read === "string") problem("unit", "invalid_unit", read);
    else unit = read;
  }
  const status = text("status");
  if (status !== "" && !STATUSES.includes(status))
    problem("status", "invalid_status", `unknown status "${status}"; expected one of ${STATUSES.join(", ")}`);
  if (issues.length > 0 || period === undefined || unit === undefined) return { issues };

  const scaled = shiftDecimal(value, unit.multiplier);
  const asWritten = text("value_as_written") || (scaled === value ? "" : value);
  const optional = (key: string, column: ObservationColumn) =>
    text(column) === "" ? {} : { [key]: text(column) };
  const candidate = {
    indicator: { ...optional("id", "indicator_id"), name: text("indicator") },
    region: text("region"),
    period,
    value: scaled,
    ...(asWritten === "" ? {} : { valueAsWritten: asWritten }),
    unit,
    status,
    vintage: {
      source: text("source"),
      ...optional("publishedOn", "published_on"),
      ...optional("url", "url"),
    },
  };
  const result = safeParseObservation(candidate);
  if (result.success) return { observation: result.data };
  for (const issue of result.issues) {
    const column = FIELD_COLUMNS[issue.path.slice(0, 2).join(".")] ?? FIELD_COLUMNS[String(issue.path[0])];
    if (column === undefined)
      issues.push({ ...issue, path: [rowIndex], offset: record.cells[0]?.start ?? record.end });
    else problem(column, issue.code, issue.message);
  }
  return { issues };
}
