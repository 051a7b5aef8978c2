/** The closed set of problems the text loaders report. */
export const LOADER_ISSUE_CODES = [
  "spam-line",
  "repeated-body",
  "repeated-paragraph",
  "page-furniture",
  "lost-year-character",
  "table-incomplete",
  "no-title",
  "no-period",
  "target-invalid",
] as const;
export type LoaderIssueCode = (typeof LOADER_ISSUE_CODES)[number];

/** A problem found in the text, located by UTF-16 offset and by 1-based line and column. */
export interface LoaderIssue {
  code: LoaderIssueCode;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  excerpt: string;
}

export type IssueMaker = (code: LoaderIssueCode, message: string, start: number, end: number) => LoaderIssue;

/** Returns a function that builds issues located in `text` (line starts found once, then binary search). */
export function issueMaker(text: string): IssueMaker {
  const lineStarts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1))
    lineStarts.push(index + 1);
  return (code, message, start, end) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= start) low = middle;
      else high = middle - 1;
    }
    const lineStart = lineStarts[low] ?? 0;
    const lineEnd = text.indexOf("\n", lineStart);
    const excerpt = text.slice(lineStart, Math.min(lineEnd === -1 ? text.length : lineEnd, lineStart + 120));
    return { code, message, start, end, line: low + 1, column: start - lineStart + 1, excerpt };
  };
}
