import type { Plan } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { Evaluation } from "@guihua/schema";
import { evaluatePlan, evaluateTarget, safeEvaluatePlan } from "../src/index.js";
import { observation, target } from "./builders.js";

const plan: Plan = {
  schemaVersion: "1.0",
  id: "shenyang",
  title: "沈阳市知识产权强市实施方案",
  region: { name: "沈阳市", level: "prefecture" },
  period: { start: 2021, end: 2025 },
  script: "simplified",
  basedOn: [],
  targets: [
    target("level", { id: "a", attribute: "binding", value: "20000", base: { year: 2020, value: "15100" } }),
    target("level", {
      id: "b",
      attribute: "expected",
      indicator: { id: "pct", name: "PCT国际专利申请量" },
      value: "300",
      base: { year: 2020, value: "200" },
    }),
    target("qualitative", { id: "c", attribute: "expected" }),
  ],
  facts: [observation(2021, "16000")],
};

describe("evaluatePlan", () => {
  it("a scorecard: every evaluation, counts by status and by attribute; plan facts included", () => {
    const pct = { id: "pct", name: "PCT申请" };
    const scorecard = evaluatePlan(
      plan,
      [observation(2022, "20500"), observation(2022, "250", { indicator: pct })],
      {
        asOf: "2022-12-31",
      },
    );
    expect(scorecard.evaluations.map((evaluation) => [evaluation.targetId, evaluation.status])).toEqual([
      ["a", "achieved"],
      ["b", "on-track"],
      ["c", "not-evaluable"],
    ]);
    expect(scorecard.total).toBe(3);
    expect(scorecard.counts).toMatchObject({
      achieved: 1,
      "on-track": 1,
      "not-evaluable": 1,
      "not-achieved": 0,
    });
    expect(scorecard.byAttribute.binding.achieved).toBe(1);
    expect(scorecard.byAttribute.expected).toMatchObject({ "on-track": 1, "not-evaluable": 1 });
    expect(scorecard.method.id).toBe("statcan");
    // Observations are grouped by indicator: no target reports another's series as noise.
    expect(scorecard.evaluations.every((evaluation) => evaluation.issues === undefined)).toBe(true);
  });
  it("the plan's region filters observations of other regions", () => {
    const scorecard = evaluatePlan(plan, [observation(2022, "50000", { region: "大连市" })], {
      asOf: "2022-12-31",
    });
    const first = scorecard.evaluations[0]!;
    expect(first.figures.latestValue).toBe("16000");
    expect(first.issues?.[0]?.code).toBe("other-region-ignored");
  });
  it("plan facts can be left out; the as-of date defaults to the latest observation", () => {
    const scorecard = evaluatePlan(plan, [], { includePlanFacts: false });
    expect(scorecard.asOf).toBe("2025-12-31");
    expect(scorecard.counts["insufficient-data"]).toBe(2);
    expect(evaluatePlan(plan).asOf).toBe("2021-12-31");
  });
  it("errors come back as data from the safe twin", () => {
    const result = safeEvaluatePlan(plan, [], { asOf: "2019" });
    expect(result).toEqual({
      success: false,
      error: {
        code: "GUIHUA_EVALUATE_INVALID_AS_OF",
        message: 'asOf must be an ISO date YYYY-MM-DD, got "2019"',
      },
    });
    // An as-of date before a target's base year is not an error in a plan: that target is not-evaluable.
    const early = safeEvaluatePlan(plan, [], { asOf: "2019-01-01" });
    expect(early.success && early.data.counts["not-evaluable"]).toBe(3);
  });
  it("scorecard evaluations are plain data, identical to evaluateTarget and surviving spread and structuredClone", () => {
    const scorecard = evaluatePlan(plan, [observation(2022, "16800")], { asOf: "2022-12-31" });
    const evaluation = scorecard.evaluations[0]!;
    const single = evaluateTarget(plan.targets[0]!, [...plan.facts, observation(2022, "16800")], {
      asOf: "2022-12-31",
      region: "沈阳市",
    });
    expect(Object.keys(single)).toContain("figures");
    expect(evaluation).toEqual(single);
    expect(Object.getPrototypeOf(evaluation)).toBe(Object.prototype);
    for (const key of ["figures", "explanation", "schedule", "precision"])
      expect(Object.getOwnPropertyDescriptor(evaluation, key)).toHaveProperty("value");
    expect({ ...evaluation }).toEqual(single);
    expect(structuredClone(evaluation)).toEqual(single);
    expect(JSON.parse(JSON.stringify(evaluation))).toEqual(single);
    expect(Evaluation.parse(structuredClone(evaluation))).toEqual(single);
    expect(evaluation.schedule).toBeDefined();
    expect(evaluation.explanation.zh).toContain("2022年为16800");
  });
});
