import type { Observation, Plan } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { getSeedPlan, seedObservations, seedPlans } from "./seed-plans.js";
import { statedReadings } from "./stated-readings.js";

const liaoning = getSeedPlan("002_6eb086e07f75e31e");

function copyOf(plan: Plan, id: string): Plan {
  return { ...structuredClone(plan), id };
}

describe("statedReadings", () => {
  it("lists a reading stated twice in one plan once", () => {
    const fact = liaoning.facts[0]!;
    const twice: Plan = { ...structuredClone(liaoning), facts: [fact, { ...fact, id: "again" }] };
    expect(statedReadings([twice]).map((observation) => observation.id)).toEqual([fact.id]);
  });

  it("keeps the same reading stated by two plans, once for each (the key includes the plan id)", () => {
    const other = copyOf(liaoning, "002_copy");
    const readings: Observation[] = statedReadings([liaoning, other]);
    expect(readings).toHaveLength(2 * statedReadings([liaoning]).length);
  });

  it("is what seedObservations holds", () => {
    expect(seedObservations).toEqual(statedReadings(seedPlans));
  });
});
