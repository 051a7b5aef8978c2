import { SCHEMA_ISSUE_CODES } from "@guihua/schema";

/** Problems only a loader can find: in the text itself, before any schema applies. */
const TEXT_ISSUE_CODES = [
  "invalid_yaml",
  "duplicate_key",
  "unknown_tag",
  "alias_limit",
  "too_deep",
  "empty_document",
  "invalid_csv",
  "missing_column",
  "unknown_column",
  "duplicate_column",
  "row_length",
  "empty_cell",
  "invalid_period",
  "invalid_unit",
  "invalid_status",
] as const;

/**
 * The closed set of codes a loader issue can carry: every schema code (a schema problem keeps its
 * code; `invalid_json` also names a JSON syntax error) and the text-level codes above.
 */
export const LOAD_ISSUE_CODES = [...SCHEMA_ISSUE_CODES, ...TEXT_ISSUE_CODES] as const;
export type LoadIssueCode = (typeof LOAD_ISSUE_CODES)[number];

/** One problem in a loaded text, with where it is. */
export interface LoadIssue {
  code: LoadIssueCode;
  /**
   * JSON path of the value: `["targets", 3, "value"]` in a plan. In a CSV table the path is
   * `[rowIndex, columnName]`, the row counted from 0 after the header.
   */
  path: (string | number)[];
  message: string;
  /** 1-based line in the text (a leading byte-order mark is not counted). */
  line: number;
  /** 1-based column, in UTF-16 code units as editors count them (a Chinese character is one). */
  column: number;
  /** The line of text at `line`, shortened around `column` when long. */
  excerpt: string;
  /** CSV only: the header name of the cell's column. */
  columnName?: string;
}

/** The result of a `safeLoad*` function: the whole valid value, or every problem. Never a partial value. */
export type SafeLoadResult<T> = { success: true; data: T } | { success: false; issues: LoadIssue[] };
