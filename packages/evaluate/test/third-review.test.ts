// Defects found by the third review (a re-review of the second review's fixes), each with the case that showed it.
import { describe, expect, it } from "vitest";
import { auditPlan, evaluatePlan, evaluateTarget } from "../src/index.js";
import { evaluateTarget as evaluateFloat } from "../src/float.js";
import { observation, plan, series, target, tonnes } from "./builders.js";

const count = { unit: { asWritten: "个", base: "个", multiplier: 0 } } as const;

describe("a range on a falling indicator is reached at its upper end", () => {
  const range = target("range", {
    direction: "decrease",
    value: "3",
    valueHigh: "5",
    valueAsWritten: "3~5",
    unitAsWritten: "个",
    unit: { base: "个", multiplier: 0 },
    base: { year: 2020, value: "9" },
  });
  it("9 → 7 by 2022 needs the pace to 5 (−11.09% a year): on track, projected inside the range", () => {
    for (const evaluate of [evaluateTarget, evaluateFloat]) {
      const evaluation = evaluate(range, series(2021, ["8", "7"], count), { asOf: "2022-12-31" });
      expect(evaluation.status).toBe("on-track");
      expect(evaluation.figures).toMatchObject({ targetValue: "5", targetLow: "3" });
      expect(evaluation.explanation.zh).toContain("达到目标区间3个~5个");
      expect(evaluation.explanation.zh).toContain("年均下降11.81%");
    }
  });
  it("below the lower end before the year is past the far end; 4 at the end is achieved", () => {
    expect(evaluateTarget(range, series(2021, ["6", "2"], count), { asOf: "2022-12-31" }).status).toBe(
      "off-track",
    );
    expect(evaluateTarget(range, series(2021, ["8", "7", "6", "5", "4"], count)).status).toBe("achieved");
  });
});

describe("a cap on the size of a fall (下降不超过5%) is a floor under the level", () => {
  const fall = {
    direction: "decrease",
    comparator: "<=",
    unitAsWritten: "%",
    unit: { base: "%", multiplier: 0 },
    base: { year: 2020, value: "20", unit: { base: "吨", multiplier: 0 } },
  } as const;
  const total = target("total-growth", { ...fall, value: "5", valueAsWritten: "5" });
  it("20 → 18 by 2022 has already fallen below the floor of 19: not on track", () => {
    const evaluation = evaluateTarget(total, series(2021, ["19", "18"], tonnes), { asOf: "2022-12-31" });
    expect(["off-track", "deteriorating"]).toContain(evaluation.status);
  });
  it("20 → 19.5 is within the cap: achieved; 18.5 at the end is not, with no 'way to go'", () => {
    expect(evaluateTarget(total, series(2021, ["19.8", "19.5"], tonnes), { asOf: "2022-12-31" }).status).toBe(
      "achieved",
    );
    const missed = evaluateTarget(total, series(2021, ["19.5", "19", "19", "18.8", "18.5"], tonnes));
    expect(missed.status).toBe("not-achieved");
    expect(missed.explanation.zh).toContain("2020年基期20吨本已满足");
  });
  it("under every method a fall of 7.8% a year against a 3% cap is never on track", () => {
    const rate = target("growth-rate", { ...fall, value: "3", valueAsWritten: "3" });
    for (const method of ["statcan", "unsd", "destatis", "escap-csi"] as const) {
      const evaluation = evaluateTarget(rate, series(2021, ["18.4", "17"], tonnes), {
        asOf: "2022-12-31",
        method,
      });
      expect(["off-track", "deteriorating"]).toContain(evaluation.status);
    }
  });
});

describe("running totals", () => {
  it("observations flagged cumulative are running totals, not flows", () => {
    const total = target("cumulative", { value: "1000", period: { start: 2021, end: 2025 } });
    const totals = series(2021, ["300", "650"], { cumulative: true });
    const evaluation = evaluateTarget(total, totals, { asOf: "2022-12-31" });
    expect(evaluation.figures.latestValue).toBe("650");
  });
  it("a cap on a running total is not achieved half-way: it is judged on its projection", () => {
    const cap = target("cumulative", { value: "1000", comparator: "<=", period: { start: 2021, end: 2025 } });
    const slow = evaluateTarget(cap, series(2021, ["150", "150"]), { asOf: "2022-12-31" });
    expect(slow.status).toBe("on-track");
    const fast = evaluateTarget(cap, series(2021, ["300", "300"]), { asOf: "2022-12-31" });
    expect(fast.status).toBe("off-track");
  });
});

