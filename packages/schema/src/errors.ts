import { formatPath, type SchemaIssue } from "./issue.js";

/** Thrown by the `parse*` functions; `issues` lists every problem with its JSON path. */
export class SchemaValidationError extends Error {
  readonly code = "GUIHUA_SCHEMA_INVALID";
  readonly issues: SchemaIssue[];

  constructor(what: string, issues: SchemaIssue[]) {
    const shown = issues
      .slice(0, 10)
      .map((issue) => `  ${formatPath(issue.path)}: ${issue.message} [${issue.code}]`)
      .join("\n");
    const more = issues.length > 10 ? `\n  … and ${issues.length - 10} more` : "";
    super(`invalid ${what}: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${shown}${more}`);
    this.name = "SchemaValidationError";
    this.issues = issues;
  }
}
