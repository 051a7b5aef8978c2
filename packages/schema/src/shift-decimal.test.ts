import { describe, expect, it } from "vitest";
import { shiftDecimal } from "./shift-decimal.js";

describe("shiftDecimal", () => {
  it.each([
    ["30.96", 8, "3096000000"],
    ["1.2", 4, "12000"],
    ["1.8", 4, "18000"],
    ["6", -2, "0.06"],
    ["0.085", 2, "8.5"],
    ["-4.5", 1, "-45"],
    ["0", 8, "0"],
    ["123.450", 0, "123.45"],
    ["12345678901234567890.123456789", 4, "123456789012345678901234.56789"],
  ])("%s × 10^%i = %s", (value, power, expected) => {
    expect(shiftDecimal(value, power)).toBe(expected);
  });
  it("rejects what is not a plain decimal", () => {
    expect(() => shiftDecimal("1e3", 2)).toThrow(TypeError);
    expect(() => shiftDecimal("1", 0.5)).toThrow(TypeError);
  });
});
