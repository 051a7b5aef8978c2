import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import * as exact from "../src/index.js";
import * as float from "../src/float.js";

// The `@example` lines of both entries and the README quick start, executed.
describe("documented examples", () => {
  const trend = [
    { year: 2018, value: 100 },
    { year: 2019, value: 109 },
    { year: 2020, value: 121 },
    { year: 2021, value: 130 },
  ];

  it("hold on the decimal entry", () => {
    expect(exact.cagr(15100, 20000, 5).toFixed(4)).toBe("0.0578");
    expect(exact.projectCompound(4.09, 0.06, 5).toFixed(4)).toBe("5.4733");
    expect(exact.requiredRate(1, 2, 5).toFixed(4)).toBe("0.1487");
    expect(exact.yearsToReach(100, 200, 0.07).toFixed(2)).toBe("10.24");
    const path = exact.compoundPath({ base: 318, baseYear: 2020, rate: 0.1, toYear: 2025 });
    expect(path.at(-1)?.value.toFixed(2)).toBe("512.14");
    const line = exact.linearPath({ base: 757, baseYear: 2015, target: 1600, targetYear: 2020 });
    expect(line[1]?.value.toString()).toBe("925.6");
    expect(exact.cumulativeSum(2200, 0.1, 5).toString()).toBe("13431.22");
    expect(exact.solveRateForCumulative(2200, 13431.22, 5).toFixed(10)).toBe("0.1000000000");
    expect(exact.yearFraction("2022-12-31", "2023-06-30").toFixed(4)).toBe("0.4959");
    expect(exact.yearFraction("2020-12-31", "2023-06-30").toFixed(5)).toBe("2.49589");
    expect(exact.fitTrend(trend).rate.toFixed(4)).toBe("0.0932");
    expect(exact.shareChange(70, 75).percentagePoints.toString()).toBe("5");
    expect(exact.projectShare(30, { relativeRatePerYear: 0.2 }, 5).toString()).toBe("74.6496");
    expect(exact.requiredRate(757, 1600, 5).toFixed(5)).toBe("0.16146");
    // README quick start
    expect(exact.cagr(7811, 8611, 5).toFixed(4)).toBe("0.0197");
    expect(exact.cumulativeSum(2200, 0.1, 5).plus(22000).toFixed(0)).toBe("35431");
    const dated = exact.fitTrend([...trend.slice(0, 3), { date: "2021-12-31", value: 130 }]);
    expect(dated.rate.toFixed(4)).toBe("0.0932");
    expect(dated.project(2025).interval).toMatchObject({ level: 0.9, kind: "prediction" });
    const fifty = exact.createDecimalCalculator({ precision: 50 });
    expect(fifty.root(fifty.from(2), fifty.from(5)).toFixed(10)).toBe("1.1486983550");
    expect(exact.createGrowth(fifty).cagr(15100, 20000, 5).toFixed(4)).toBe("0.0578");
    // The exported constants and backends
    const { decimalCalculator: calc } = exact;
    expect(calc.divide(calc.from(1), calc.from(3)).toString()).toBe(
      `0.${"3".repeat(exact.DEFAULT_DECIMAL_PRECISION)}`,
    );
    expect(exact.DEFAULT_DECIMAL_ROUNDING).toBe(Decimal.ROUND_HALF_EVEN);
    expect(calc.root(calc.from(2), calc.from(5)).toFixed(10)).toBe("1.1486983550");
    expect(exact.floatCalculator.power(1.06, 5)).toBe(1.3382255776000003);
    expect(exact.GROWTH_ERROR_CODES.includes("zero_years")).toBe(true);
  });

  it("hold on the float entry", () => {
    expect(float.cagr(15100, 20000, 5)).toBeCloseTo(0.057817, 6);
    expect(float.projectCompound(4.09, 0.06, 5)).toBeCloseTo(5.4733426, 7);
    expect(float.requiredRate(1, 2, 5)).toBeCloseTo(0.1486984, 7);
    expect(float.yearsToReach(100, 200, 0.07)).toBeCloseTo(10.24477, 5);
    expect(
      float.compoundPath({ base: 318, baseYear: 2020, rate: 0.1, toYear: 2025 }).at(-1)?.value,
    ).toBeCloseTo(512.14218, 5);
    expect(float.linearPath({ base: 757, baseYear: 2015, target: 1600, targetYear: 2020 })[1]?.value).toBe(
      925.6,
    );
    expect(float.cumulativeSum(2200, 0.1, 5)).toBeCloseTo(13431.22, 8);
    expect(Math.abs(float.solveRateForCumulative(2200, 13431.22, 5) - 0.1)).toBeLessThan(1e-12);
    expect(float.yearFraction("2022-12-31", "2023-06-30")).toBeCloseTo(0.49589, 5);
    expect(float.fitTrend(trend).rate).toBeCloseTo(0.0932485, 7);
    expect(float.shareChange(70, 75)).toEqual({ percentagePoints: 5, relative: 5 / 70 });
    expect(float.projectShare(30, { percentagePointsPerYear: 2 }, 5)).toBe(40);
    expect(float.floatCalculator.power(1.1, 5)).toBe(1.6105100000000006);
    expect(float.studentTCdf(2.919986, 2)).toBeCloseTo(0.95, 6);
    expect(exact.studentTQuantile(0.95, 4)).toBeCloseTo(2.131846786, 9);
  });
});