describe("units, regions, points and dates", () => {
  it("a target in 万件 with observations in 万件 shows 1.99万件, within rounding of 2万件", () => {
    const level = target("level", {
      value: "2",
      valueAsWritten: "2",
      unitAsWritten: "万件",
      unit: { base: "万件", multiplier: 0 },
      base: { year: 2020, value: "1.51" },
    });
    const wan = { unit: { asWritten: "万件", base: "万件", multiplier: 0 } } as const;
    const evaluation = evaluateTarget(level, series(2021, ["1.6", "1.7", "1.8", "1.9", "1.99"], wan));
    expect(evaluation.explanation.zh).toContain("2025年为1.99万件, 未达到目标2万件");
    expect(evaluation.precision?.nearThreshold).toBe(true);
  });
  it("a bare region name takes the level of the first reading that states one", () => {
    const level = target("level", { value: "20000", base: { year: 2020, value: "15100" } });
    const city = series(2021, ["15900", "16800"], { region: "吉林市" });
    const province = observation(2022, "250000", { region: "吉林省" });
    const evaluation = evaluateTarget(level, [...city, province], { region: "吉林" });
    expect(evaluation.figures.latestValue).toBe("16800");
  });
  it("提高3个百分点 is judged on observations in %, shown in % and in points", () => {
    const points = target("increment", {
      value: "3",
      comparator: "=",
      unitAsWritten: "个百分点",
      unit: { base: "百分点", multiplier: 0 },
      base: { year: 2020, value: "40" },
    });
    const percent = { unit: { asWritten: "%", base: "%", multiplier: 0 } } as const;
    const evaluation = evaluateTarget(points, series(2021, ["40.5", "41"], percent), { asOf: "2022-12-31" });
    expect(evaluation.explanation.zh).toBe(
      "2022年为41%, 2020年以来年均变化0.5个百分点, 按此推算2025年可达42.5%, 低于目标43%; 需年均0.6个百分点。评估: 需要加快(statcan, 速度比0.833)。",
    );
  });
  it("an impossible date in a plan is an input error with its path; claims are checked", () => {
    const testPlan = plan([target("level")], { facts: [observation("2021-02-30", "1")] });
    expect(() => evaluatePlan(testPlan)).toThrow("$.facts[0].period.date");
    expect(() => auditPlan({ ...testPlan, facts: [], claims: {} } as never)).toThrow(
      "$.claims: must be an array",
    );
  });
});

describe("audit and wording", () => {
  it("the milestone audit shows the level at the stated rate with the milestones' decimals", () => {
    const rate = target("growth-rate", {
      id: "rate",
      value: "6",
      valueAsWritten: "6",
      unitAsWritten: "%",
      unit: { base: "%", multiplier: 0 },
      base: { year: 2020, value: "4.09" },
    });
    const milestone = target("level", { id: "m", value: "5", valueAsWritten: "5" });
    const testPlan = plan([rate, milestone], { facts: [] });
    const [finding] = auditPlan(testPlan);
    expect(finding!.message.zh).toContain("(按此应为5.47)");
  });
  it("a falling indicator is said to fall, in both languages", () => {
    const cap = target("level", {
      value: "17",
      comparator: "<=",
      direction: "decrease",
      base: { year: 2020, value: "20" },
      unitAsWritten: "吨",
      unit: { base: "吨", multiplier: 0 },
    });
    const evaluation = evaluateTarget(cap, series(2021, ["19", "18"], tonnes), { asOf: "2022-12-31" });
    expect(evaluation.explanation.zh).toContain("2020年以来年均下降5.13%");
    expect(evaluation.explanation.zh).toContain("需年均下降3.2%");
    expect(evaluation.explanation.en).toContain("falling 5.13% a year since 2020");
    expect(evaluation.explanation.en).toContain("the target needs a 3.2% fall a year");
  });
});

describe("a comparative's newer readings", () => {
  it("readings of the region after the last period the benchmark shares are named in an issue", () => {
    const comparative = target("comparative", {
      benchmark: { description: "全省平均水平", region: "辽宁省" },
    });
    const observations = [
      ...series(2021, ["3", "3.5", "4.5"]),
      ...series(2021, ["3.2", "3.6"], { region: "辽宁省" }),
    ];
    const evaluation = evaluateTarget(comparative, observations, { region: "沈阳市" });
    expect(evaluation.issues).toContainEqual(expect.objectContaining({ code: "after-benchmark-ignored" }));
  });
});

describe("per-year flows given for parts of a year", () => {
  it("add up to the year's flow before the yearly requirement is checked", () => {
    const each = target("per-year", { value: "100", aggregate: "each", period: { start: 2021, end: 2025 } });
    const halves = [observation("2021-06-30", "60"), observation("2021-12-31", "60")];
    const evaluation = evaluateTarget(each, halves, { asOf: "2021-12-31" });
    expect(evaluation.explanation.zh).toContain("已观测1年中1年达到");
    expect(evaluation.status).toBe("on-track");
  });
});

describe("growth claims in percent and facts dated at a year's end", () => {
  it("a wrong percent claim is answered in percent, and a year-end date is that year", () => {
    const facts = [observation("2015-12-31", "100"), observation(2020, "108.9")];
    const claim = {
      id: "c1",
      indicator: { name: "有效注册商标总量" },
      region: "沈阳市",
      fromYear: 2015,
      toYear: 2020,
      form: "percent" as const,
      value: "8.5",
      valueAsWritten: "增长8.5%",
      source: { document: "test", start: 0, end: 0, quote: "" },
    };
    const [finding] = auditPlan(plan([], { facts, claims: [claim] }));
    expect(finding!.message.zh).toBe("“增长8.5%”与所述数值不符: 2015年100到2020年108.9增长8.9%。");
    expect(finding!.message.en).toContain("is a rise of 8.9%");
  });
});
