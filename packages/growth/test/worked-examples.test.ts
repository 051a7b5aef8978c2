import { describe, expect, it } from "vitest";
import { BACKENDS } from "./backends.js";

/** Rounds like a person checking a table: to `places` decimals, returned as text. */
const fixed = (value: number, places: number) => value.toFixed(places);

describe.each(BACKENDS)("worked examples of methods.md §2 on the $name backend", ({ growth, toNumber }) => {
  const project = (base: string | number, rate: number, years: number) =>
    toNumber(growth.projectCompound(base, rate, years));

  it("reproduces 辽宁 表2 (2020 → 2025 at 6% and 10% a year)", () => {
    expect(fixed(project(4.09, 0.06, 5), 4)).toBe("5.4733");
    expect(fixed(project(318, 0.1, 5), 2)).toBe("512.14");
    expect(fixed(project("30.96e8", 0.1, 5) / 1e8, 2)).toBe("49.86");
    expect(fixed(project(4872, 0.1, 5), 1)).toBe("7846.4");
    expect(fixed(project(913, 0.1, 5), 1)).toBe("1470.4");
  });

  it("finds 通辽's 15100 → 20000 implies 5.78% a year", () => {
    expect(fixed(toNumber(growth.requiredRate(15100, 20000, 5)), 4)).toBe("0.0578");
  });

  it("finds 鞍山's trademarks grew 2.18% then 1.97% a year, under the 2% floor", () => {
    expect(fixed(toNumber(growth.cagr(7011, 7811, 5)), 4)).toBe("0.0218");
    expect(fixed(toNumber(growth.cagr(7811, 8611, 5)), 4)).toBe("0.0197");
    expect(fixed(project(7811, 0.02, 5), 0)).toBe("8624");
  });

  it("sums 鞍山's cumulative applications: 2.2万 plus 2000 a year growing 10%", () => {
    // 2000 in 2010 growing 10% a year: the first new flow, in 2011, is 2200.
    expect(fixed(22000 + toNumber(growth.cumulativeSum(2200, 0.1, 5)), 0)).toBe("35431");
    expect(fixed(22000 + toNumber(growth.cumulativeSum(2200, 0.1, 10)), 0)).toBe("57062");
    expect(fixed(toNumber(growth.solveRateForCumulative(2200, 35431 - 22000, 5)), 4)).toBe("0.1000");
    expect(fixed(toNumber(growth.solveRateForCumulative(2200, 57062 - 22000, 10)), 4)).toBe("0.1000");
  });

  it("prices 翻番 in five years at 14.87% a year", () => {
    expect(fixed(toNumber(growth.requiredRate(1, 2, 5)), 4)).toBe("0.1487");
    expect(fixed(toNumber(growth.yearsToReach(1, 2, 0.1487)), 4)).toBe("4.9999");
  });

  it("scores 辽宁 表1's 757 → 1600 target against 1429 actual", () => {
    expect(fixed((1429 / 1600) * 100, 1)).toBe("89.3");
    expect(fixed(toNumber(growth.cagr(757, 1429, 5)), 4)).toBe("0.1355");
    expect(fixed(toNumber(growth.requiredRate(757, 1600, 5)), 4)).toBe("0.1615");
  });
});
