import { describe, expect, it } from "vitest";
import { evaluateTarget } from "../src/index.js";
import * as float from "../src/float.js";
import { series, target } from "./builders.js";

const level = target("level", { value: "20000", base: { year: 2020, value: "15100" } });

describe("schedule", () => {
  it("behind the compound path by 96.56 (16896.56 expected in 2022), 1.3 months at the current pace", () => {
    const evaluation = evaluateTarget(level, series(2021, ["16000", "16800"]), { asOf: "2022-12-31" });
    expect(evaluation.schedule?.position).toBe("behind");
    expect(Number(evaluation.schedule?.valueDifference)).toBeCloseTo(-96.555012, 5);
    expect(evaluation.schedule?.monthsDifference).toBe("-1.3");
  });
  it("ahead of the path", () => {
    const evaluation = evaluateTarget(level, series(2021, ["16500", "17500"]), { asOf: "2022-12-31" });
    expect(evaluation.schedule?.position).toBe("ahead");
    expect(Number(evaluation.schedule?.monthsDifference)).toBeGreaterThan(0);
  });
  it("a growth-rate target's path is base · (1 + r)^t: 4.09 · 1.06^3 = 4.8712 in 2023", () => {
    const rate = target("growth-rate", {
      value: "6",
      unitAsWritten: "%",
      unit: { base: "%", multiplier: 0 },
      base: { year: 2020, value: "4.09" },
    });
    const evaluation = evaluateTarget(rate, series(2021, ["4.30", "4.55", "4.80"]), { asOf: "2023-12-31" });
    // 4.80 − 4.09 × 1.191016 = 4.80 − 4.87125544
    expect(evaluation.schedule?.valueDifference).toBe("-0.07125544");
    expect(evaluation.schedule?.position).toBe("behind");
  });
});

describe("outlook from fitTrend (three or more points)", () => {
  const observations = series(2021, ["16000", "17000", "18000", "19200"]);
  it("a 90% interval at the target year and a probability of meeting it, as a log-linear fit by hand gives", () => {
    const evaluation = evaluateTarget(level, observations, { asOf: "2024-12-31" });
    const outlook = evaluation.outlook!;
    // Least squares of ln(value) on year over 2020..2024, prediction interval at 2025 with t(0.95, 3) = 2.353.
    const years = [2020, 2021, 2022, 2023, 2024];
    const logs = [15100, 16000, 17000, 18000, 19200].map(Math.log);
    const meanX = 2022;
    const meanY = logs.reduce((sum, value) => sum + value, 0) / 5;
    const sxx = years.reduce((sum, year) => sum + (year - meanX) ** 2, 0);
    const slope = years.reduce((sum, year, index) => sum + (year - meanX) * (logs[index]! - meanY), 0) / sxx;
    const sse = years.reduce(
      (sum, year, index) => sum + (logs[index]! - meanY - slope * (year - meanX)) ** 2,
      0,
    );
    const se = Math.sqrt(sse / 3) * Math.sqrt(1 + 1 / 5 + 9 / sxx);
    const centre = meanY + slope * 3;
    expect(outlook.level).toBe(0.9);
    expect(Number(evaluation.figures.trendValue)).toBeCloseTo(Math.exp(centre), 4);
    expect(Number(outlook.low)).toBeCloseTo(Math.exp(centre - 2.353 * se), 0);
    expect(Number(outlook.high)).toBeCloseTo(Math.exp(centre + 2.353 * se), 0);
    expect(Math.exp(centre)).toBeGreaterThan(20000);
    expect(outlook.probability).toBeGreaterThan(0.5);
    expect(outlook.probability).toBeLessThan(1);
  });
  it("the same outlook in float mode", () => {
    const exact = evaluateTarget(level, observations, { asOf: "2024-12-31" }).outlook!;
    const fast = float.evaluateTarget(level, observations, { asOf: "2024-12-31" }).outlook!;
    expect(Number(fast.low)).toBeCloseTo(Number(exact.low), 6);
    expect(fast.probability).toBeCloseTo(exact.probability!, 6);
  });
  it("none with two points", () => {
    expect(evaluateTarget(level, series(2021, ["16000"]), { asOf: "2022-12-31" }).outlook).toBeUndefined();
  });
});

describe("the outlook is @guihua/growth's fitTrend", () => {
  it("same 90% prediction interval and central value as fitTrend(...).project(T)", async () => {
    const { fitTrend } = await import("@guihua/growth/float");
    const values = [15100, 16000, 17000, 18000, 19200];
    const fit = fitTrend(values.map((value, index) => ({ year: 2020 + index, value })));
    const projection = fit.project(2025, { level: 0.9 });
    const evaluation = evaluateTarget(level, series(2021, ["16000", "17000", "18000", "19200"]), {
      asOf: "2024-12-31",
    });
    expect(Number(evaluation.figures.trendValue)).toBeCloseTo(projection.value, 6);
    expect(Number(evaluation.outlook!.low) / projection.interval!.low).toBeCloseTo(1, 6);
    expect(Number(evaluation.outlook!.high) / projection.interval!.high).toBeCloseTo(1, 6);
    expect(Number(evaluation.figures.trendRate)).toBeCloseTo(fit.rate, 10);
  });
});
