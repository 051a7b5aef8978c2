import { describe, expect, it } from "vitest";
import { auditPlan, evaluatePlan } from "../src/index.js";
import * as float from "../src/float.js";
import { loadPlan } from "./load-fixture.js";

const liaoning = () => loadPlan("liaoning.plan.json", "002_6eb086e07f75e31e");
const anshan = () => loadPlan("anshan.plan.json", "004_1a2eda50a7740b0f");

describe("辽宁 表1 (十三五 completion, from the document's own figures)", () => {
  for (const [mode, evaluate] of [
    ["exact", evaluatePlan],
    ["float", float.evaluatePlan],
  ] as const) {
    it(`${mode}: 4 achieved, 1 not-achieved (1429 of 1600: 89.3% of the target, 79.7% of the way from 757)`, () => {
      const plan = liaoning();
      const table1 = { ...plan, targets: plan.targets.filter((target) => target.priorPlan) };
      const scorecard = evaluate(table1, [], { asOf: "2021-12-31" });
      expect(scorecard.total).toBe(5);
      expect(scorecard.counts.achieved).toBe(4);
      expect(scorecard.counts["not-achieved"]).toBe(1);
      expect(scorecard.byAttribute.unspecified.achieved).toBe(4);
      const missed = scorecard.evaluations.find((evaluation) => evaluation.status === "not-achieved")!;
      expect(missed.targetId).toBe("liaoning-13fyp-t5");
      expect(Number(missed.figures.attainment).toFixed(3)).toBe("0.893");
      expect(Number(missed.figures.progress).toFixed(3)).toBe("0.797");
      expect(missed.figures.latestValue).toBe("1429");
      expect(missed.figures.baseValue).toBe("757");
      expect(missed.explanation.zh).toContain("为目标的89.3%");
      expect(missed.explanation.zh).toContain("79.7%");
      expect(missed.explanation.en).toContain("89.3% of the target");
    });
  }

  it("the exact figures are exact: 1429 / 1600 = 0.893125, (1429 − 757) / (1600 − 757) = 672 / 843", () => {
    const plan = liaoning();
    const scorecard = evaluatePlan(
      { ...plan, targets: plan.targets.filter((target) => target.priorPlan) },
      [],
      {
        asOf: "2021-12-31",
      },
    );
    const missed = scorecard.evaluations.find((evaluation) => evaluation.targetId === "liaoning-13fyp-t5")!;
    expect(missed.figures.attainment).toBe("0.893125");
    expect(missed.figures.progress).toBe("0.79715302491103202847");
    const met = scorecard.evaluations.find((evaluation) => evaluation.targetId === "liaoning-13fyp-t1")!;
    expect(met.status).toBe("achieved");
    expect(met.explanation.zh).toBe("2020年为10.98件, 已达到目标7.36件。");
  });
});

describe("鞍山 注册商标 7011 → 7811 → 8611 under 年均增长率保持在2%以上", () => {
  it("finds 2015–2020 at 1.97% a year, below the 2% floor (7811 × 1.02^5 = 8624 > 8611)", () => {
    const findings = auditPlan(anshan()).filter((finding) => finding.code === "milestone-rate-contradiction");
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe("warning");
    expect(finding!.figures.fromYear).toBe("2015");
    expect(finding!.figures.toYear).toBe("2020");
    expect(Number(finding!.figures.impliedRate).toFixed(4)).toBe("0.0197");
    expect(finding!.figures.statedRate).toBe("0.02");
    expect(finding!.figures.valueAtStatedRate).toBe("8623.9751537952");
    expect(finding!.targetIds).toEqual([
      "anshan-trademark-rate",
      "anshan-trademarks-2015",
      "anshan-trademarks-2020",
    ]);
    expect(finding!.spans.map((span) => span.quote)).toEqual([
      "注冊商標年均增長率保持在2%以上",
      "注冊商標總量達到7811件",
      "注冊商標總量達到8611件",
    ]);
    expect(finding!.message.zh).toContain("年均增长1.97%");
  });

  it("the 2010–2015 step (2.18% a year) passes, and the float audit agrees", () => {
    const floatFindings = float
      .auditPlan(anshan())
      .filter((finding) => finding.code === "milestone-rate-contradiction");
    expect(floatFindings.map((finding) => finding.figures.fromYear)).toEqual(["2015"]);
  });

  it("the cumulative applications 1.8万 → 2.2万 → 3.5万 → 5.6万 fit 10% a year within rounding: no finding", () => {
    expect(auditPlan(anshan()).filter((finding) => finding.code === "cumulative-inconsistent")).toEqual([]);
  });
});
