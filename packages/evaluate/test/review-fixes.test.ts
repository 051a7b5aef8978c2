import type { Plan } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { EvaluateError, evaluatePlan, evaluateTarget } from "../src/index.js";
import { observation, series, target } from "./builders.js";

function planOf(targets: Plan["targets"], period: Plan["period"] = { start: 2016, end: 2020 }): Plan {
  return {
    schemaVersion: "1.0",
    id: "review",
    title: "测试规划",
    region: { name: "沈阳市", level: "prefecture" },
    period,
    script: "simplified",
    basedOn: [],
    targets,
    facts: [],
  };
}

describe("an as-of date before one target's base year", () => {
  const old = target("level", {
    id: "old",
    value: "1600",
    base: { year: 2015, value: "757" },
    targetYear: 2020,
  });
  const later = target("level", { id: "later", value: "3000", base: { year: 2020, value: "1429" } });
  const observations = series(2015, ["757", "900", "1050", "1200", "1300"]);

  it("in a plan: that target is not-evaluable with an issue, the others are judged", () => {
    const scorecard = evaluatePlan(planOf([old, later]), observations, { asOf: "2019-06-30" });
    const [first, second] = scorecard.evaluations;
    expect(first!.status).not.toBe("not-evaluable");
    expect(second!.status).toBe("not-evaluable");
    expect(second!.issues).toEqual([expect.objectContaining({ code: "as-of-before-base" })]);
    expect(second!.explanation.zh).toContain("评估日期2019-06-30早于该目标的基期2020年");
    expect(second!.explanation.en).toContain("precedes the target's base year 2020");
    expect(scorecard.counts["not-evaluable"]).toBe(1);
  });

  it("alone: evaluateTarget still throws its typed error", () => {
    expect(() => evaluateTarget(later, observations, { asOf: "2019-06-30" })).toThrow(EvaluateError);
  });
});

describe("a target with no base", () => {
  // 年均增长8% over 十四五, observations 2015…2023; 2020 = 3400.
  const values = ["2000", "2300", "2600", "2900", "3150", "3400", "3700", "4000", "4300"];
  const rate = target("growth-rate", {
    id: "rate",
    value: "8",
    valueAsWritten: "8",
    unitAsWritten: "%",
    unit: { base: "%", multiplier: 0 },
    base: undefined,
  });

  it("in a 2021–2025 plan is measured from 2020, the year before the period: 3400 × 1.08^5 = 4995.7", () => {
    const scorecard = evaluatePlan(planOf([rate], { start: 2021, end: 2025 }), series(2015, values), {
      asOf: "2023-12-31",
    });
    const evaluation = scorecard.evaluations[0]!;
    expect(evaluation.issues).toContainEqual(expect.objectContaining({ code: "base-from-plan-period" }));
    // 3400 × 1.4693280768 = 4995.7154611
    expect(Number(evaluation.figures.targetValue)).toBeCloseTo(4995.7155, 3);
    expect(evaluation.figures.baseValue).toBe("3400");
    expect(evaluation.explanation.zh).toContain("2020年以来");
  });

  it("in that plan with no value for 2020 (observations end in 2019) reports missing-base, not 2015", () => {
    const scorecard = evaluatePlan(planOf([rate], { start: 2021, end: 2025 }), series(2015, values), {
      asOf: "2019-12-31",
    });
    const evaluation = scorecard.evaluations[0]!;
    expect(evaluation.status).toBe("insufficient-data");
    expect(evaluation.issues).toContainEqual(expect.objectContaining({ code: "missing-base" }));
  });

  it("without a plan period falls back to the first observation, with an issue saying so", () => {
    const evaluation = evaluateTarget(rate, series(2015, values), { asOf: "2023-12-31" });
    const issue = evaluation.issues?.find((candidate) => candidate.code === "base-from-first-observation");
    expect(issue?.message).toContain("no plan period");
    expect(issue?.message).toContain("2015");
  });
});

