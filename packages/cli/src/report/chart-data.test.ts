import { describe, expect, it } from "vitest";
import { fakeEvaluation, liaoningTable2, observation } from "../../test/fixtures.js";
import { chartData } from "./chart-data.js";

const [patents, , pledges] = liaoningTable2().targets;

describe("chartData", () => {
  it("draws the compound path a growth-rate target requires (辽宁: 4.09 → 5.4733 by 2025)", () => {
    const data = chartData(patents!, undefined, [])!;
    expect(data.unit).toBe("件");
    expect(data.required).toHaveLength(6);
    expect(data.required[0]).toEqual({ year: 2020, value: 4.09 });
    expect(data.target?.value).toBeCloseTo(5.4733, 4);
    expect(data.required[5]!.value).toBeCloseTo(5.4733, 4);
  });

  it("shows large amounts in 亿 (30.96亿元 rather than 3096000000元)", () => {
    const data = chartData(pledges!, undefined, [])!;
    expect(data.unit).toBe("亿元");
    expect(data.required[0]!.value).toBeCloseTo(30.96, 6);
  });

  it("adds observations in order, the projection from the latest, and the interval", () => {
    const id = patents!.indicator.id!;
    const data = chartData(patents!, fakeEvaluation(patents!.id), [
      observation(id, "x", 2023, "5.2"),
      observation(id, "x", 2021, "4.6"),
    ])!;
    expect(data.observed.map((point) => point.year)).toEqual([2021, 2023]);
    expect(data.projection).toEqual([
      { year: 2023, value: 5.2 },
      { year: 2025, value: 5.6 },
    ]);
    expect(data.interval).toEqual({ year: 2025, low: 5.1, high: 6.2, level: 0.9 });
  });

  it("fits a trend with its interval when the evaluation projects nothing", () => {
    const id = patents!.indicator.id!;
    const evaluation = fakeEvaluation(patents!.id, { figures: {}, outlook: undefined });
    const points = [
      ["2020", "4.1"],
      ["2021", "4.5"],
      ["2022", "4.8"],
      ["2023", "5.3"],
    ] as const;
    const data = chartData(
      patents!,
      evaluation,
      points.map(([year, value]) => observation(id, "x", Number(year), value)),
    )!;
    expect(data.projection[0]).toEqual({ year: 2023, value: 5.3 });
    expect(data.projection[1]!.year).toBe(2025);
    expect(data.projection[1]!.value).toBeGreaterThan(5.8);
    expect(data.interval!.low).toBeLessThan(data.projection[1]!.value);
    expect(data.interval!.high).toBeGreaterThan(data.projection[1]!.value);
    expect(data.interval!.level).toBe(0.9);
  });

  it("has nothing to draw for a qualitative target without data", () => {
    const qualitative = {
      ...patents!,
      kind: "qualitative" as const,
      text: "知识产权综合实力显著增强",
    };
    expect(chartData(qualitative as never, undefined, [])).toBeUndefined();
  });
});
