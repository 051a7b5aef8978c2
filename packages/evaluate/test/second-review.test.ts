// Defects found by the second review of the package against issue 5, each with the case that showed it.
import { describe, expect, it } from "vitest";
import {
  auditPlan,
  evaluatePlan,
  evaluateTarget,
  safeEvaluatePlan,
  safeEvaluateTarget,
} from "../src/index.js";
import { evaluateTarget as evaluateFloat } from "../src/float.js";
import { observation, plan, series, target, tonnes } from "./builders.js";

const fall = {
  indicator: { name: "有效注册商标总量" },
  direction: "decrease",
  unitAsWritten: "%",
  unit: { base: "%", multiplier: 0 },
  base: { year: 2020, value: "20", unit: { base: "吨", multiplier: 0 } },
} as const;

describe("a stated fall with a bound (下降15%以上) bounds the level from above", () => {
  const total = target("total-growth", { ...fall, comparator: ">=", value: "15", valueAsWritten: "15" });
  const rate = target("growth-rate", { ...fall, comparator: ">=", value: "5", valueAsWritten: "5" });
  const increment = target("increment", {
    ...fall,
    comparator: ">=",
    value: "3",
    valueAsWritten: "3",
    unitAsWritten: "吨",
    unit: { base: "吨", multiplier: 0 },
    base: { year: 2020, value: "20" },
  });
  const rising = series(2021, ["21", "21.5", "22", "22", "22"], tonnes);
  const falling = series(2021, ["19", "18", "17", "16", "15.4"], tonnes);

  it.each([
    ["total-growth", total],
    ["growth-rate", rate],
    ["increment", increment],
  ] as const)("%s: a rising value is not achieved, a fall beyond the bound is", (_, goal) => {
    for (const evaluate of [evaluateTarget, evaluateFloat]) {
      expect(evaluate(goal, rising, { asOf: "2025-12-31" }).status).toBe("not-achieved");
      expect(evaluate(goal, rising.slice(0, 2), { asOf: "2022-12-31" }).status).toBe("deteriorating");
      expect(evaluate(goal, falling, { asOf: "2025-12-31" }).status).toBe("achieved");
    }
  });

  it("a bound on the size of a rise is unchanged: 增长15%以上 from 20 needs at least 23", () => {
    const rise = target("total-growth", { ...fall, direction: "increase", comparator: ">=", value: "15" });
    expect(evaluateTarget(rise, series(2021, ["21", "22", "22.5", "22.9", "23"], tonnes)).status).toBe(
      "achieved",
    );
    expect(evaluateTarget(rise, series(2021, ["21", "22", "22.5", "22.9", "22.99"], tonnes)).status).toBe(
      "not-achieved",
    );
  });
});

describe("malformed input is a typed error with its JSON path, in both modes, never a crash or a silent verdict", () => {
  const level = target("level", { value: "20000", base: { year: 2020, value: "15000" } });
  const data = series(2021, ["16000", "16800"]);
  const cases: [string, unknown, unknown, string][] = [
    ["a target without indicator", { ...level, indicator: undefined }, data, "target.indicator.name"],
    ["a base without a year", { ...level, base: { value: "15000" } }, data, "target.base.year"],
    ["a target year as a string", { ...level, targetYear: "2025" }, data, "target.targetYear"],
    ["a range without its high end", target("range", { value: "3" }), data, "target.valueHigh"],
    [
      "a comparative without a benchmark",
      { ...target("comparative"), benchmark: undefined },
      data,
      "target.benchmark",
    ],
    ["a null observation", level, [null], "observations[0]"],
    [
      "an observation without a period",
      level,
      [{ ...observation(2021, "1"), period: undefined }],
      "observations[0].period",
    ],
    [
      "a value that is not a decimal",
      level,
      [observation(2021, "1"), observation(2022, "abc")],
      "observations[1].value",
    ],
    [
      "an observation without a unit",
      level,
      [{ ...observation(2021, "1"), unit: undefined }],
      "observations[0].unit",
    ],
    [
      "an observation without a region",
      level,
      [{ ...observation(2021, "1"), region: undefined }],
      "observations[0].region",
    ],
  ];
  it.each(cases)("%s", (_, goal, observations, path) => {
    for (const evaluate of [evaluateTarget, evaluateFloat]) {
      expect(() => evaluate(goal as never, observations as never)).toThrow(
        expect.objectContaining({
          code: "GUIHUA_EVALUATE_INVALID_INPUT",
          message: expect.stringContaining(path),
        }),
      );
    }
    const safe = safeEvaluateTarget(goal as never, observations as never);
    expect(safe.success === false && safe.error.code).toBe("GUIHUA_EVALUATE_INVALID_INPUT");
  });

  const testPlan = plan([level]);
  it("plans: the path names the target or the observation", () => {
    const broken = { ...testPlan, targets: [level, { ...level, id: "b", value: 5 }] } as never;
    const result = safeEvaluatePlan(broken, data);
    expect(result.success === false && result.error.message).toBe(
      '$.targets[1].value (target b): must be a decimal string such as "30.96", got 5',
    );
    expect(() =>
      evaluatePlan(testPlan, [...data, { ...observation(2023, "1"), vintage: undefined }] as never),
    ).toThrow("observations[2].vintage");
    expect(() => evaluatePlan({ ...testPlan, region: undefined } as never, data)).toThrow("$.region.name");
    expect(() => auditPlan({ ...testPlan, targets: [null] } as never)).toThrow(
      "$.targets[0]: not a target object",
    );
    // A plan without facts has none: nothing is read from it.
    const { facts: _facts, ...withoutFacts } = testPlan;
    expect(evaluatePlan(withoutFacts as never, data).total).toBe(1);
  });
});

