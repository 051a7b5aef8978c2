import { safeParsePlan } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { extractPlan } from "./extract-plan.js";

const PLAN = [
  "某某市知识产权“十四五”规划",
  "一、发展基础",
  "“十三五”期间,全市有效发明专利达到3000件,比2015年增长50%。",
  "二、发展目标",
  "到2025年,全市有效发明专利达到5000件,高价值发明专利年均增长10%以上,力争知识产权质押融资金额超过1.5亿元。",
  "表1 主要指标",
  "指标",
  "2020年",
  "2025年",
  "属性",
  "有效发明专利",
  "3000件",
  "5000件",
  "预期性",
].join("\n");

describe("extractPlan", () => {
  it("returns a plan valid under the schema with metadata, targets, facts and claims", () => {
    const { plan, issues } = extractPlan(PLAN, { document: "example" });
    expect(safeParsePlan(plan, { text: PLAN }).success).toBe(true);
    expect(plan).toMatchObject({
      id: "example",
      title: "某某市知识产权“十四五”规划",
      region: { name: "某某市", level: "prefecture" },
      period: { start: 2021, end: 2025 },
      script: "simplified",
    });
    expect(plan.targets.map((target) => target.kind)).toEqual(["level", "growth-rate", "level", "level"]);
    expect(plan.targets[3]).toMatchObject({
      table: { column: "2025年" },
      attribute: "expected",
      restates: "t1",
    });
    expect(plan.facts.map((fact) => fact.value)).toEqual(["3000", "3000"]);
    expect(plan.claims?.[0]).toMatchObject({ fromYear: 2015, toYear: 2020, value: "50" });
    expect(issues).toEqual([]);
  });

  it("keeps references between targets on the final ids", () => {
    const text =
      "某市知识产权规划(2021-2025年)\n二、发展目标\n到2025年,有效发明专利达到5000件,其中高价值发明专利1000件;专利申请量和授权量年均增长10%。";
    const { plan } = extractPlan(text);
    const ids = new Set(plan.targets.map((target) => target.id));
    const references = plan.targets.flatMap((target) => [
      ...(target.partOf ? [target.partOf] : []),
      ...(target.ambiguities ?? []).flatMap((ambiguity) => ambiguity.relatedTargets ?? []),
    ]);
    expect(references.length).toBeGreaterThanOrEqual(3);
    for (const reference of references) expect(ids.has(reference)).toBe(true);
  });

  it("keeps goals without a number as qualitative targets when asked", () => {
    const text =
      "某市知识产权规划(2021-2025年)\n二、发展目标\n到2025年,知识产权制度体系更加完善,有效发明专利达到5000件。";
    expect(extractPlan(text).plan.targets.map((target) => target.kind)).toEqual(["level"]);
    const { plan } = extractPlan(text, { qualitative: true });
    expect(plan.targets.map((target) => target.kind)).toEqual(["qualitative", "level"]);
    expect(plan.targets[0]).toMatchObject({ text: "知识产权制度体系更加完善", targetYear: 2025 });
    expect(safeParsePlan(plan, { text }).success).toBe(true);
  });

  it("reports problems with line and column", () => {
    const { issues } = extractPlan("到2025年,有效发明专利达到5000件。");
    expect(issues.map((issue) => issue.code).sort()).toEqual(["no-period", "no-title"]);
    expect(issues[0]).toMatchObject({ line: 1, column: 1 });
  });

  it("never throws, whatever it is given", () => {
    for (const input of [
      "",
      "\u0000",
      "万万万万",
      "到到到到",
      "(((((",
      "《《《",
      "1".repeat(5000),
      undefined as unknown as string,
      42 as unknown as string,
    ]) {
      const { plan } = extractPlan(input);
      expect(plan.schemaVersion).toBe("1.0");
    }
  });

  it("marks traditional text and keeps spans on the original", () => {
    const text = "鞍山市知識產權戰略綱要\n二、發展目標\n到2020年,注冊商標總量達到8611件。";
    const { plan } = extractPlan(text);
    expect(plan.script).toBe("traditional");
    expect(plan.targets[0]?.source.quote).toBe("注冊商標總量達到8611件");
    expect(safeParsePlan(plan, { text }).success).toBe(true);
  });
});
