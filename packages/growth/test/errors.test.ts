import { describe, expect, it } from "vitest";
import { GROWTH_ERROR_CODES, GrowthError, type GrowthErrorCode, type Growth } from "../src/index.js";
import * as decimalEntry from "../src/index.js";
import * as floatEntry from "../src/float.js";
import { BACKENDS } from "./backends.js";

/** One bad input per code. */
const CASES: [GrowthErrorCode, string, (growth: Growth<unknown>) => unknown][] = [
  ["not_numeric", "a string with a unit", (g) => g.cagr("30.96亿", 1, 5)],
  ["not_numeric", "a value of another type", (g) => g.projectCompound({} as never, 0.1, 5)],
  ["non_finite", "NaN", (g) => g.projectCompound(Number.NaN, 0.1, 5)],
  ["non_finite", "Infinity", (g) => g.cagr(1, Number.POSITIVE_INFINITY, 5)],
  ["non_positive_base", "a zero base for a CAGR", (g) => g.cagr(0, 100, 5)],
  ["sign_mismatch", "a base and target of opposite signs", (g) => g.requiredRate(100, -5, 5)],
  ["rate_out_of_range", "a rate of -100%", (g) => g.projectCompound(100, -1, 5)],
  ["zero_years", "zero years", (g) => g.cagr(1, 2, 0)],
  ["negative_years", "negative years", (g) => g.cumulativeSum(1, 0.1, -2)],
  [
    "invalid_year",
    "a year that is not a number",
    (g) => g.linearPath({ base: 1, baseYear: "2020" as never, target: 2, targetYear: 2025 }),
  ],
  ["unreachable", "a target the rate moves away from", (g) => g.yearsToReach(100, 200, -0.1)],
  ["no_solution", "a total below the first flow", (g) => g.solveRateForCumulative(100, 50, 3)],
  [
    "not_converged",
    "a budget of one step",
    (g) => g.solveRateForCumulative(100, 475, 3, { maxIterations: 1 }),
  ],
  [
    "invalid_point",
    "a point that is not an object",
    (g) => g.fitTrend([{ year: 2020, value: 1 }, null as never]),
  ],
  ["invalid_option", "a path without options", (g) => g.compoundPath(null as never)],
  [
    "invalid_option",
    "solver options that are not an object",
    (g) => g.solveRateForCumulative(100, 475, 3, 5 as never),
  ],
  ["too_few_points", "one point", (g) => g.fitTrend([{ year: 2020, value: 1 }])],
  [
    "degenerate_years",
    "points at one year",
    (g) =>
      g.fitTrend([
        { year: 2020, value: 1 },
        { year: 2020, value: 2 },
      ]),
  ],
  [
    "non_positive_value",
    "a zero in a log trend",
    (g) =>
      g.fitTrend([
        { year: 2020, value: 1 },
        { year: 2021, value: 0 },
      ]),
  ],
  ["invalid_date", "a date that does not exist", (g) => g.yearFraction("2023-13-45", "2024-01-01")],
  [
    "invalid_option",
    "an interval level above 1",
    (g) =>
      g
        .fitTrend([
          { year: 2020, value: 1 },
          { year: 2021, value: 2 },
        ])
        .project(2025, { level: 1.5 }),
  ],
  [
    "share_out_of_range",
    "a share pushed past 100%",
    (g) => g.projectShare(50, { relativeRatePerYear: 0.2 }, 5),
  ],
  [
    "overflow",
    "a number beyond every backend's range",
    (g) => g.projectCompound("1e9000000000000001", 0.1, 1),
  ],
];

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof GrowthError) return error.code;
    throw error;
  }
  throw new Error("expected a GrowthError");
}

describe.each(BACKENDS)("bad input on the $name backend", ({ growth }) => {
  it.each(CASES)("fails with %s for %s", (code, _what, action) => {
    expect(codeOf(() => action(growth))).toBe(code);
  });
});

describe("GrowthError", () => {
  it("covers every code with a case", () => {
    expect(new Set(CASES.map(([code]) => code))).toEqual(new Set(GROWTH_ERROR_CODES));
  });

  it("fails on float64 overflow of a result instead of returning Infinity", () => {
    expect(codeOf(() => floatEntry.projectCompound(1e300, 10, 100))).toBe("overflow");
    expect(decimalEntry.projectCompound(1e300, 10, 100).toString()).toBe(
      "1.378061233982227018411833717208964e+404",
    );
  });

  it("keeps stable messages and a path to the argument", () => {
    const messages = CASES.map(([code, what, action]) => {
      try {
        action(decimalEntry.createGrowth(decimalEntry.decimalCalculator) as Growth<unknown>);
      } catch (error) {
        expect((error as GrowthError).toIssue()).toEqual({
          code,
          path: (error as GrowthError).path,
          message: (error as GrowthError).reason,
        });
        return `${what}: ${(error as GrowthError).message}`;
      }
      return `${code}: no error`;
    });
    expect(messages).toMatchSnapshot();
  });

  it("is an Error with a name", () => {
    const error = new GrowthError("zero_years", ["years"], "the span must not be zero years");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("GrowthError");
    expect(error.message).toBe("years: the span must not be zero years [zero_years]");
  });
});
