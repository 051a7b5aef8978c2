import type { Observation } from "@guihua/schema";
import type { SafeLoadResult } from "../issues.js";
import { LoaderError } from "../loader-error.js";
import { sourceLines } from "../source-lines.js";
import { toLoadIssues, withoutBom, type TextIssue } from "../text-issue.js";
import { readHeader } from "./read-header.js";
import { readRow } from "./read-row.js";
import { tokenizeCsv } from "./tokenize-csv.js";

export interface LoadObservationsOptions {
  /** The cell separator: "," (default), "\t" for TSV, or ";". */
  delimiter?: "," | "\t" | ";";
}

/**
 * Reads observations from CSV, one a row, under a header naming the columns: indicator, region,
 * period, value, unit, status, source (required) and indicator_id, published_on, url,
 * value_as_written (optional). A unit with a magnitude word is normalised and the value scaled
 * exactly; every bad cell is reported with its line, column and column name.
 *
 * @example
 * const csv = "indicator,region,period,value,unit,status,source\n发明专利,全国,2023,1.2,万件,final,国家知识产权局\n";
 * const result = safeLoadObservations(csv);
 * // result.data[0] → { value: "12000", valueAsWritten: "1.2", unit: { asWritten: "万件", base: "件", multiplier: 4 }, … }
 */
export function safeLoadObservations(
  text: string,
  options: LoadObservationsOptions = {},
): SafeLoadResult<Observation[]> {
  if (typeof text !== "string") throw new TypeError("safeLoadObservations expects CSV text");
  const delimiter = options.delimiter ?? ",";
  if (![",", "\t", ";"].includes(delimiter))
    throw new TypeError(`unsupported delimiter ${JSON.stringify(delimiter)}`);
  const body = withoutBom(text);
  const failure = (issues: TextIssue[]) => ({
    success: false as const,
    issues: toLoadIssues(issues, sourceLines(body)),
  });

  const { records, issue } = tokenizeCsv(body, delimiter);
  if (issue !== undefined) return failure([issue]);
  const [headerRecord, ...rows] = records;
  if (headerRecord === undefined)
    return failure([{ code: "empty_document", path: [], message: "the CSV has no header row", offset: 0 }]);
  const header = readHeader(headerRecord);
  if (header.issues.length > 0) return failure(header.issues);

  const observations: Observation[] = [];
  const issues: TextIssue[] = [];
  rows.forEach((record, rowIndex) => {
    const row = readRow(record, rowIndex, header.columns);
    if ("issues" in row) issues.push(...row.issues);
    else observations.push(row.observation);
  });
  return issues.length > 0 ? failure(issues) : { success: true, data: observations };
}

/**
 * Reads observations from CSV; throws a {@link LoaderError} (code `invalid_observations`) listing every
 * bad cell. Never returns a partly valid table.
 *
 * @example
 * const observations = loadObservations(csv);
 * observations[0]?.unit; // { asWritten: "件", base: "件", multiplier: 0 }
 */
export function loadObservations(text: string, options: LoadObservationsOptions = {}): Observation[] {
  const result = safeLoadObservations(text, options);
  if (result.success) return result.data;
  const count = result.issues.length;
  throw new LoaderError(
    "invalid_observations",
    `invalid observations: ${count} problem${count === 1 ? "" : "s"}`,
    result.issues,
  );
}
