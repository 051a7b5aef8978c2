import type { Finding, Plan } from "@guihua/schema";
import { checkObservationShape } from "../check-observation-shape.js";
import { checkPlanShape } from "../check-plan-shape.js";
import { checkTargetShape } from "../check-target-shape.js";
import type { Engine } from "../engine/types.js";
import { auditClaims } from "./claims.js";
import { auditCumulative } from "./cumulative.js";
import { auditMilestones } from "./milestones.js";
import { auditParts } from "./parts.js";
import { auditRestatements } from "./restatements.js";
import { auditStructure } from "./structure.js";

const RULES = [
  auditStructure,
  auditMilestones,
  auditClaims,
  auditParts,
  auditRestatements,
  auditCumulative,
] as const;

/** Builds `auditPlan` on one arithmetic engine. */
export function createAuditPlan<N>(engine: Engine<N>) {
  /**
   * Findings about the plan itself, each with severity, the spans involved and its figures: milestones that
   * contradict a stated rate, growth claims that contradict stated values, parts above their total, changed
   * restatements, inverted ranges, bases after target years, inconsistent cumulative milestones.
   */
  return function auditPlan(input: Plan): Finding[] {
    checkPlanShape(input);
    input.targets.forEach((target, index) => checkTargetShape(target, "$.targets", index));
    const facts = input.facts ?? [];
    facts.forEach((fact, index) => checkObservationShape(fact, "$.facts", index));
    const plan = input.facts === undefined ? { ...input, facts } : input;
    const findings: Finding[] = [];
    for (const rule of RULES) {
      for (const draft of rule(engine, plan)) {
        findings.push({ id: `${plan.id}-finding-${findings.length + 1}`, ...draft });
      }
    }
    return findings;
  };
}