describe("destatis explanations state the linear projection the verdict used", () => {
  it("3万件 from 17000 (2020): 近3年年均增加, projected 23500 + 2 × 2166.67 = 27833.33", () => {
    const goal = target("level", {
      value: "30000",
      valueAsWritten: "3",
      unitAsWritten: "万件",
      unit: { base: "件", multiplier: 4 },
      base: { year: 2020, value: "17000" },
    });
    const evaluation = evaluateTarget(goal, series(2021, ["19000", "21500", "23500"]), {
      asOf: "2023-12-31",
      method: "destatis",
    });
    // (23500 − 17000) / 3 = 2166.67 a year; deviation (30000 − 27833.33) / 6500 = 0.333 > 0.20: off track.
    expect(Number(evaluation.figures.recentChangePerYear)).toBeCloseTo(2166.6667, 3);
    expect(Number(evaluation.figures.projectedValue)).toBeCloseTo(27833.3333, 3);
    expect(evaluation.status).toBe("off-track");
    expect(evaluation.explanation.zh).toContain("近3年年均增加0.22万件, 按此推算2025年可达2.78万件");
    // (30000 − 23500) / 2 = 3250 a year still needed.
    expect(evaluation.explanation.zh).toContain("此后需年均增加0.33万件");
    expect(evaluation.explanation.zh).not.toContain("增长");
    expect(evaluation.explanation.en).toContain("rising by 0.22万件 a year over the last 3 years");
  });
});

describe("fixedTrimmed rounds the decimal as written, not the binary double", () => {
  it("2.195 → 2.2 (2.20 trimmed; toFixed gives 2.19), 1.005 → 1.01, 9.995 → 10, -2.195 → -2.2", async () => {
    const { fixedTrimmed } = await import("../src/explain.js");
    expect((2.195).toFixed(2)).toBe("2.19");
    expect(fixedTrimmed(2.195, 2)).toBe("2.2");
    expect(fixedTrimmed(1.005, 2)).toBe("1.01");
    expect(fixedTrimmed(9.995, 2)).toBe("10");
    expect(fixedTrimmed(-2.195, 2)).toBe("-2.2");
    expect(fixedTrimmed(0.125, 2)).toBe("0.13");
    expect(fixedTrimmed(2.194, 2)).toBe("2.19");
    expect(fixedTrimmed(0.9476, 2)).toBe("0.95");
  });
});

describe("the equals-read-as-bound issue quotes what the plan wrote", () => {
  const observations = series(2020, ["17000", "20000", "22000"]);
  it("达到3万件: the source quote, or the value and unit as written — never 达到3", () => {
    const quoted = target("level", {
      comparator: "=",
      value: "30000",
      valueAsWritten: "3",
      unitAsWritten: "万件",
      unit: { base: "件", multiplier: 4 },
      base: { year: 2020, value: "17000" },
      source: { document: "test", start: 0, end: 13, quote: "有效注册商标总量达到3万件" },
    });
    const issue = (evaluation: ReturnType<typeof evaluateTarget>) =>
      evaluation.issues?.find((candidate) => candidate.code === "equals-read-as-bound")?.message;
    expect(issue(evaluateTarget(quoted, observations, { asOf: "2022-12-31" }))).toBe(
      '"有效注册商标总量达到3万件" read as at least the value',
    );
    const unquoted = { ...quoted, source: { document: "test", start: 0, end: 0, quote: "" } };
    expect(issue(evaluateTarget(unquoted, observations, { asOf: "2022-12-31" }))).toBe(
      '"3万件" read as at least the value',
    );
  });
  it("年均增长8% and 增长50% are rates, not 达到: no issue", () => {
    const rate = target("growth-rate", {
      comparator: "=",
      value: "8",
      valueAsWritten: "8",
      unitAsWritten: "%",
      unit: { base: "%", multiplier: 0 },
      base: { year: 2020, value: "17000" },
    });
    const total = target("total-growth", {
      ...rate,
      kind: "total-growth",
      value: "50",
      valueAsWritten: "50",
    });
    for (const goal of [rate, total]) {
      const evaluation = evaluateTarget(goal, observations, { asOf: "2022-12-31" });
      expect(evaluation.issues?.map((candidate) => candidate.code) ?? []).not.toContain(
        "equals-read-as-bound",
      );
    }
  });
});

