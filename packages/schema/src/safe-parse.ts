import type { z } from "zod";
import { findForbiddenKeys } from "./forbidden-keys.js";
import type { SchemaIssue } from "./issue.js";
import { fromZodIssues } from "./zod-issues.js";

/** The result of a `safeParse*` function: the whole valid value, or every problem. Never a partial value. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; issues: SchemaIssue[] };

/** Parses with a zod schema after the forbidden-key scan, mapping issues onto guihua codes. */
export function safeParseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  extraChecks?: (data: T) => SchemaIssue[],
): SafeParseResult<T> {
  const forbidden = findForbiddenKeys(input);
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) {
    return { success: false, issues: [...forbidden, ...fromZodIssues(result.error.issues)] };
  }
  const issues = [...forbidden, ...(extraChecks ? extraChecks(result.data) : [])];
  return issues.length > 0 ? { success: false, issues } : { success: true, data: result.data };
}
