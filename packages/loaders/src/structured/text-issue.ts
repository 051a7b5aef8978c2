import type { LoadIssue, LoadIssueCode } from "./issues.js";
import type { SourceLines } from "./source-lines.js";

/** A problem found while reading text, at an offset; turned into a {@link LoadIssue} at the end. */
export interface TextIssue {
  code: LoadIssueCode;
  path: (string | number)[];
  message: string;
  offset: number;
  columnName?: string;
}

/** Adds line, column and excerpt to each problem and orders them as they occur in the text. */
export function toLoadIssues(issues: readonly TextIssue[], lines: SourceLines): LoadIssue[] {
  return [...issues]
    .sort((first, second) => first.offset - second.offset)
    .map(({ offset, columnName, ...rest }) => ({
      ...rest,
      ...lines.position(offset),
      ...(columnName === undefined ? {} : { columnName }),
    }));
}

/** Describes the character at `offset` for a message: `"}"`, or "the end of the input". */
export function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return "the end of the input";
  const codePoint = text.codePointAt(offset)!;
  return JSON.stringify(String.fromCodePoint(codePoint));
}

/** Leaves out a leading byte-order mark, which editors do not show and columns do not count. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