describe("growth-rate explanations show levels in the unit the figures were written in", () => {
  it("observations in 亿元 with a base stated in 元: 14亿元, not 1400000000元", () => {
    const yuan = { unit: { asWritten: "亿元", base: "元", multiplier: 8 } };
    const observations = [observation(2021, "1100000000", yuan), observation(2022, "1400000000", yuan)];
    const rate = target("growth-rate", {
      value: "10",
      valueAsWritten: "10",
      unitAsWritten: "%",
      unit: { base: "%", multiplier: 0 },
      base: { year: 2020, value: "1000000000" },
    });
    const evaluation = evaluateTarget(rate, observations, { asOf: "2022-12-31" });
    // 10亿 × 1.1^5 = 16.1051亿; (14/10)^(1/2) − 1 = 18.32%; 14 × 1.1832^3 = 23.19亿.
    expect(evaluation.explanation.zh).toBe(
      "2022年为14亿元, 2020年以来年均增长18.32%, 按此推算2025年可达23.19亿元, 达到按年均增长10%推算的2025年水平16.11亿元; 目标为年均增长10%。评估: 进度正常(statcan, 速度比1.832)。",
    );
    expect(evaluation.explanation.zh).not.toContain("00000元");
  });
});

describe("the schedule's on-path tolerance is the value's own rounding, not half the written unit", () => {
  it("3万件 from 17000: 23500 against the path 23903 is behind (not on-path within 5000), as the verdict says", () => {
    const goal = target("level", {
      value: "30000",
      valueAsWritten: "3",
      unitAsWritten: "万件",
      unit: { base: "件", multiplier: 4 },
      base: { year: 2020, value: "17000" },
    });
    const evaluation = evaluateTarget(goal, series(2021, ["19000", "21500", "23500"]), {
      asOf: "2023-12-31",
    });
    // Path: 17000 × (30000/17000)^(3/5) = 17000 × 1.40607 = 23903.0; 23500 − 23903.0 = −403.0.
    expect(Number(evaluation.schedule?.valueDifference)).toBeCloseTo(-403.0, 0);
    expect(evaluation.schedule?.position).toBe("behind");
    expect(evaluation.status).toBe("acceleration-needed");
  });
  it("a value on the path within its own rounding (0.5件) is on-path", () => {
    const goal = target("level", { value: "1210", base: { year: 2020, value: "1000" }, targetYear: 2022 });
    // Path at 2021: 1000 × 1.1 = 1100 exactly.
    const evaluation = evaluateTarget(goal, series(2021, ["1100"]), { asOf: "2021-12-31" });
    expect(evaluation.schedule?.position).toBe("on-path");
  });
});

describe("a score near a cut-off shows its side, and is flagged only within rounding of the line", () => {
  const pct = { unit: { asWritten: "%", base: "%", multiplier: 0 } };
  const share = target("share", {
    value: "60",
    valueAsWritten: "60",
    unitAsWritten: "%",
    unit: { base: "%", multiplier: 0 },
    base: { year: 2020, value: "50" },
  });
  it("50 → 53.7992 in 2 years against 60 in 5: ratio 1.8996 / 2 = 0.9498, flagged, shown as 0.9498 < 0.95", () => {
    const evaluation = evaluateTarget(share, series(2021, ["51.9", "53.7992"], pct), { asOf: "2022-12-31" });
    expect(evaluation.figures.ratio).toBe("0.9498");
    expect(evaluation.status).toBe("acceleration-needed");
    expect(evaluation.precision?.nearThreshold).toBe(true);
    expect(evaluation.explanation.zh).toContain("速度比0.9498 < 0.95");
    expect(evaluation.explanation.zh).toContain("注意: 速度比与判定线相差不到0.0005");
  });
  it("50 → 53.79 : ratio 3.79 / 4 = 0.9475, shown as 0.948 < 0.95 (three decimals keep the side), not flagged", () => {
    const evaluation = evaluateTarget(share, series(2021, ["51.9", "53.79"], pct), { asOf: "2022-12-31" });
    expect(evaluation.figures.ratio).toBe("0.9475");
    expect(evaluation.precision?.nearThreshold).toBe(false);
    expect(evaluation.explanation.zh).toContain("速度比0.948 < 0.95");
    expect(evaluation.explanation.zh).not.toContain("注意");
  });
});