describe("regions: a bare name matches either level, two stated levels must agree", () => {
  const level = target("level", { value: "20000", base: { year: 2020, value: "15100" } });
  it("吉林省 is not 吉林市: the province's reading is ignored with an issue, not merged", () => {
    const city = series(2021, ["15900", "16800"], { region: "吉林市" });
    const province = observation(2022, "250000", { region: "吉林省", status: "revised" });
    const evaluation = evaluateTarget(level, [...city, province], { region: "吉林市" });
    expect(evaluation.figures.latestValue).toBe("16800");
    expect(evaluation.issues).toContainEqual(expect.objectContaining({ code: "other-region-ignored" }));
  });
  it("沈阳 and 沈阳市 are one place", () => {
    const evaluation = evaluateTarget(level, series(2021, ["15900", "16800"], { region: "沈阳" }), {
      region: "沈阳市",
    });
    expect(evaluation.figures.latestValue).toBe("16800");
    expect(evaluation.issues ?? []).not.toContainEqual(
      expect.objectContaining({ code: "other-region-ignored" }),
    );
  });
});

describe("audits of a falling indicator and of whole multiples", () => {
  const cycle = {
    indicator: { name: "发明专利审查周期" },
    direction: "decrease",
    unitAsWritten: "个月",
    unit: { base: "月", multiplier: 0 },
  } as const;
  const rate = target("growth-rate", {
    ...cycle,
    id: "rate",
    comparator: ">=",
    value: "5",
    valueAsWritten: "5",
    unitAsWritten: "%",
    unit: { base: "%", multiplier: 0 },
    base: { year: 2020, value: "20" },
  });
  const planOf = plan;
  it("年均下降5%以上 with 20 → 15.4 (a fall of 5.09% a year) is consistent; 20 → 17 is not", () => {
    const consistent = target("level", { ...cycle, id: "m", comparator: "<=", value: "15.4" });
    expect(auditPlan(planOf([consistent, rate]))).toEqual([]);
    const slow = target("level", { ...cycle, id: "m", comparator: "<=", value: "17" });
    const [finding] = auditPlan(planOf([slow, rate]));
    expect(finding).toMatchObject({ code: "milestone-rate-contradiction" });
    expect(finding!.message.zh).toContain("年均下降3.2%, 慢于所述年均下降5%");
  });
  it("增长1倍 and 2倍 for 100 → 250 (×2.5) do not hold; 增长1.5倍 does", () => {
    const facts = [observation(2015, "100"), observation(2020, "250")];
    const claim = (value: string, form: "times" | "multiple", written: string) => ({
      id: `c-${written}`,
      indicator: { name: "有效注册商标总量" },
      region: "沈阳市",
      fromYear: 2015,
      toYear: 2020,
      form,
      value,
      valueAsWritten: written,
      source: { document: "test", start: 0, end: 0, quote: "" },
    });
    const findings = auditPlan(
      planOf([], {
        facts,
        claims: [
          claim("1", "times", "增长1倍"),
          claim("2", "multiple", "2倍"),
          claim("1.5", "times", "增长1.5倍"),
        ],
      }),
    );
    expect(findings.map((finding) => finding.figures.statedValue)).toEqual(["1", "2"]);
  });
});

describe("a range is reached only between its ends", () => {
  const range = target("range", {
    value: "3",
    valueHigh: "5",
    valueAsWritten: "3~5",
    unitAsWritten: "个",
    unit: { base: "个", multiplier: 0 },
    base: { year: 2020, value: "1" },
  });
  const count = { unit: { asWritten: "个", base: "个", multiplier: 0 } } as const;
  it("already past the far end before the year: off-track, said so", () => {
    const evaluation = evaluateTarget(range, series(2021, ["4", "7"], count), { asOf: "2022-12-31" });
    expect(evaluation.status).toBe("off-track");
    expect(evaluation.issues).toContainEqual(expect.objectContaining({ code: "range-overshot" }));
    expect(evaluation.explanation.zh).toContain("评估: 进度滞后(已超出目标区间的上限)");
  });
  it("a projection past the far end is not 'reaching' the range", () => {
    const evaluation = evaluateTarget(range, series(2021, ["1.4", "2"], count), { asOf: "2022-12-31" });
    expect(evaluation.explanation.zh).toContain("可达5.66个, 超出目标区间3个~5个的上限");
    expect(evaluation.issues).toContainEqual(expect.objectContaining({ code: "range-overshoot-projected" }));
    expect(evaluation.explanation.en).toContain("beyond the target range 3个 to 5个");
  });
  it("past the far end at the target year: not achieved, and not a shortfall", () => {
    const evaluation = evaluateTarget(range, series(2021, ["2", "3", "5", "6", "7"], count));
    expect(evaluation.status).toBe("not-achieved");
    expect(evaluation.explanation.zh).toBe("2025年为7个, 超出目标区间3个~5个的上限。");
  });
});

