import { describe, expect, it } from "vitest";
import { EvaluateError, evaluateTarget, safeEvaluateTarget } from "../src/index.js";
import { observation, series, target } from "./builders.js";

const level = target("level", { value: "20000", base: { year: 2020, value: "15100" } });
const clean = series(2021, ["16000", "16800"]);
const verdict = evaluateTarget(level, clean, { asOf: "2022-12-31" });

describe("observations that do not belong", () => {
  it("another indicator is ignored with an issue, not mixed in", () => {
    const evaluation = evaluateTarget(
      level,
      [...clean, observation(2022, "99999", { indicator: { name: "有效发明专利总量" } })],
      { asOf: "2022-12-31" },
    );
    expect(evaluation.figures).toEqual(verdict.figures);
    expect(evaluation.issues).toContainEqual({
      code: "other-indicator-ignored",
      message: "ignored observations of other indicators: 有效发明专利总量",
    });
  });
  it("another region is ignored with an issue", () => {
    const evaluation = evaluateTarget(level, [...clean, observation(2022, "50000", { region: "大连市" })], {
      asOf: "2022-12-31",
      region: "沈阳",
    });
    expect(evaluation.figures).toEqual(verdict.figures);
    expect(evaluation.issues?.map((issue) => issue.code)).toEqual(["other-region-ignored"]);
  });
  it("observations after the as-of date are not used", () => {
    const evaluation = evaluateTarget(level, [...clean, observation(2023, "25000")], { asOf: "2022-12-31" });
    expect(evaluation.status).toBe("acceleration-needed");
    expect(evaluation.issues?.[0]?.code).toBe("after-as-of-ignored");
  });
});

describe("units", () => {
  it("万件 against 件 is resolved through the multiplier: 1.68万件 is 16800件", () => {
    const tenThousands = observation(2022, "1.68", {
      unit: { asWritten: "万件", base: "万件", multiplier: 0 },
    });
    const evaluation = evaluateTarget(level, [clean[0]!, tenThousands], { asOf: "2022-12-31" });
    expect(evaluation.figures).toEqual(verdict.figures);
    expect(evaluation.issues).toContainEqual({
      code: "unit-converted",
      message: "converted through the unit multiplier: 万件 → 件 ×10^4",
    });
  });
  it("a value already in the base unit with a 万 multiplier needs no conversion", () => {
    const written = observation(2022, "16800", { unit: { asWritten: "万件", base: "件", multiplier: 4 } });
    expect(evaluateTarget(level, [clean[0]!, written], { asOf: "2022-12-31" }).figures).toEqual(
      verdict.figures,
    );
  });
  it("a unit that cannot be converted is reported and left out", () => {
    const money = observation(2022, "16800", { unit: { asWritten: "元", base: "元", multiplier: 0 } });
    const evaluation = evaluateTarget(level, [clean[0]!, money], { asOf: "2022-12-31" });
    expect(evaluation.figures.latestValue).toBe("16000");
    expect(evaluation.issues?.[0]).toEqual({
      code: "unit-mismatch-ignored",
      message: "ignored observations whose unit cannot be converted to 件: 2022-12-31 (元)",
    });
  });
});

describe("duplicate years", () => {
  it("identical values merge; differing values keep the revised one and say so", () => {
    const same = evaluateTarget(level, [...clean, observation(2022, "16800")], { asOf: "2022-12-31" });
    expect(same.figures).toEqual(verdict.figures);
    expect(same.issues).toEqual([
      { code: "duplicate-period", message: "2022: identical observations merged" },
    ]);
    const revised = evaluateTarget(level, [...clean, observation(2022, "16900", { status: "revised" })], {
      asOf: "2022-12-31",
    });
    expect(revised.figures.latestValue).toBe("16900");
    expect(revised.issues).toEqual([
      {
        code: "duplicate-period",
        message: "2022: observations differ (16800, 16900); kept 16900 (status revised)",
      },
    ]);
  });
  it("a later publication wins among equals", () => {
    const later = observation(2022, "16700", { vintage: { source: "统计公报", publishedOn: "2023-03-01" } });
    const earlier = observation(2022, "16800", { vintage: { source: "快报", publishedOn: "2023-01-15" } });
    expect(
      evaluateTarget(level, [clean[0]!, later, earlier], { asOf: "2022-12-31" }).figures.latestValue,
    ).toBe("16700");
  });
});

