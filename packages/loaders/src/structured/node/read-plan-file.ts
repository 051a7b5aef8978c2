import type { Plan } from "@guihua/schema";
import { LoaderError } from "../loader-error.js";
import { safeLoadPlan } from "../plan/load-plan.js";
import { fileName, readTextFile } from "./read-text-file.js";

export interface ReadPlanFileOptions {
  /** Overrides the format the extension names. */
  format?: "json" | "yaml";
  /** The plan's original document, to check every span's quote against. */
  sourceText?: string;
}

const FORMATS: Record<string, "json" | "yaml"> = { ".json": "json", ".yaml": "yaml", ".yml": "yaml" };

/**
 * Reads and validates a plan file, JSON or YAML by its extension (.json, .yaml, .yml). Throws a
 * {@link LoaderError} naming the file: `file_unreadable`, `invalid_encoding`, `unsupported_format`,
 * or `invalid_plan` with every problem at `file:line:column`.
 *
 * @example
 * const plan = await readPlanFile("plans/liaoning.plan.yaml");
 * plan.targets.length; // 5
 */
export async function readPlanFile(path: string | URL, options: ReadPlanFileOptions = {}): Promise<Plan> {
  const file = fileName(path);
  const extension = /\.[^./\\]+$/.exec(file)?.[0].toLowerCase() ?? "";
  const format = options.format ?? FORMATS[extension];
  if (format === undefined)
    throw new LoaderError("unsupported_format", `${file}: expected a .json, .yaml or .yml file`, [], {
      file,
    });
  const text = await readTextFile(path);
  const result = safeLoadPlan(text, { format, sourceText: options.sourceText });
  if (result.success) return result.data;
  const count = result.issues.length;
  const summary = `invalid plan in ${file}: ${count} problem${count === 1 ? "" : "s"}`;
  throw new LoaderError("invalid_plan", summary, result.issues, { file });
}
