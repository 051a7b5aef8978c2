/** The closed set of problem codes a schema parse can report. */
export const SCHEMA_ISSUE_CODES = [
  "invalid_type",
  "invalid_decimal",
  "invalid_year",
  "invalid_date",
  "invalid_value",
  "unknown_kind",
  "unknown_key",
  "forbidden_key",
  "missing",
  "negative_value",
  "out_of_range",
  "range_inverted",
  "invalid_span",
  "span_out_of_bounds",
  "span_quote_mismatch",
  "span_document_mismatch",
  "duplicate_id",
  "invalid_json",
] as const;
export type SchemaIssueCode = (typeof SCHEMA_ISSUE_CODES)[number];

/** One problem found in the input, at a JSON path. */
export interface SchemaIssue {
  code: SchemaIssueCode;
  /** Path segments from the root: `["targets", 3, "value"]`. */
  path: (string | number)[];
  message: string;
}

/**
 * Formats a path as a JSONPath-like string.
 *
 * @example
 * formatPath(["targets", 3, "value"]); // "$.targets[3].value"
 * formatPath(["facts", 0, "a key"]);   // '$.facts[0]["a key"]'
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "$";
  for (const segment of path) {
    out +=
      typeof segment === "number"
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(segment)
          ? `.${segment}`
          : `[${JSON.stringify(segment)}]`;
  }
  return out;
}