describe("dates", () => {
  it("an as-of date before the base year is an error with a clear message", () => {
    expect(() => evaluateTarget(level, clean, { asOf: "2019-06-30" })).toThrowErrorMatchingInlineSnapshot(
      `[EvaluateError: target level-1: the as-of date 2019-06-30 is before its base year 2020; nothing can be judged before the base]`,
    );
    const result = safeEvaluateTarget(level, clean, { asOf: "2019-06-30" });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe("GUIHUA_EVALUATE_AS_OF_BEFORE_BASE");
  });
  it("an invalid as-of date", () => {
    expect(() => evaluateTarget(level, clean, { asOf: "2023-02-30" })).toThrow(EvaluateError);
    expect(() => evaluateTarget(level, clean, { asOf: "end of 2023" })).toThrowErrorMatchingInlineSnapshot(
      `[EvaluateError: asOf must be an ISO date YYYY-MM-DD, got "end of 2023"]`,
    );
  });
  it("mid-year readings sit at fractional years: 截至2022年6月 is half a year after 2021", () => {
    const evaluation = evaluateTarget(level, [observation("2022-06-30", "16400")], { asOf: "2022-06-30" });
    // 1.5 years from the end of 2020: (16400 / 15100)^(1/1.5) − 1.
    expect(Number(evaluation.figures.actualRate)).toBeCloseTo(
      (16400 / 15100) ** (1 / (1 + 181 / 365)) - 1,
      12,
    );
  });
  it("the as-of date defaults to the latest observation", () => {
    expect(evaluateTarget(level, clean).asOf).toBe("2022-12-31");
  });
  it("the target year passed without an observation: judged on the trend, and said so", () => {
    const evaluation = evaluateTarget(level, clean, { asOf: "2026-06-30" });
    expect(evaluation.status).toBe("acceleration-needed");
    expect(evaluation.issues?.map((issue) => issue.code)).toContain("target-year-not-observed");
  });
});

describe("running totals and entities", () => {
  it("a running total (累计…, even without a start year) is not a yearly flow of a per-year target", () => {
    const perYear = target("per-year", {
      indicator: { id: "applications", name: "专利申请量" },
      value: "300",
      aggregate: "mean",
      period: { start: 2006, end: 2010 },
    });
    const total = observation(2008, "18000", { indicator: { id: "applications", name: "累计申请专利" } });
    const evaluation = evaluateTarget(
      perYear,
      [total, observation(2007, "310", { indicator: { id: "applications", name: "专利申请量" } })],
      {
        asOf: "2008-12-31",
      },
    );
    expect(evaluation.figures.yearsObserved).toBe("1");
    expect(evaluation.issues?.map((issue) => issue.code)).toContain("running-total-ignored");
  });
  it("a target about an entity (鞍钢) ignores the region's observations", () => {
    const company = target("level", {
      value: "500",
      scope: { entity: "鞍钢" },
      base: { year: 2020, value: "300" },
    });
    const evaluation = evaluateTarget(
      company,
      [observation(2022, "9000", { region: "鞍山市" }), observation(2022, "420", { region: "鞍钢" })],
      {
        asOf: "2022-12-31",
      },
    );
    expect(evaluation.figures.latestValue).toBe("420");
    expect(evaluation.issues?.[0]?.code).toBe("other-region-ignored");
  });
});

describe("malformed input", () => {
  it("is a typed error, not a crash deep inside the arithmetic", () => {
    const broken = { ...level, value: 20000 } as unknown as typeof level;
    expect(() => evaluateTarget(broken, clean)).toThrowErrorMatchingInlineSnapshot(
      `[EvaluateError: target.value (target level-1): must be a decimal string such as "30.96", got 20000]`,
    );
    expect(() => evaluateTarget({ kind: "goal" } as never, clean)).toThrowErrorMatchingInlineSnapshot(
      `[EvaluateError: target.kind: must be one of level, range, growth-rate, total-growth, multiple, increment, cumulative, per-year, share, comparative, qualitative, got "goal"]`,
    );
    const result = safeEvaluateTarget(level, "2022" as never);
    expect(result.success === false && result.error.code).toBe("GUIHUA_EVALUATE_INVALID_INPUT");
  });
});

describe("errors", () => {
  it("an EvaluateError from the float entry is an EvaluateError of the default entry (they are bundled apart)", async () => {
    const float = await import("../src/float.js");
    const caught = (() => {
      try {
        float.evaluateTarget(level, clean, { asOf: "2019-01-01" });
      } catch (error) {
        return error;
      }
    })();
    expect(caught).toBeInstanceOf(EvaluateError);
    expect(caught).toBeInstanceOf(float.EvaluateError);
    expect(new Error("x")).not.toBeInstanceOf(EvaluateError);
  });
});
