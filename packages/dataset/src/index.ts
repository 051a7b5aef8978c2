export { indicators } from "./indicators.js";
export { findIndicator } from "./find-indicator.js";
export { normaliseName } from "./normalise-name.js";
export { regions } from "./regions.js";
export { findRegion } from "./find-region.js";
export { getSeedPlan, seedClaims, seedObservations, seedPlanIds, seedPlans } from "./seed-plans.js";
export type { SeedPlanId } from "./seed-plans.js";
export { NATIONAL_PLAN_DOCUMENT, nationalPlan, nationalPlanText } from "./national-plan.js";
export { nationalObservations } from "./national-observations.js";
