import { Evaluation } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { evaluateTarget } from "../src/index.js";
import { observation, series, target } from "./builders.js";

const base2020 = (value: string) => ({ year: 2020, value, unit: { base: "件", multiplier: 0 } });

function check(evaluation: Evaluation): Evaluation {
  // Every result is a valid schema Evaluation.
  return Evaluation.parse(evaluation);
}

describe("level", () => {
  // 通辽: 15100 (2020) → 20000 (2025) needs 5.78% a year; 16800 in 2022 is 5.48% a year.
  const level = target("level", { value: "20000", base: base2020("15100") });
  it("before the target year: statcan ratio 0.9476 → acceleration-needed, shown as 0.948 < 0.95", () => {
    const evaluation = check(evaluateTarget(level, series(2021, ["16000", "16800"]), { asOf: "2022-12-31" }));
    expect(evaluation.status).toBe("acceleration-needed");
    expect(evaluation.figures.requiredRate!.slice(0, 12)).toBe("0.0578171643");
    expect(evaluation.figures.actualRate!.slice(0, 12)).toBe("0.0547903969");
    expect(evaluation.figures.ratio!.slice(0, 10)).toBe("0.94764932");
    // 0.9476 is 0.0024 from the line: not within rounding of it (neither 16800 against 20000 nor the ratio).
    expect(evaluation.precision).toEqual({ decimals: 0, nearThreshold: false });
    expect(evaluation.explanation.zh).toBe(
      "2022年为16800件, 2020年以来年均增长5.48%, 按此推算2025年可达19715件, 低于目标20000件; 需年均增长5.78%。评估: 需要加快(statcan, 速度比0.948 < 0.95)。",
    );
    expect(evaluation.explanation.en).toContain(
      "at this pace it would reach 19715件 by 2025, below the target 20000件",
    );
  });
  it("met before the target year: achieved", () => {
    const evaluation = check(evaluateTarget(level, series(2021, ["18000", "20500"]), { asOf: "2022-12-31" }));
    expect(evaluation.status).toBe("achieved");
  });
  it("at the target year below the line: not-achieved, with attainment and progress", () => {
    const evaluation = check(evaluateTarget(level, [observation(2025, "19000")], { asOf: "2026-03-31" }));
    expect(evaluation.status).toBe("not-achieved");
    expect(evaluation.figures.attainment).toBe("0.95");
    expect(evaluation.figures.progress).toBe("0.79591836734693877551");
  });
  it("a falling indicator flips the direction: 20 → at most 12 months", () => {
    const cycle = target("level", {
      value: "12",
      comparator: "<=",
      direction: "decrease",
      unitAsWritten: "个月",
      unit: { base: "个月", multiplier: 0 },
      base: { year: 2020, value: "20" },
    });
    const falling = series(2021, ["18", "17"], { unit: { asWritten: "个月", base: "个月", multiplier: 0 } });
    const evaluation = check(evaluateTarget(cycle, falling, { asOf: "2022-12-31" }));
    expect(evaluation.figures.ratio!.slice(0, 8)).toBe("0.803602");
    expect(evaluation.status).toBe("acceleration-needed");
    const rising = series(2021, ["21", "22"], { unit: { asWritten: "个月", base: "个月", multiplier: 0 } });
    expect(evaluateTarget(cycle, rising, { asOf: "2022-12-31" }).status).toBe("deteriorating");
    expect(evaluateTarget(cycle, [observation(2023, "11.5", { unit: falling[0]!.unit })]).status).toBe(
      "achieved",
    );
  });
});

describe("share", () => {
  const share = target("share", {
    value: "70",
    unitAsWritten: "%",
    unit: { base: "%", multiplier: 0 },
    base: { year: 2020, value: "60" },
  });
  const percent = { unit: { asWritten: "%", base: "%", multiplier: 0 } };
  it("moves in percentage points: 60 → 66 in two years is 3 a year against 2 required", () => {
    const evaluation = check(
      evaluateTarget(share, [observation(2022, "66", percent)], { asOf: "2022-12-31" }),
    );
    expect(evaluation.figures.actualChangePerYear).toBe("3");
    expect(evaluation.figures.requiredChangePerYear).toBe("2");
    expect(evaluation.figures.ratio).toBe("1.5");
    expect(evaluation.status).toBe("on-track");
  });
  it("projections stop at 100%", () => {
    const high = { ...share, value: "99", base: { year: 2020, value: "90" } };
    const evaluation = evaluateTarget(high, [observation(2022, "96", percent)], {
      asOf: "2022-12-31",
      method: "unsd",
    });
    expect(evaluation.figures.projectedValue).toBe("100");
  });
});

