import type { SchemaIssue } from "./issue.js";
import type { Plan } from "./plan.js";

export interface CheckSpansOptions {
  /** The document id every span must name; when absent, the ids are not compared. */
  document?: string;
}

interface FoundSpan {
  span: { document: unknown; start: unknown; end: unknown; quote: unknown };
  path: (string | number)[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asSpan(value: unknown): FoundSpan["span"] | undefined {
  return isRecord(value) && "start" in value && "end" in value && "quote" in value
    ? (value as FoundSpan["span"])
    : undefined;
}

/** Every span a plan-shaped value holds, with its path; tolerant of input that is not yet valid. */
function collectSpans(plan: unknown): FoundSpan[] {
  const found: FoundSpan[] = [];
  if (!isRecord(plan)) return found;
  const visit = (
    list: unknown,
    key: string,
    nested: (item: Record<string, unknown>, path: (string | number)[]) => void,
  ) => {
    if (!Array.isArray(list)) return;
    list.forEach((item, index) => {
      if (isRecord(item)) nested(item, [key, index]);
    });
  };
  const push = (value: unknown, path: (string | number)[]) => {
    const span = asSpan(value);
    if (span) found.push({ span, path });
  };
  visit(plan.targets, "targets", (target, path) => {
    push(target.source, [...path, "source"]);
    if (isRecord(target.base)) push(target.base.source, [...path, "base", "source"]);
  });
  visit(plan.facts, "facts", (fact, path) => push(fact.source, [...path, "source"]));
  visit(plan.claims, "claims", (claim, path) => push(claim.source, [...path, "source"]));
  visit(plan.basedOn, "basedOn", (parent, path) => push(parent.source, [...path, "source"]));
  return found;
}

function checkSpan(
  { span, path }: FoundSpan,
  text: string,
  options: CheckSpansOptions,
  issues: SchemaIssue[],
): void {
  const { start, end, quote, document } = span;
  if (typeof start !== "number" || typeof end !== "number" || typeof quote !== "string") return;
  if (options.document !== undefined && document !== options.document) {
    issues.push({
      code: "span_document_mismatch",
      path: [...path, "document"],
      message: `span names document ${JSON.stringify(document)}, expected ${JSON.stringify(options.document)}`,
    });
  }
  if (end > text.length || start < 0 || end < start) {
    issues.push({
      code: "span_out_of_bounds",
      path,
      message: `span ${start}..${end} lies outside the text of ${text.length} UTF-16 units`,
    });
  } else if (text.slice(start, end) !== quote) {
    issues.push({
      code: "span_quote_mismatch",
      path: [...path, "quote"],
      message: `quote ${JSON.stringify(quote)} differs from the text at ${start}..${end}: ${JSON.stringify(text.slice(start, end))}`,
    });
  }
}

/**
 * Checks every span in a plan against the original text: inside it, `quote === text.slice(start, end)`, and,
 * when `options.document` is given, naming that document. Returns the problems; an empty list means every span
 * holds. Tolerant of a plan that failed validation elsewhere, so a parse can report span problems too.
 *
 * @example
 * checkPlanSpans(plan, text); // [] when every quote matches
 * checkPlanSpans(plan, "short"); // [{ code: "span_out_of_bounds", path: ["targets", 0, "source"], … }]
 */
export function checkPlanSpans(
  plan: Plan | unknown,
  text: string,
  options: CheckSpansOptions = {},
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const found of collectSpans(plan)) checkSpan(found, text, options, issues);
  return issues;
}
