import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nationalPlan, nationalPlanText } from "@guihua/dataset";
import { safeParsePlan, type Target } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { extractPlan } from "../src/index.js";

/**
 * Documents in styles the seeds do not have, written for these tests (test/fixtures), and the one
 * sentence of the national 纲要 the dataset holds. They check that the rules are general, not fitted.
 */
function read(name: string) {
  const text = readFileSync(join(import.meta.dirname, "fixtures", `${name}.txt`), "utf8");
  const result = extractPlan(text, { document: name });
  expect(safeParsePlan(result.plan, { text }).success).toBe(true);
  return result;
}

function row(target: Target): string {
  const comparator = "comparator" in target ? target.comparator : "";
  const value = "value" in target ? (target.value ?? "") : "";
  return `${target.kind} ${comparator} ${value} ${target.targetYear} ${target.targetYearBasis}`;
}

describe("other styles", () => {
  it("a government work report: this year's targets, last year's facts", () => {
    const { plan } = read("work-report");
    expect(plan).toMatchObject({
      documentType: "work-report",
      issued: "2024-01-20",
      region: { name: "某某市" },
      period: { start: 2024, end: 2024 },
    });
    expect(plan.targets.slice(0, 7).map(row)).toEqual([
      "growth-rate ~ 5.5 2024 document-year",
      "growth-rate = 5 2024 document-year",
      "increment >= 110000 2024 document-year",
      "share <= 5.5 2024 document-year",
      "growth-rate ~ 3 2024 document-year",
      "level >= 1500000 2024 document-year",
      "total-growth ~ 2.5 2024 document-year",
    ]);
    expect(plan.targets[6]?.direction).toBe("decrease");
    expect(plan.facts.map((fact) => [fact.value, fact.period])).toContainEqual([
      "502000000000",
      { year: 2023 },
    ]);
  });

  it("a five-year plan with a 单位 column and shares", () => {
    const { plan } = read("five-year-plan");
    const rows = plan.targets.map(row);
    expect(rows).toContain("share >= 90 2025 context");
    expect(rows).toContain("total-growth = 18 2025 context");
    expect(rows).toContain("share ~ 20 2025 context");
    const table = plan.targets.filter((target) => target.table !== undefined);
    expect(table.map(row)).toEqual([
      "share = 90 2025 explicit",
      "share = 85 2025 explicit",
      "share = 93 2025 explicit",
    ]);
    expect(table[0]).toMatchObject({ attribute: "binding", base: { year: 2020, value: "87.5" } });
    // Not targets: a specification (35蒸吨/小时以下), a threshold (排放量超过100吨的企业), a hotline.
    expect(plan.targets.some((target) => /蒸吨|12369|100吨/.test(target.source.quote))).toBe(false);
  });

  it("an action plan with 指标:数值 lists under a year that introduces them", () => {
    const { plan } = read("action-plan");
    expect(plan.targets.slice(0, 3).map((target) => [target.indicator.name, row(target)])).toEqual([
      ["高校和科研机构专利产业化率", "share >= 20 2025 context"],
      ["专利密集型产业增加值占地区生产总值比重", "share = 15 2025 context"],
      ["专利转让许可次数", "growth-rate ~ 15 2025 context"],
    ]);
    expect(plan.targets.map(row)).toContain("cumulative = 500 2025 explicit");
    // 给予一次性奖励50万元 is a policy parameter.
    expect(plan.targets.some((target) => target.source.quote.includes("奖励"))).toBe(false);
  });

  it("a county plan with Chinese numerals, a period term and a threshold before a count", () => {
    const { plan } = read("county-plan");
    expect(plan.targets.map(row)).toEqual([
      "level = 200 2025 period-term",
      "level > 50000000000 2025 period-term",
      "growth-rate >= 9 2025 period-term",
      "level = 10 2025 period-term",
      "share = 2.5 2025 period-term",
    ]);
    expect(plan.targets[0]?.hedge).toBe("力争");
    expect(plan.targets[3]?.indicator.name).toBe("培育产值超十亿元企业");
    expect(plan.facts.map((fact) => [fact.value, fact.period])).toEqual([
      ["120", { year: 2015 }],
      ["168", { year: 2020 }],
      ["32000000000", { year: 2020 }],
    ]);
  });

  it("a scraped page: chrome, a repeated paragraph and a project's specification are left out", () => {
    const { plan, issues } = read("scraped-page");
    expect(plan.title).toBe("某某县“十四五”文化和旅游发展规划");
    expect(plan.targets.map(row)).toEqual([
      "level = 10000000 2025 explicit",
      "level > 10000000000 2025 explicit",
      "increment = 3 2025 explicit",
    ]);
    expect(issues.map((issue) => issue.code)).toContain("repeated-paragraph");
    expect(plan.facts.map((fact) => fact.value)).toEqual(["6500000", "5800000000"]);
  });

  it("the national 纲要's 2025 sentence, against the dataset's curated targets", () => {
    const { plan } = extractPlan(`知识产权强国建设纲要(2021—2035年)\n${nationalPlanText}`);
    const offset = "知识产权强国建设纲要(2021—2035年)\n".length;
    const found = plan.targets.map((target) => [
      target.source.start - offset,
      "value" in target ? target.value : undefined,
    ]);
    for (const expected of nationalPlan.targets) {
      if (!("value" in expected) || expected.value === undefined) continue;
      const match = plan.targets.find(
        (target) =>
          "value" in target &&
          target.value === expected.value &&
          target.source.end - offset > expected.source.start &&
          target.source.start - offset < expected.source.end,
      );
      expect(match, `${expected.source.quote} in ${JSON.stringify(found)}`).toBeDefined();
      expect(match?.kind).toBe(expected.kind);
      expect(match?.targetYear).toBe(2025);
    }
  });
});
