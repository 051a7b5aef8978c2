import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { BACKENDS } from "./backends.js";

/** Equal within `tolerance` relative (absolute near zero). */
function close(actual: number, expected: number, tolerance: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
}

describe.each(BACKENDS)("growth functions on the $name backend", ({ growth, toNumber, tolerance }) => {
  const n = toNumber;

  it("computes CAGR over fractional years and a fall to zero", () => {
    close(n(growth.cagr(100, 130, 4.5)), Math.pow(1.3, 1 / 4.5) - 1, tolerance);
    close(n(growth.cagr("5.29", "10.98", 5)), Math.pow(10.98 / 5.29, 0.2) - 1, tolerance);
    expect(n(growth.cagr(100, 0, 3))).toBe(-1);
    expect(n(growth.cagr(42, 42, 7))).toBe(0);
  });

  it("keeps the digits of tiny rates", () => {
    // Binary fractions, exact in every backend: 1 → 1 + 2^-30 over 10 years, at 2^-33 a year.
    const target = "1.000000000931322574615478515625";
    const rate = "0.000000000116415321826934814453125";
    close(n(growth.cagr(1, target, 10)) / Math.expm1(Math.log1p(2 ** -30) / 10), 1, 1e-12);
    close(n(growth.yearsToReach(1, target, rate)), Math.log1p(2 ** -30) / Math.log1p(2 ** -33), 1e-12);
    close(n(growth.cumulativeSum(1, "1e-12", 10)), 10 + 45e-12, 1e-14);
  });

  it("accepts numbers, decimal strings and Decimals from any decimal.js constructor alike", () => {
    const Other = Decimal.clone({ precision: 5 });
    for (const base of [4.09, "4.09", "409e-2", new Decimal("4.09"), new Other("4.09")]) {
      close(n(growth.projectCompound(base, "0.06", new Decimal(5))), 5.473342612384, tolerance);
    }
  });

  it("projects forwards, backwards and over fractional years", () => {
    close(n(growth.projectCompound(100, 0.06, 4.5)), 100 * Math.pow(1.06, 4.5), tolerance);
    close(n(growth.projectCompound(133.82255776, 0.06, -5)), 100, tolerance);
    close(n(growth.projectCompound(-50, 0.1, 2)), -60.5, tolerance);
    expect(n(growth.projectCompound(7, 0.3, 0))).toBe(7);
  });

  it("counts years to reach a target, zero when already there", () => {
    close(n(growth.yearsToReach(100, 200, 0.07)), Math.log(2) / Math.log(1.07), tolerance);
    close(n(growth.yearsToReach(200, 100, -0.05)), Math.log(0.5) / Math.log(0.95), tolerance);
    expect(n(growth.yearsToReach(5, 5, 0.1))).toBe(0);
  });

  it("builds compound and linear paths with one point per year", () => {
    const path = growth.compoundPath({ base: 318, baseYear: 2020, rate: 0.1, toYear: 2025 });
    expect(path.map((point) => point.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    close(n(path[5]!.value), 512.14218, tolerance);
    const line = growth.linearPath({ base: 757, baseYear: 2015, target: 1600, targetYear: 2020 });
    expect(line.map((point) => n(point.value))).toEqual(
      [757, 925.6, 1094.2, 1262.8, 1431.4, 1600].map(Number),
    );
    const partial = growth.compoundPath({ base: 100, baseYear: 2022.5, rate: 0.1, toYear: 2024.25 });
    expect(partial.map((point) => point.year)).toEqual([2022.5, 2023, 2024, 2024.25]);
    close(n(partial[3]!.value), 100 * Math.pow(1.1, 1.75), tolerance);
    expect(growth.compoundPath({ base: 1, baseYear: 2020, rate: 0, toYear: 2020 })).toHaveLength(1);
  });

  it("sums growing flows and solves back for the rate", () => {
    close(n(growth.cumulativeSum(2000, 0, 5)), 10000, tolerance);
    close(n(growth.cumulativeSum(100, 0.5, 3)), 100 + 150 + 225, tolerance);
    expect(n(growth.cumulativeSum(100, 0.5, 0))).toBe(0);
    close(n(growth.solveRateForCumulative(100, 475, 3)), 0.5, 1e-9);
    // 1 + x + x² = 2.5 with x = 1 + r
    close(n(growth.solveRateForCumulative(100, 250, 3)), (Math.sqrt(7) - 1) / 2 - 1, 1e-9);
    close(n(growth.solveRateForCumulative(-100, -475, 3)), 0.5, 1e-9);
    // Fewer than one year of flows: the sum falls as the rate rises.
    const half = n(growth.solveRateForCumulative(100, 40, 0.5));
    close(n(growth.cumulativeSum(100, half, 0.5)), 40, 1e-9);
    close(n(growth.solveRateForCumulative(100, 475, 3, { tolerance: 1e-6 })), 0.5, 1e-5);
  });

  it("measures years between dates from year ends", () => {
    close(n(growth.yearFraction("2022-12-31", "2023-06-30")), 181 / 365, tolerance);
    close(n(growth.yearFraction("2023-12-31", "2024-06-30")), 182 / 366, tolerance);
    close(n(growth.yearFraction("2020-12-31", "2025-12-31")), 5, tolerance);
    close(n(growth.yearFraction(new Date(2023, 5, 30), new Date(2022, 11, 31))), -181 / 365, tolerance);
    expect(n(growth.yearFraction("2024-02-29", "2025-02-28"))).toBe(1);
  });

  it("fits a log-linear trend with a t interval", () => {
    const values = [100, 109, 121, 130];
    const fit = growth.fitTrend(values.map((value, index) => ({ year: 2018 + index, value })));
    // Reference: ordinary least squares of ln(value) on year, computed directly.
    const xs = [0, 1, 2, 3];
    const ys = values.map(Math.log);
    const slope = (xs.reduce((s, x, i) => s + (x - 1.5) * (ys[i]! - ys.reduce((a, b) => a + b) / 4), 0) /
      5) as number;
    close(n(fit.logSlope), slope, 1e-12);
    close(n(fit.rate), Math.expm1(slope), 1e-12);
    expect(fit.degreesOfFreedom).toBe(2);
    const meanY = ys.reduce((a, b) => a + b) / 4;
    const sse = ys.reduce((s, y, i) => s + (y - meanY - slope * (xs[i]! - 1.5)) ** 2, 0);
    const s = Math.sqrt(sse / 2);
    close(n(fit.logSlopeStandardError!), s / Math.sqrt(5), 1e-12);
    close(n(fit.rateStandardError!), Math.exp(slope) * (s / Math.sqrt(5)), 1e-12);
    const projection = fit.project(2025);
    const center = meanY + slope * (7 - 1.5);
    close(n(projection.value), Math.exp(center), 1e-12);
    const half = 2.919985580355516 * s * Math.sqrt(1 + 1 / 4 + (7 - 1.5) ** 2 / 5);
    close(n(projection.interval!.low), Math.exp(center - half), 1e-9);
    close(n(projection.interval!.high), Math.exp(center + half), 1e-9);
    expect(projection.interval).toMatchObject({ level: 0.9, kind: "prediction" });
    const confidence = fit.project(2025, { interval: "confidence" });
    expect(n(confidence.interval!.high)).toBeLessThan(n(projection.interval!.high));
    expect(n(confidence.interval!.low)).toBeGreaterThan(n(projection.interval!.low));
    const wider = fit.project(2025, { level: 0.95 });
    expect(wider.interval).toMatchObject({ level: 0.95, kind: "prediction" });
    expect(n(wider.interval!.high)).toBeGreaterThan(n(projection.interval!.high));
  });

  it("says a two-point trend has no interval instead of inventing one", () => {
    const fit = growth.fitTrend([
      { year: 2015, value: 7011 },
      { date: "2020-12-31", value: 7811 },
    ]);
    close(n(fit.rate), n(growth.cagr(7011, 7811, 5)), 1e-12);
    expect(fit.degreesOfFreedom).toBe(0);
    expect(fit.rateStandardError).toBeNull();
    expect(fit.residualStandardError).toBeNull();
    const projection = fit.project("2023-06-30");
    expect(projection.interval).toBeNull();
    close(n(projection.year), 2022 + 181 / 365, 1e-12);
    close(n(projection.value), n(growth.projectCompound(7811, n(fit.rate), 2 + 181 / 365)), 1e-12);
  });

  it("keeps percentage points and relative change of a share apart", () => {
    const change = growth.shareChange(70, 75);
    expect(n(change.percentagePoints)).toBe(5);
    close(n(change.relative!), 5 / 70, tolerance);
    expect(growth.shareChange(0, 10).relative).toBeNull();
    // 占比年均提高: 30% → 40% in five years is 2 points a year, or 5.92% a year relative.
    const perYear = growth.shareChange(30, 40, 5).perYear!;
    close(n(perYear.percentagePoints), 2, tolerance);
    close(n(perYear.relativeRate!), Math.pow(40 / 30, 0.2) - 1, tolerance);
    expect(growth.shareChange(0, 10, 5).perYear?.relativeRate).toBeNull();
    expect(growth.shareChange(30, 40).perYear).toBeUndefined();
    close(n(growth.projectShare(30, { percentagePointsPerYear: 2 }, 5)), 40, tolerance);
    close(n(growth.projectShare(30, { relativeRatePerYear: 0.2 }, 5)), 74.6496, tolerance);
  });
});
