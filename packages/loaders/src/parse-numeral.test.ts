import { describe, expect, it } from "vitest";
import { parseNumeral } from "./parse-numeral.js";

describe("parseNumeral", () => {
  it.each([
    ["20000", "20000"],
    ["0.60", "0.6"],
    ["007", "7"],
    ["1.2万", "12000"],
    ["30.96亿", "3096000000"],
    ["1.5亿", "150000000"],
    ["一千二百", "1200"],
    ["两", "2"],
    ["百", "100"],
    ["二〇三五", "2035"],
    ["三点五", "3.5"],
    ["一千万", "10000000"],
    ["千亿", "100000000000"],
    ["十四", "14"],
  ])("%s → %s", (written, expected) => {
    expect(parseNumeral(written)).toBe(expected);
  });

  it("rejects what is not a number", () => {
    for (const written of ["", "abc", "万", "洞", "1.2.3", "9".repeat(41)])
      expect(parseNumeral(written)).toBeUndefined();
  });
});