describe("range", () => {
  const range = target("range", {
    value: "1",
    valueHigh: "2",
    unitAsWritten: "个",
    base: { year: 2020, value: "0" },
  });
  it("inside the range: achieved", () => {
    expect(evaluateTarget(range, [observation(2022, "1")], { asOf: "2022-12-31" }).status).toBe("achieved");
  });
  it("above the range at the target year: not-achieved", () => {
    expect(evaluateTarget(range, [observation(2025, "3")], { asOf: "2025-12-31" }).status).toBe(
      "not-achieved",
    );
  });
});

describe("growth-rate", () => {
  // 辽宁 表2: 4.09 (2020), 年均增长6%.
  const rate = target("growth-rate", {
    value: "6",
    comparator: "=",
    unitAsWritten: "%",
    unit: { base: "%", multiplier: 0 },
    base: { year: 2020, value: "4.09", unit: { base: "件", multiplier: 0 } },
  });
  it("realised CAGR to the latest observation against the stated rate: 5.48% / 6% = 0.913", () => {
    const evaluation = check(
      evaluateTarget(rate, series(2021, ["4.30", "4.55", "4.80"]), { asOf: "2023-12-31" }),
    );
    expect(evaluation.figures.requiredRate).toBe("0.06");
    expect(evaluation.figures.actualRate!.slice(0, 12)).toBe("0.0548061253");
    expect(evaluation.figures.ratio!.slice(0, 10)).toBe("0.91343542");
    expect(evaluation.status).toBe("acceleration-needed");
    // The implied 2025 level is 4.09 × 1.06^5 = 5.4733…
    expect(evaluation.figures.targetValue!.slice(0, 6)).toBe("5.4733");
    expect(evaluation.explanation.zh).toContain("目标为年均增长6%");
  });
  it("at the target year: the CAGR over the whole period decides", () => {
    const met = evaluateTarget(rate, [observation(2025, "5.48")], { asOf: "2025-12-31" });
    expect(met.status).toBe("achieved");
    const missed = evaluateTarget(rate, [observation(2025, "5.40")], { asOf: "2025-12-31" });
    expect(missed.status).toBe("not-achieved");
    expect(Number(missed.figures.actualRate)).toBeCloseTo(0.057144, 6);
    expect(missed.explanation.zh).toContain("未达到目标年均增长6%");
  });
});

describe("total-growth and multiple: through the implied level", () => {
  it("较2020年增加20%: 1000 → 1200", () => {
    const growth = target("total-growth", { value: "20", unitAsWritten: "%", base: base2020("1000") });
    const evaluation = evaluateTarget(growth, [observation(2025, "1190")], { asOf: "2025-12-31" });
    expect(evaluation.figures.targetValue).toBe("1200");
    expect(evaluation.status).toBe("not-achieved");
    expect(evaluateTarget(growth, [observation(2025, "1210")], { asOf: "2025-12-31" }).status).toBe(
      "achieved",
    );
  });
  it("翻番: 11640 → 23280", () => {
    const multiple = target("multiple", {
      value: "2",
      unitAsWritten: "倍",
      targetYear: 2020,
      base: { year: 2015, value: "11640" },
    });
    const evaluation = evaluateTarget(multiple, [observation(2020, "23000")], { asOf: "2020-12-31" });
    expect(evaluation.figures.targetValue).toBe("23280");
    expect(evaluation.status).toBe("not-achieved");
  });
});

describe("increment", () => {
  it("新增10个: the change since the base against 10, on a straight path", () => {
    const increment = target("increment", { value: "10", unitAsWritten: "个", base: base2020("30") });
    const evaluation = evaluateTarget(increment, [observation(2023, "36")], { asOf: "2023-12-31" });
    expect(evaluation.figures.targetValue).toBe("40");
    expect(evaluation.figures.progress).toBe("0.6");
    expect(evaluation.figures.ratio).toBe("1");
    expect(evaluation.status).toBe("on-track");
  });
});

describe("cumulative", () => {
  const cumulative = target("cumulative", {
    value: "1000",
    period: { start: 2023, end: 2025 },
    unitAsWritten: "家",
  });
  it("3年累计1000家: the sum of yearly flows against the total, with the required flow", () => {
    const evaluation = evaluateTarget(cumulative, series(2023, ["300", "350"]), { asOf: "2024-12-31" });
    expect(evaluation.figures.latestValue).toBe("650");
    expect(evaluation.figures.requiredFlowPerYear).toBe("350");
    expect(evaluation.figures.ratio).toBe("0.975");
    expect(evaluation.status).toBe("on-track");
    expect(evaluation.explanation.zh).toContain("截至2024年累计650家");
  });
  it("a series of running totals gives the same verdict", () => {
    const totals = series(2023, ["300", "650"], { cumulativeFrom: 2023 });
    const evaluation = evaluateTarget(cumulative, totals, { asOf: "2024-12-31" });
    expect(evaluation.figures.latestValue).toBe("650");
    expect(evaluation.figures.ratio).toBe("0.975");
  });
  it("reaching the total early is achieved", () => {
    expect(evaluateTarget(cumulative, series(2023, ["600", "450"]), { asOf: "2024-12-31" }).status).toBe(
      "achieved",
    );
  });
});

