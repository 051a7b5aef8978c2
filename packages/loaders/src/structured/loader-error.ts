import { formatPath } from "@guihua/schema";
import type { LoadIssue } from "./issues.js";

/** The closed set of {@link LoaderError} codes. */
export const LOADER_ERROR_CODES = [
  "invalid_plan",
  "invalid_observations",
  "file_unreadable",
  "invalid_encoding",
  "unsupported_format",
] as const;
export type LoaderErrorCode = (typeof LOADER_ERROR_CODES)[number];

/** Optional context of a {@link LoaderError}. */
export interface LoaderErrorOptions {
  /** The file the text came from, named in the message. */
  file?: string;
  cause?: unknown;
}

function describe(issue: LoadIssue, file: string | undefined): string {
  const where = `${file === undefined ? "" : `${file}:`}${issue.line}:${issue.column}`;
  const path = issue.path.length > 0 ? ` ${formatPath(issue.path)}` : "";
  return `  ${where}${path}: ${issue.message} [${issue.code}]`;
}

/**
 * Thrown by the loaders: `code` says what failed, `issues` lists every problem with its line,
 * column and JSON path (empty when the file could not be read at all).
 *
 * @example
 * try { loadPlan(text, { format: "yaml" }); }
 * catch (error) { if (error instanceof LoaderError) console.log(error.code, error.issues[0]?.line); }
 */
export class LoaderError extends Error {
  readonly code: LoaderErrorCode;
  readonly issues: LoadIssue[];
  readonly file: string | undefined;

  constructor(code: LoaderErrorCode, summary: string, issues: LoadIssue[], options: LoaderErrorOptions = {}) {
    const shown = issues.slice(0, 10).map((issue) => describe(issue, options.file));
    const more = issues.length > 10 ? [`  … and ${issues.length - 10} more`] : [];
    super(
      [summary, ...shown, ...more].join("\n"),
      options.cause === undefined ? {} : { cause: options.cause },
    );
    this.name = "LoaderError";
    this.code = code;
    this.issues = issues;
    this.file = options.file;
  }
}
