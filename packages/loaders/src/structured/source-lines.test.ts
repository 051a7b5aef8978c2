import { describe, expect, it } from "vitest";
import { sourceLines } from "./source-lines.js";

describe("sourceLines", () => {
  it("counts lines after \\n, \\r\\n and \\r, columns from 1", () => {
    const lines = sourceLines("ab\r\n规划\rx\ny");
    expect(lines.position(0)).toEqual({ line: 1, column: 1, excerpt: "ab" });
    expect(lines.position(5)).toEqual({ line: 2, column: 2, excerpt: "规划" });
    expect(lines.position(7)).toEqual({ line: 3, column: 1, excerpt: "x" });
    expect(lines.position(10)).toEqual({ line: 4, column: 2, excerpt: "y" });
  });

  it("cuts a long line around the column", () => {
    const line = `${"a".repeat(200)}X${"b".repeat(200)}`;
    const { excerpt, column } = sourceLines(line).position(200);
    expect(column).toBe(201);
    expect(excerpt).toBe(`…${"a".repeat(60)}X${"b".repeat(59)}…`);
  });
});