describe("per-year", () => {
  const each = target("per-year", {
    value: "100",
    aggregate: "each",
    period: { start: 2021, end: 2025 },
    unitAsWritten: "人次",
  });
  it("每年不少于100人次: a missed year is off-track before the end", () => {
    const evaluation = evaluateTarget(each, series(2021, ["120", "95", "130"]), { asOf: "2023-12-31" });
    expect(evaluation.status).toBe("off-track");
    expect(evaluation.figures.yearsMet).toBe("2");
    expect(evaluation.figures.yearsObserved).toBe("3");
  });
  it("…and not-achieved once the period is over; every year met is achieved", () => {
    expect(
      evaluateTarget(each, series(2021, ["120", "95", "130", "140", "150"]), { asOf: "2025-12-31" }).status,
    ).toBe("not-achieved");
    expect(
      evaluateTarget(each, series(2021, ["120", "105", "130", "140", "150"]), { asOf: "2025-12-31" }).status,
    ).toBe("achieved");
  });
  it("年均60家: the mean flow against 60", () => {
    const mean = target("per-year", {
      value: "60",
      aggregate: "mean",
      period: { start: 2021, end: 2025 },
      unitAsWritten: "家",
    });
    const evaluation = evaluateTarget(mean, series(2021, ["55", "70", "62"]), { asOf: "2023-12-31" });
    expect(evaluation.figures.meanFlow!.slice(0, 8)).toBe("62.33333");
    expect(evaluation.figures.ratio!.slice(0, 8)).toBe("1.038888");
    expect(evaluation.status).toBe("on-track");
  });
});

describe("comparative", () => {
  const comparative = target("comparative", {
    indicator: { name: "每万人口高价值发明专利拥有量" },
    benchmark: { description: "全省平均水平", region: "辽宁省" },
    unitAsWritten: "件",
    unit: { base: "件", multiplier: 0 },
  });
  const indicator = { name: "每万人口高价值发明专利拥有量" };
  const of = (region: string, values: [number, string][]) =>
    values.map(([year, value]) => observation(year, value, { region, indicator }));
  it("沈阳 above 辽宁 at the latest common year: achieved", () => {
    const observations = [
      ...of("沈阳市", [
        [2021, "8.0"],
        [2023, "9.0"],
      ]),
      ...of("辽宁省", [
        [2021, "6.0"],
        [2023, "7.0"],
      ]),
    ];
    const evaluation = evaluateTarget(comparative, observations, { asOf: "2023-12-31", region: "沈阳市" });
    expect(evaluation.status).toBe("achieved");
    expect(evaluation.figures.benchmarkValue).toBe("7.0");
    expect(evaluation.issues).toBeUndefined();
  });
  it("below: the benchmark projected at its own rate (7 → 8.1667 by 2025) is the line", () => {
    const observations = [
      ...of("沈阳市", [
        [2021, "5.0"],
        [2023, "6.0"],
      ]),
      ...of("辽宁省", [
        [2021, "6.0"],
        [2023, "7.0"],
      ]),
    ];
    const evaluation = evaluateTarget(comparative, observations, { asOf: "2023-12-31", region: "沈阳市" });
    expect(evaluation.figures.benchmarkProjected!.slice(0, 8)).toBe("8.166666");
    expect(evaluation.figures.ratio!.slice(0, 8)).toBe("0.731407");
    expect(evaluation.status).toBe("acceleration-needed");
  });
  it("a benchmark observed after the region's last reading is projected from its latest value", () => {
    const observations = [
      ...of("沈阳市", [
        [2015, "5.0"],
        [2020, "6.0"],
      ]),
      ...of("辽宁省", [
        [2020, "6.0"],
        [2024, "8.0"],
      ]),
    ];
    const evaluation = evaluateTarget(comparative, observations, { asOf: "2024-12-31", region: "沈阳市" });
    // 6 → 8 over 2020–2024 is (8/6)^(1/4) - 1 = 7.457% a year; 8 × 1.07457 = 8.5966 in 2025.
    expect(evaluation.figures.benchmarkValue).toBe("6.0");
    expect(evaluation.figures.benchmarkProjected!.slice(0, 6)).toBe("8.5965");
  });
  it("a rank without data is not evaluable", () => {
    const ranked = { ...comparative, benchmark: { description: "全国前三名", rank: 3 } };
    expect(evaluateTarget(ranked, [], { asOf: "2023-12-31" }).status).toBe("not-evaluable");
  });
});

describe("qualitative", () => {
  it("is not evaluable and carries its text", () => {
    const evaluation = check(evaluateTarget(target("qualitative"), [], { asOf: "2023-12-31" }));
    expect(evaluation.status).toBe("not-evaluable");
    expect(evaluation.explanation.zh).toBe("定性目标“知识产权制度体系完备”, 无法用数字评估。");
  });
});
