import { describe, expect, it } from "vitest";
import { findComparatorAfter, findComparatorBefore } from "./comparators.js";

describe("comparators", () => {
  it("reads the word before the number, with a verb in between", () => {
    const text = "每年至少举办1次";
    expect(findComparatorBefore(text, 0, text.indexOf("1"))).toEqual({ comparator: ">=", word: "至少" });
    expect(findComparatorBefore("融资金额超过1.5亿元", 0, 6)).toEqual({ comparator: ">", word: "超过" });
    expect(findComparatorBefore("达到100家", 0, 2)).toBeUndefined();
  });

  it("reads the word after the number and its unit", () => {
    expect(findComparatorAfter("7000家以上", 5)).toEqual({ comparator: ">=", word: "以上" });
    expect(findComparatorAfter("10个左右", 3)).toEqual({ comparator: "~", word: "左右" });
    expect(findComparatorAfter("3%以内", 2)).toEqual({ comparator: "<=", word: "以内" });
  });
});
