import type { GrowthClaim, Observation, Plan } from "@guihua/schema";
import { SEED_PLAN_IDS, seedPlanData } from "../data/seed-plans.js";
import { deepFreeze } from "./deep-freeze.js";

/** The id of a seed plan: the basename of its raw text in seeds/raw ("002_6eb086e07f75e31e"). */
export type SeedPlanId = (typeof SEED_PLAN_IDS)[number];

/** The ids of the five seed plans, in order. */
export const seedPlanIds: readonly SeedPlanId[] = deepFreeze([...SEED_PLAN_IDS]);

/**
 * The five curated seed plans: every target of the gold annotation with its span into the raw text,
 * its ambiguities and restatement links, and the past values each plan states. Deeply frozen.
 */
export const seedPlans: readonly Plan[] = deepFreeze(seedPlanData);

const byId = new Map<string, Plan>(seedPlans.map((plan) => [plan.id, plan]));

/**
 * Returns a seed plan by id, or by its three-digit prefix ("002").
 *
 * @example
 * getSeedPlan("002_6eb086e07f75e31e").region.code; // "210000"
 * getSeedPlan("004")?.issued; // "2009-09-07"
 */
export function getSeedPlan(id: SeedPlanId): Plan;
export function getSeedPlan(id: string): Plan | undefined;
export function getSeedPlan(id: string): Plan | undefined {
  return byId.get(id) ?? seedPlans.find((plan) => plan.id.startsWith(`${id}_`));
}

function readingKey(observation: Observation): string {
  const { indicator, region, period, value, unit, cumulative, cumulativeFrom } = observation;
  const when = "year" in period ? String(period.year) : period.date;
  return [indicator.id ?? indicator.name, region, when, value, unit.base, cumulative, cumulativeFrom].join(
    "|",
  );
}

/**
 * The past values the seeds state, as observations with their spans and the plan as vintage.
 * A value stated twice in one plan (the text and a table cell) is listed once, at its first span.
 */
export const seedObservations: readonly Observation[] = (() => {
  const seen = new Set<string>();
  const result: Observation[] = [];
  for (const plan of seedPlans)
    for (const fact of plan.facts) {
      const key = readingKey(fact);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(fact);
    }
  return deepFreeze(result);
})();

/** The growth claims the seeds state ("比2015年增长108.9%", "增长3.6倍", "为2015年11640件的2倍"). */
export const seedClaims: readonly GrowthClaim[] = deepFreeze(seedPlans.flatMap((plan) => plan.claims ?? []));
