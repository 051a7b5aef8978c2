import type { z } from "zod";
import { DECIMAL_PATTERN } from "./primitives.js";
import type { SchemaIssue, SchemaIssueCode } from "./issue.js";

const YEAR_KEYS = new Set(["year", "targetYear", "fromYear", "toYear", "cumulativeFrom"]);
const PERIOD_PARENTS = new Set(["period"]);

function isYearPath(path: readonly PropertyKey[]): boolean {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last !== "string") return false;
  if (YEAR_KEYS.has(last)) return true;
  return (last === "start" || last === "end") && typeof parent === "string" && PERIOD_PARENTS.has(parent);
}

function codeOf(issue: z.core.$ZodIssue): SchemaIssueCode {
  const yearPath = isYearPath(issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "missing";
      return yearPath ? "invalid_year" : "invalid_type";
    case "too_small":
    case "too_big":
      return yearPath ? "invalid_year" : "out_of_range";
    case "invalid_format":
      if (issue.format === "date") return "invalid_date";
      if (
        issue.format === "regex" &&
        "pattern" in issue &&
        (issue.pattern === DECIMAL_PATTERN.source || issue.pattern === String(DECIMAL_PATTERN))
      )
        return "invalid_decimal";
      return "invalid_value";
    case "unrecognized_keys":
      return "unknown_key";
    case "invalid_union":
      if (issue.path[issue.path.length - 1] !== "kind") return "invalid_value";
      return (issue.input as { kind?: unknown } | undefined)?.kind === undefined ? "missing" : "unknown_kind";
    case "custom": {
      const code = (issue.params as { guihuaCode?: SchemaIssueCode } | undefined)?.guihuaCode;
      return code ?? "invalid_value";
    }
    default:
      return "invalid_value";
  }
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}

/**
 * For a union such as `{ year } | { date }`, the branch the input meant: the one with the fewest problems,
 * so `{ year: 2020.5 }` is reported at `year`, not as "matches no branch".
 */
function closestBranch(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue[] | undefined {
  let best: z.core.$ZodIssue[] | undefined;
  for (const branch of issue.errors) {
    if (branch.length > 0 && (best === undefined || branch.length < best.length)) best = branch;
  }
  return best?.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue);
}

/**
 * Maps zod's issues onto the closed set of guihua codes, one issue per unknown key.
 *
 * @example
 * fromZodIssues(Plan.safeParse(input).error.issues); // [{ code: "invalid_decimal", path: ["targets", 2, "value"], … }]
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  for (const issue of issues) {
    if (issue.code === "invalid_union" && issue.path[issue.path.length - 1] !== "kind") {
      const branch = closestBranch(issue);
      if (branch) {
        out.push(...fromZodIssues(branch));
        continue;
      }
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({
          code: "unknown_key",
          path: [...toPath(issue.path), key],
          message: `unknown key "${key}"`,
        });
      }
      continue;
    }
    const code = codeOf(issue);
    const written = (issue.input as { kind?: unknown } | undefined)?.kind;
    const message =
      code === "unknown_kind"
        ? `unknown target kind ${JSON.stringify(written)}; expected one of the target kinds`
        : issue.message;
    out.push({ code, path: toPath(issue.path), message });
  }
  return out;
}
