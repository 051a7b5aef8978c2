import type { SchemaIssue } from "./issue.js";
import type { Plan } from "./plan.js";
import type { SourceSpan } from "./source-span.js";

function checkSpan(span: SourceSpan, text: string, path: (string | number)[], issues: SchemaIssue[]): void {
  if (span.end > text.length) {
    issues.push({
      code: "span_out_of_bounds",
      path,
      message: `span ${span.start}..${span.end} lies outside the text of ${text.length} UTF-16 units`,
    });
  } else if (text.slice(span.start, span.end) !== span.quote) {
    issues.push({
      code: "span_quote_mismatch",
      path: [...path, "quote"],
      message: `quote ${JSON.stringify(span.quote)} differs from the text at ${span.start}..${span.end}: ${JSON.stringify(text.slice(span.start, span.end))}`,
    });
  }
}

/**
 * Checks every span in a plan against the original text: inside it, and `quote === text.slice(start, end)`.
 * Returns the problems; an empty list means every span holds.
 */
export function checkPlanSpans(plan: Plan, text: string): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  plan.targets.forEach((target, index) => {
    checkSpan(target.source, text, ["targets", index, "source"], issues);
    if ("base" in target && target.base?.source)
      checkSpan(target.base.source, text, ["targets", index, "base", "source"], issues);
  });
  plan.facts.forEach((fact, index) => {
    if (fact.source) checkSpan(fact.source, text, ["facts", index, "source"], issues);
  });
  plan.claims?.forEach((claim, index) => checkSpan(claim.source, text, ["claims", index, "source"], issues));
  plan.basedOn.forEach((parent, index) => {
    if (parent.source) checkSpan(parent.source, text, ["basedOn", index, "source"], issues);
  });
  return issues;
}
