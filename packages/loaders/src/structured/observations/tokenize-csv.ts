import type { TextIssue } from "../text-issue.js";

/** One cell: its text (quotes removed, doubled quotes undone) and the offset where it begins. */
export interface CsvCell {
  text: string;
  start: number;
  quoted: boolean;
}

/** One record (a row), with the offset where its line break (or the end of the text) is. */
export interface CsvRecord {
  cells: CsvCell[];
  end: number;
}

/** The records read before the first syntax error, if there is one. */
export interface CsvTokens {
  records: CsvRecord[];
  issue: TextIssue | undefined;
}

const invalid = (message: string, offset: number): TextIssue => ({
  code: "invalid_csv",
  path: [],
  message,
  offset,
});

/**
 * Splits CSV text (RFC 4180) into records and cells, keeping each cell's offset so every problem can
 * be shown at its line and column, also inside a quoted cell that spans lines. Lines break at
 * "\r\n", "\n" or "\r"; blank lines are left out. Strict about quotes: a quote inside an unquoted cell
 * or text after a closing quote is an error, never guessed at.
 */
export function tokenizeCsv(text: string, delimiter: string): CsvTokens {
  const records: CsvRecord[] = [];
  let index = 0;
  while (index < text.length) {
    const cells: CsvCell[] = [];
    for (;;) {
      const start = index;
      if (text[index] === '"') {
        let value = "";
        let chunk = ++index;
        for (;;) {
          const quote = text.indexOf('"', index);
          if (quote < 0) return { records, issue: invalid("this quoted cell is never closed", start) };
          if (text[quote + 1] !== '"') {
            value += text.slice(chunk, quote);
            index = quote + 1;
            break;
          }
          value += text.slice(chunk, quote + 1);
          index = chunk = quote + 2;
        }
        const next = text[index];
        if (next !== undefined && next !== delimiter && next !== "\n" && next !== "\r")
          return {
            records,
            issue: invalid('text after a closing quote; write a quote inside a quoted cell as ""', index),
          };
        cells.push({ text: value, start, quoted: true });
      } else {
        let end = index;
        for (; end < text.length; end++) {
          const char = text[end];
          if (char === delimiter || char === "\n" || char === "\r") break;
          if (char === '"')
            return {
              records,
              issue: invalid(
                'a quote inside an unquoted cell; quote the whole cell and write the quote as ""',
                end,
              ),
            };
        }
        cells.push({ text: text.slice(index, end), start, quoted: false });
        index = end;
      }
      if (text[index] !== delimiter) break;
      index++;
    }
    const end = index;
    if (text[index] === "\r") index++;
    if (text[index] === "\n") index++;
    const blank = cells.length === 1 && !cells[0]!.quoted && cells[0]!.text.trim() === "";
    if (!blank) records.push({ cells, end });
  }
  return { records, issue: undefined };
}
