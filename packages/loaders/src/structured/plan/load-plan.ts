import { safeParsePlan, type Plan } from "@guihua/schema";
import type { SafeLoadResult } from "../issues.js";
import { LoaderError } from "../loader-error.js";
import { sourceLines } from "../source-lines.js";
import { toLoadIssues, withoutBom, type TextIssue } from "../text-issue.js";
import { locatePath } from "./located-node.js";
import { parseJson } from "./parse-json.js";
import { parseYaml } from "./parse-yaml.js";

const pathKey = (issue: { path: (string | number)[] }) => JSON.stringify(issue.path);

export interface LoadPlanOptions {
  /** How the text is written. JSON is read strictly (RFC 8259), not as YAML. */
  format: "json" | "yaml";
  /** The plan's original document: when given, every span's quote is checked against it. */
  sourceText?: string;
}

/**
 * Reads a plan from JSON or YAML text and validates it against the schema. Every problem, in the
 * syntax or against the schema, comes back with its JSON path, line, column and an excerpt of the line.
 *
 * @example
 * const result = safeLoadPlan("schemaVersion: '1.0'\nid: x\n", { format: "yaml" });
 * // result.success === false
 * // result.issues[0] → { code: "missing", path: ["title"], message: 'missing "title"', line: 1, column: 1, … }
 */
export function safeLoadPlan(text: string, options: LoadPlanOptions): SafeLoadResult<Plan> {
  if (typeof text !== "string") throw new TypeError("safeLoadPlan expects the text of a plan");
  if (options?.format !== "json" && options?.format !== "yaml")
    throw new TypeError(`unknown format ${JSON.stringify(options?.format)}; expected "json" or "yaml"`);
  const body = withoutBom(text);
  const parsed = options.format === "json" ? parseJson(body) : parseYaml(body);
  const issues: TextIssue[] = [...parsed.issues];
  const readable = parsed.root !== undefined && issues.every((issue) => issue.code === "duplicate_key");
  if (readable) {
    const root = parsed.root!;
    const result = safeParsePlan(parsed.value, { text: options.sourceText });
    if (result.success && issues.length === 0) return result;
    if (!result.success) {
      // The schema reports a forbidden key twice (forbidden and unknown): keep the sharper one.
      const forbidden = new Set(result.issues.filter((issue) => issue.code === "forbidden_key").map(pathKey));
      for (const issue of result.issues) {
        if (issue.code === "unknown_key" && forbidden.has(pathKey(issue))) continue;
        const key = issue.path[issue.path.length - 1];
        const message = issue.code === "missing" && key !== undefined ? `missing "${key}"` : issue.message;
        issues.push({ ...issue, message, offset: locatePath(root, issue.path, issue.code) });
      }
    }
  }
  return { success: false, issues: toLoadIssues(issues, sourceLines(body)) };
}

/**
 * Reads a plan from JSON or YAML text; throws a {@link LoaderError} (code `invalid_plan`) listing
 * every problem with its line and column. Never returns a partially valid plan.
 *
 * @example
 * const plan = loadPlan(yamlText, { format: "yaml" });
 * plan.targets[0]?.kind; // "growth-rate"
 */
export function loadPlan(text: string, options: LoadPlanOptions): Plan {
  const result = safeLoadPlan(text, options);
  if (result.success) return result.data;
  const count = result.issues.length;
  throw new LoaderError(
    "invalid_plan",
    `invalid plan: ${count} problem${count === 1 ? "" : "s"}`,
    result.issues,
  );
}
