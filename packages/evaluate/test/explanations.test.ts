import { describe, expect, it } from "vitest";
import { evaluateTarget } from "../src/index.js";
import * as float from "../src/float.js";
import { observation, series, target } from "./builders.js";

// The explanation is written from the figures, in both languages, for every status.
describe("explanations", () => {
  const level = target("level", { value: "20000", base: { year: 2020, value: "15100" } });
  it("achieved", () => {
    const evaluation = evaluateTarget(level, [observation(2023, "20500")], { asOf: "2023-12-31" });
    expect(evaluation.explanation).toEqual({
      zh: "2023年为20500件, 已达到目标20000件。",
      en: "20500件 in 2023 meets the target 20000件.",
    });
  });
  it("not achieved, with the share of the target and of the way", () => {
    const evaluation = evaluateTarget(level, [observation(2025, "19000")], { asOf: "2025-12-31" });
    expect(evaluation.explanation).toEqual({
      zh: "2025年为19000件, 未达到目标20000件: 为目标的95%, 完成了从2020年15100件起所需进程的79.6%。",
      en: "19000件 in 2025 falls short of the target 20000件: 95% of the target and 79.6% of the way from 15100件 in 2020.",
    });
  });
  it("deteriorating", () => {
    const evaluation = evaluateTarget(level, series(2021, ["15000", "14800"]), { asOf: "2022-12-31" });
    expect(evaluation.explanation.zh).toContain("2020年以来年均下降1%");
    expect(evaluation.explanation.zh).toContain("评估: 反向变化");
    expect(evaluation.explanation.en).toContain("Verdict: moving the wrong way");
  });
  it("insufficient data, and the reason when the base is missing", () => {
    expect(evaluateTarget(level, [], { asOf: "2022-12-31" }).explanation.zh).toBe(
      "数据不足: 仅有1个观测值(含基期), 至少需要两个。",
    );
    const noBase = target("total-growth", { value: "20" });
    expect(evaluateTarget(noBase, [], { asOf: "2022-12-31" }).explanation).toEqual({
      zh: "数据不足: 没有基期值, 无法推算目标水平。",
      en: "Insufficient data: no base value, so the implied level is unknown.",
    });
  });
  it("values in 亿元 are shown as the plan wrote them", () => {
    const money = target("level", {
      value: "4986000000",
      valueAsWritten: "49.86",
      unitAsWritten: "亿元",
      unit: { base: "元", multiplier: 8 },
      base: { year: 2020, value: "3096000000" },
    });
    const yuan = { unit: { asWritten: "亿元", base: "元", multiplier: 8 } };
    const evaluation = evaluateTarget(money, [observation(2022, "3800000000", yuan)], { asOf: "2022-12-31" });
    expect(evaluation.explanation.zh).toMatch(
      /^2022年为38亿元, 2020年以来年均增长10\.79%, 按此推算2025年可达51\.\d+亿元, 达到目标49\.86亿元/,
    );
  });
  it("a hedge is carried", () => {
    const hedged = { ...level, hedge: "力争" };
    expect(
      evaluateTarget(hedged, [observation(2023, "20500")], { asOf: "2023-12-31" }).explanation.zh,
    ).toContain("(原文为“力争”, 属争取性表述。)");
  });
  it("float mode writes the same sentences", () => {
    const observations = series(2021, ["16000", "16800"]);
    expect(float.evaluateTarget(level, observations, { asOf: "2022-12-31" }).explanation).toEqual(
      evaluateTarget(level, observations, { asOf: "2022-12-31" }).explanation,
    );
  });
  it("per-year targets state the yearly requirement and the years that met it", () => {
    const each = target("per-year", {
      value: "100",
      aggregate: "each",
      period: { start: 2021, end: 2025 },
      unitAsWritten: "人次",
    });
    const evaluation = evaluateTarget(each, series(2021, ["120", "95", "130"]), { asOf: "2023-12-31" });
    // Judged year by year: the year that fell short is named and the verdict says why.
    expect(evaluation.explanation.zh).toBe(
      "每年100人次的要求: 已观测3年中2年达到, 年均115人次。未达到的年份: 2022年(95人次)。截至2023年累计345人次。评估: 进度滞后(有年份未达到每年要求)。",
    );
    expect(evaluation.explanation.en).toBe(
      "2 of 3 observed years met 100人次 a year, 115人次 a year on average. Short: 2022 (95人次). Running total to 2023: 345人次. Verdict: off track (a year fell short of the requirement).",
    );
  });
});
