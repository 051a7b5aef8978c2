import { describe, expect, it } from "vitest";
import { tokenizeCsv } from "./tokenize-csv.js";

const cells = (text: string) =>
  tokenizeCsv(text, ",").records.map((record) => record.cells.map((cell) => [cell.text, cell.start]));

describe("tokenizeCsv", () => {
  it("splits cells and records, keeping offsets", () => {
    expect(cells("a,b\r\nc,\n")).toEqual([
      [
        ["a", 0],
        ["b", 2],
      ],
      [
        ["c", 5],
        ["", 7],
      ],
    ]);
  });

  it("undoes quoting, also across lines", () => {
    expect(cells('"a ""b""","x\ny"\n')).toEqual([
      [
        ['a "b"', 0],
        ["x\ny", 10],
      ],
    ]);
  });

  it("leaves out blank lines and accepts a lone \\r as a line break", () => {
    expect(cells("a\n\n  \rb")).toEqual([[["a", 0]], [["b", 6]]]);
  });

  it("stops at the first quoting error", () => {
    expect(tokenizeCsv('a\n"b', ",")).toMatchObject({
      records: [{}],
      issue: { code: "invalid_csv", offset: 2 },
    });
    expect(tokenizeCsv('a"b', ",").issue).toMatchObject({ offset: 1 });
    expect(tokenizeCsv('"a"b', ",").issue).toMatchObject({ offset: 3 });
  });
});
