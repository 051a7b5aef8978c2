/** Longest excerpt kept whole; longer lines are cut to a window around the column. */
const EXCERPT_WIDTH = 120;

/** Where an offset is: 1-based line and column, and the line's text as an excerpt. */
export interface SourcePosition {
  line: number;
  column: number;
  excerpt: string;
}

/** Maps offsets of one text to lines and columns; built once per text, each lookup a binary search. */
export interface SourceLines {
  position(offset: number): SourcePosition;
}

function excerptOf(lineText: string, column: number): string {
  if (lineText.length <= EXCERPT_WIDTH) return lineText;
  const half = EXCERPT_WIDTH / 2;
  const start = Math.max(0, Math.min(column - 1 - half, lineText.length - EXCERPT_WIDTH));
  const end = start + EXCERPT_WIDTH;
  return `${start > 0 ? "…" : ""}${lineText.slice(start, end)}${end < lineText.length ? "…" : ""}`;
}

/** Indexes the line starts of `text`; a line ends at "\r\n", "\n" or "\r". */
export function sourceLines(text: string): SourceLines {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 13 && text.charCodeAt(index + 1) === 10) index++;
    if (char === 10 || char === 13) starts.push(index + 1);
  }
  return {
    position(offset) {
      const at = Math.max(0, Math.min(offset, text.length));
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= at) low = middle;
        else high = middle - 1;
      }
      const start = starts[low]!;
      const next = low + 1 < starts.length ? starts[low + 1]! : text.length;
      const lineText = text.slice(start, next).replace(/\r?\n$|\r$/, "");
      const column = at - start + 1;
      return { line: low + 1, column, excerpt: excerptOf(lineText, column) };
    },
  };
}
