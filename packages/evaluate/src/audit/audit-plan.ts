import type { Finding, Plan } from "@guihua/schema";
import { checkObservationShape } from "../check-observation-shape.js";
import { checkPlanShape } from "../check-plan-shape.js";
import { checkTargetShape } from "../check-target-shape.js";
import type { Engine } from "../engine/types.js";
import { checkDecimal, checkYear, fail, isObject } from "../shape-checks.js";
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
    const claims: unknown = input.claims;
    if (claims !== undefined && !Array.isArray(claims))
      fail({ at: "$" }, "claims", "must be an array of growth claims");
    (claims ?? []).forEach((claim: unknown, index: number) => checkClaimShape(claim, index));
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

/** The fields of a growth claim the audit reads. */
function checkClaimShape(claim: unknown, index: number): void {
  const where = { at: "$.claims", index };
  if (!isObject(claim)) fail(where, "", "not a growth claim object");
  if (!isObject(claim.indicator) || typeof claim.indicator.name !== "string")
    fail(where, "indicator.name", "must be a string");
  if (typeof claim.region !== "string") fail(where, "region", "must be a string");
  checkYear(claim.fromYear, where, "fromYear");
  checkYear(claim.toYear, where, "toYear");
  checkDecimal(claim.value, where, "value");
  if (claim.form !== "percent" && claim.form !== "times" && claim.form !== "multiple")
    fail(where, "form", 'must be "percent", "times" or "multiple"');
  if (typeof claim.valueAsWritten !== "string") fail(where, "valueAsWritten", "must be a string");
}
