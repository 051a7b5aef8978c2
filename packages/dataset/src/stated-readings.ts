import type { Observation, Plan } from "@guihua/schema";

/** A reading's identity: the plan that states it is part of it, as are indicator, region, period, value and unit. */
function readingKey(planId: string, observation: Observation): string {
  const { indicator, region, period, value, unit, cumulative, cumulativeFrom } = observation;
  const when = "year" in period ? String(period.year) : period.date;
  return [
    planId,
    indicator.id ?? indicator.name,
    region,
    when,
    value,
    unit.base,
    cumulative,
    cumulativeFrom,
  ].join("|");
}

/**
 * The facts of the given plans, each reading once per plan: a value stated twice in one plan (the text
 * and a table cell) is kept at its first span; the same value stated by two plans is kept for each.
 *
 * @example
 * statedReadings(seedPlans).length; // 78
 */
export function statedReadings(plans: readonly Plan[]): Observation[] {
  const seen = new Set<string>();
  const result: Observation[] = [];
  for (const plan of plans)
    for (const fact of plan.facts) {
      const key = readingKey(plan.id, fact);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(fact);
    }
  return result;
}
