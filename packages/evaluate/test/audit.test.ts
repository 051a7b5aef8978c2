import { Finding } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { auditPlan } from "../src/index.js";
import { loadPlan } from "./load-fixture.js";
import { plan, target } from "./builders.js";

const liaoning = () => loadPlan("liaoning.plan.json", "002_6eb086e07f75e31e");

describe("auditPlan on 辽宁", () => {
  const findings = auditPlan(liaoning());
  it("every finding is a valid schema Finding", () => {
    for (const finding of findings) expect(Finding.parse(finding)).toEqual(finding);
  });
  it("增长3.6倍 for 1356 → 4872 (×3.59): the strict reading ×4.6 does not hold, the loose one does", () => {
    const claims = findings.filter((finding) => finding.code === "growth-claim-mismatch");
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim!.severity).toBe("warning");
    expect(claim!.figures).toMatchObject({
      fromValue: "1356",
      toValue: "4872",
      strictMultiple: "4.6",
      looseMultiple: "3.6",
    });
    expect(claim!.figures.actualMultiple!.slice(0, 8)).toBe("3.592920");
    expect(claim!.spans.map((span) => span.quote)).toEqual(["增长3.6倍", "1356件", "4872件"]);
    expect(claim!.message.zh).toContain("严格读作增长3.6倍(即4.6倍)不成立");
  });
  it("1.2万人 包括 2000 + 700: the parts stay within the total, no finding", () => {
    expect(findings.filter((finding) => finding.code === "parts-exceed-total")).toEqual([]);
  });
});

describe("each finding", () => {
  it("parts that exceed their total: an error under a cap, a warning under a floor", () => {
    const total = target("level", { id: "total", value: "1000", comparator: "<=" });
    const parts = [
      target("level", { id: "a", value: "700", partOf: "total" }),
      target("level", { id: "b", value: "400", partOf: "total" }),
    ];
    const [finding] = auditPlan(plan([total, ...parts]));
    expect(finding).toMatchObject({
      code: "parts-exceed-total",
      severity: "error",
      targetIds: ["total", "a", "b"],
      figures: { total: "1000", partsSum: "1100", excess: "100" },
    });
    const floor = auditPlan(plan([{ ...total, comparator: ">=" }, ...parts]));
    expect(floor[0]?.severity).toBe("warning");
  });
  it("parts in 万 against a total in units are converted first", () => {
    const total = target("level", {
      id: "total",
      value: "12000",
      comparator: "~",
      unit: { base: "人", multiplier: 4 },
    });
    const part = target("level", {
      id: "a",
      value: "1.3",
      partOf: "total",
      unit: { base: "万人", multiplier: 0 },
    });
    expect(auditPlan(plan([total, part]))[0]?.figures.partsSum).toBe("13000");
  });
  it("a restatement that changed: 0.6件 then 超过0.6件", () => {
    const first = target("level", {
      id: "first",
      value: "0.6",
      comparator: "=",
      restatedBy: ["second"],
      source: { document: "001", start: 10, end: 14, quote: "0.6件" },
    });
    const second = target("level", {
      id: "second",
      value: "0.6",
      comparator: ">",
      restates: "first",
      source: { document: "001", start: 100, end: 106, quote: "超过0.6件" },
    });
    const findings = auditPlan(plan([first, second]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "restatement-changed",
      severity: "warning",
      targetIds: ["first", "second"],
    });
    expect(findings[0]!.message.zh).toBe("同一目标前后表述不一致: “0.6件”与“超过0.6件”(comparator)。");
    expect(auditPlan(plan([first, { ...second, comparator: "=" }]))).toEqual([]);
  });
  it("a range with low above high, and a base year after the target year", () => {
    const inverted = target("range", { id: "r", value: "5", valueHigh: "2" });
    const late = target("level", { id: "l", base: { year: 2026, value: "10" } });
    const codes = auditPlan(plan([inverted, late])).map((finding) => [finding.code, finding.severity]);
    expect(codes).toEqual([
      ["range-inverted", "error"],
      ["base-after-target", "error"],
    ]);
  });
  it("cumulative milestones that cannot grow at the stated rate even allowing for rounding", () => {
    const rate = target("growth-rate", {
      id: "rate",
      indicator: { id: "applications", name: "申请量" },
      value: "10",
      unitAsWritten: "%",
    });
    const totals = [
      ["c2010", 2010, "10000"],
      ["c2015", 2015, "20000"],
      ["c2020", 2020, "25000"],
    ].map(([id, year, value]) =>
      target("cumulative", {
        id: id as string,
        indicator: { id: "applications", name: "累计申请量" },
        targetYear: year as number,
        value: value as string,
        comparator: "=",
      }),
    );
    const findings = auditPlan(plan([rate, ...totals]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "cumulative-inconsistent",
      severity: "warning",
      targetIds: ["rate", "c2010", "c2015", "c2020"],
    });
    // Windows of 10000 then 5000 flows: falling flows, about −13% a year.
    expect(Number(findings[0]!.figures.impliedRate)).toBeCloseTo(-0.129449, 5);
  });
  it("a rate for one sector (装备制造业) is not checked against the region's totals", () => {
    const sector = target("growth-rate", {
      id: "sector",
      indicator: { id: "applications", name: "装备制造业专利申请量" },
      value: "30",
      unitAsWritten: "%",
      scope: { entity: "装备制造业" },
    });
    const totals = [
      ["c2010", 2010, "22000"],
      ["c2015", 2015, "35000"],
      ["c2020", 2020, "56000"],
    ].map(([id, year, value]) =>
      target("cumulative", {
        id: id as string,
        indicator: { id: "applications", name: "累计申请量" },
        targetYear: year as number,
        value: value as string,
      }),
    );
    expect(auditPlan(plan([sector, ...totals]))).toEqual([]);
    expect(auditPlan(plan([{ ...sector, scope: undefined }, ...totals]))[0]?.code).toBe(
      "cumulative-inconsistent",
    );
  });
  it("a running total that falls is an error", () => {
    const totals = [
      ["c1", 2020, "5000"],
      ["c2", 2025, "4000"],
    ].map(([id, year, value]) =>
      target("cumulative", { id: id as string, targetYear: year as number, value: value as string }),
    );
    const [finding] = auditPlan(plan(totals));
    expect(finding).toMatchObject({
      code: "cumulative-inconsistent",
      severity: "error",
      targetIds: ["c1", "c2"],
    });
  });
  it("milestones under a cap: growing faster than 年均增长不超过3%", () => {
    const cap = target("growth-rate", { id: "cap", value: "3", comparator: "<=", unitAsWritten: "%" });
    const milestones = [
      target("level", { id: "m1", targetYear: 2021, value: "100" }),
      target("level", { id: "m2", targetYear: 2025, value: "120" }),
    ];
    const [finding] = auditPlan(plan([cap, ...milestones]));
    expect(finding?.code).toBe("milestone-rate-contradiction");
    expect(finding?.message.en).toContain("above the stated 3% a year");
  });
  it("a clean plan has no findings", () => {
    expect(auditPlan(plan([target("level"), target("qualitative", { id: "q" })]))).toEqual([]);
  });
});