describe("per-year, cumulative and share explanations", () => {
  const each = target("per-year", { value: "100", aggregate: "each", period: { start: 2021, end: 2025 } });
  it("per-year each at the end with a year unobserved: the missing year is named", () => {
    const flows = series(2021, ["120", "130", "140"]).concat(series(2025, ["150"]));
    const evaluation = evaluateTarget(each, flows, { asOf: "2025-12-31" });
    expect(evaluation.status).toBe("insufficient-data");
    expect(evaluation.explanation.zh).toContain("2024年没有数据");
    expect(evaluation.explanation.en).toContain("No data for 2024");
  });
  it("cumulative targets with three or more flows have an outlook from a straight-line fit", () => {
    const total = target("cumulative", { value: "1000", period: { start: 2021, end: 2025 } });
    const evaluation = evaluateTarget(total, series(2021, ["170", "180", "190", "200"]), {
      asOf: "2024-12-31",
    });
    expect(evaluation.outlook).toBeDefined();
    // Running totals 0 (2020), 170, 350, 540, 740: mean 360 at 2022, slope 1850 / 10 = 185, so 360 + 3 × 185.
    expect(evaluation.figures.trendValue).toBe("915");
    expect(evaluation.figures.trendChangePerYear).toBe("185");
    expect(evaluation.outlook!.probability).toBeLessThan(0.1);
  });
  it("a share's pace is in percentage points", () => {
    const share = target("share", {
      value: "50",
      unitAsWritten: "%",
      unit: { base: "%", multiplier: 0 },
      base: { year: 2020, value: "40" },
    });
    const percent = { unit: { asWritten: "%", base: "%", multiplier: 0 } } as const;
    const evaluation = evaluateTarget(share, series(2021, ["41.5", "43.5", "45"], percent));
    expect(evaluation.explanation.zh).toContain("年均变化1.67个百分点");
    expect(evaluation.explanation.zh).toContain("需年均2个百分点");
    expect(evaluation.explanation.en).toContain("changing by 1.67 percentage points a year");
  });
});

describe("smaller wording and bookkeeping fixes", () => {
  const level = target("level", { value: "20000", base: { year: 2020, value: "15100" } });
  it("a duplicate year kept for its later publication says so", () => {
    const early = observation(2022, "16800", { vintage: { source: "a", publishedOn: "2023-02-01" } });
    const late = observation(2022, "16900", { vintage: { source: "b", publishedOn: "2023-06-01" } });
    const evaluation = evaluateTarget(level, [observation(2021, "15900"), late, early]);
    expect(evaluation.issues).toContainEqual({
      code: "duplicate-period",
      message: "2022: observations differ (16900, 16800); kept 16900 (published later, 2023-06-01)",
    });
  });
  it("a cumulative period starting in 2021 counts from 2020: an as-of date in 2019 is before its base", () => {
    const total = target("cumulative", { value: "1000", period: { start: 2021, end: 2025 } });
    expect(() => evaluateTarget(total, series(2021, ["170"]), { asOf: "2019-12-31" })).toThrow(
      expect.objectContaining({ code: "GUIHUA_EVALUATE_AS_OF_BEFORE_BASE" }),
    );
  });
  it("a missed cap says how far above it the value is", () => {
    const cap = target("level", {
      value: "17",
      comparator: "<=",
      direction: "decrease",
      base: { year: 2020, value: "20" },
      unitAsWritten: "吨",
      unit: { base: "吨", multiplier: 0 },
    });
    const evaluation = evaluateTarget(cap, series(2021, ["21", "21.5", "22", "22", "22"], tonnes));
    expect(evaluation.status).toBe("not-achieved");
    expect(evaluation.explanation.zh).toContain("比目标高29.4%");
    expect(evaluation.explanation.en).toContain("29.4% above the target");
  });
  it("a met benchmark is named with its own year; a running total reads as English", () => {
    const comparative = target("comparative", {
      benchmark: { description: "全省平均水平", region: "辽宁省" },
    });
    const observations = [
      ...series(2020, ["3", "3.5", "4"]),
      ...series(2020, ["3.5", "3.7", "3.9"], { region: "辽宁省" }),
    ];
    const met = evaluateTarget(comparative, observations, { region: "沈阳市" });
    expect(met.explanation.zh).toContain("已达到比较基准(2022年为3.9)");
    const total = target("cumulative", { value: "1000", period: { start: 2021, end: 2025 } });
    const done = evaluateTarget(total, series(2021, ["400", "620"]));
    expect(done.explanation.en).toBe("The running total of 1020件 to 2022 meets the target 1000件.");
  });
});
