import { checkPlanSpans } from "./check-spans.js";
import { SchemaValidationError } from "./errors.js";
import type { SchemaIssue } from "./issue.js";
import { Plan } from "./plan.js";
import { safeParseWith, type SafeParseResult } from "./safe-parse.js";

export interface ParsePlanOptions {
  /** The original text: when given, every span is checked against it. */
  text?: string;
}

function planChecks(plan: Plan, options: ParsePlanOptions): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Map<string, number>();
  plan.targets.forEach((target, index) => {
    const first = seen.get(target.id);
    if (first === undefined) seen.set(target.id, index);
    else
      issues.push({
        code: "duplicate_id",
        path: ["targets", index, "id"],
        message: `target id "${target.id}" is already used by targets[${first}]`,
      });
  });
  if (options.text !== undefined) issues.push(...checkPlanSpans(plan, options.text));
  return issues;
}

/**
 * Validates a plan (parsed JSON, YAML…) and returns it typed, or every problem with its JSON path.
 *
 * @example
 * const result = safeParsePlan(JSON.parse(json), { text });
 * if (!result.success) for (const issue of result.issues) console.log(issue.code, issue.path);
 */
export function safeParsePlan(input: unknown, options: ParsePlanOptions = {}): SafeParseResult<Plan> {
  return safeParseWith(Plan, input, (plan) => planChecks(plan, options));
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
