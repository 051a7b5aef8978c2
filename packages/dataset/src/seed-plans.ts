import type { Plan } from "@guihua/schema";
import type { SeedClaim, SeedObservation } from "./deep-readonly.js";
import { SEED_PLAN_IDS, seedPlanData } from "../data/seed-plans.js";
import { deepFreeze } from "./deep-freeze.js";
import { statedReadings } from "./stated-readings.js";

/** The id of a seed plan: the basename of its raw text in seeds/raw ("002_6eb086e07f75e31e"). */
export type SeedPlanId = (typeof SEED_PLAN_IDS)[number];

/** The ids of the five seed plans, in order. */
export const seedPlanIds: readonly SeedPlanId[] = deepFreeze([...SEED_PLAN_IDS]);

/**
 * The five curated seed plans: every target of the gold annotation with its span into the raw text,
 * its ambiguities and restatement links, and the past values each plan states. Deeply frozen at run
 * time; typed `Plan` so that a plan can be passed where a `Plan` is taken (`evaluatePlan`), since a
 * read-only array is not assignable to a mutable one. Assign it to `SeedPlan` to have the
 * compiler enforce immutability too.
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

/**
 * The past values the seeds state, as observations with their spans and the plan as vintage.
 * A value stated twice in one plan (the text and a table cell) is listed once, at its first span;
 * the same value stated by two plans is listed once for each.
 */
export const seedObservations: readonly SeedObservation[] = deepFreeze(statedReadings(seedPlans));

/** The growth claims the seeds state ("比2015年增长108.9%", "增长3.6倍", "为2015年11640件的2倍"). */
export const seedClaims: readonly SeedClaim[] = deepFreeze(seedPlans.flatMap((plan) => plan.claims ?? []));
