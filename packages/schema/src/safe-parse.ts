import type { z } from "zod";
import { findForbiddenKeys } from "./forbidden-keys.js";
import type { SchemaIssue } from "./issue.js";
import { fromZodIssues } from "./zod-issues.js";

/** The result of a `safeParse*` function: the whole valid value, or every problem. Never a partial value. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; issues: SchemaIssue[] };

/**
 * Parses with a zod schema after the forbidden-key scan, mapping issues onto guihua codes. `extraChecks` run on
 * the raw input whether or not the structure is valid, so one call reports every problem it can find.
 *
 * @example
 * safeParseWith(Plan, input, (raw) => checkPlanSpans(raw, text));
 */
export function safeParseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  extraChecks?: (input: unknown) => SchemaIssue[],
): SafeParseResult<T> {
  const issues = findForbiddenKeys(input);
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) issues.push(...fromZodIssues(result.error.issues));
  if (extraChecks) issues.push(...extraChecks(input));
  return issues.length > 0 || !result.success
    ? { success: false, issues }
    : { success: true, data: result.data };
}
