import { checkPlanSpans } from "./check-spans.js";
import { SchemaValidationError } from "./errors.js";
import type { SchemaIssue } from "./issue.js";
import { Plan } from "./plan.js";
import { safeParseWith, type SafeParseResult } from "./safe-parse.js";

export interface ParsePlanOptions {
  /** The original text: when given, every span is checked against it. */
  text?: string;
  /** The document id every span must name (checked with `text`). */
  document?: string;
}

function duplicateIds(input: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const targets = (input as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(targets)) return issues;
  const seen = new Map<string, number>();
  targets.forEach((target: unknown, index) => {
    const id = (target as { id?: unknown } | null)?.id;
    if (typeof id !== "string") return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      issues.push({
        code: "duplicate_id",
        path: ["targets", index, "id"],
        message: `target id "${id}" is already used by targets[${first}]`,
      });
  });
  return issues;
}

/**
 * Validates a plan (parsed JSON, YAML…) and returns it typed, or every problem with its JSON path: structure,
 * duplicate target ids and, with `text`, every span.
 *
 * @example
 * const result = safeParsePlan(JSON.parse(json), { text });
 * if (!result.success) for (const issue of result.issues) console.log(issue.code, issue.path);
 */
export function safeParsePlan(input: unknown, options: ParsePlanOptions = {}): SafeParseResult<Plan> {
  return safeParseWith(Plan, input, (raw) => [
    ...duplicateIds(raw),
    ...(options.text === undefined ? [] : checkPlanSpans(raw, options.text, { document: options.document })),
  ]);
}

/**
 * Validates a plan and returns it typed; throws a {@link SchemaValidationError} listing every problem.
 *
 * @example
 * const plan = parsePlan(JSON.parse(json)); // plan.targets[0].kind === "growth-rate"
 */
export function parsePlan(input: unknown, options: ParsePlanOptions = {}): Plan {
  const result = safeParsePlan(input, options);
  if (!result.success) throw new SchemaValidationError("plan", result.issues);
  return result.data;
}
