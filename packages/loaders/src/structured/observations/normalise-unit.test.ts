import { describe, expect, it } from "vitest";
import { normaliseUnit } from "./normalise-unit.js";

describe("normaliseUnit", () => {
  it.each([
    ["件", "件", 0],
    ["万件", "件", 4],
    ["亿元", "元", 8],
    ["万亿元", "元", 12],
    ["亿美元", "美元", 8],
    ["万千瓦", "千瓦", 4],
    ["千瓦时", "千瓦时", 0],
    ["%", "%", 0],
    ["百分点", "百分点", 0],
    ["人次", "人次", 0],
    ["万人次", "人次", 4],
    ["萬件", "件", 4],
  ])("%s → %s × 10^%d", (asWritten, base, multiplier) => {
    expect(normaliseUnit(asWritten)).toEqual({ asWritten, base, multiplier });
  });

  it("a magnitude word alone names no unit", () => {
    expect(normaliseUnit("亿")).toMatch(/magnitude without a unit/);
  });
});
