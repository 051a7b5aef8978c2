import { fileURLToPath } from "node:url";
import { nationalPlan, nationalPlanText } from "../src/national-plan.js";

export const nationalDirectory = fileURLToPath(new URL("../../../seeds/national/", import.meta.url));

/**
 * The national plan as files beside the seeds: `<id>.json` (the plan) and `<id>.txt` (the published
 * sentence its spans point into), so tools that read plans from disk treat it like a seed.
 */
export function renderNationalFiles(): Record<string, string> {
  return {
    [`${nationalPlan.id}.json`]: `${JSON.stringify(nationalPlan, null, 2)}\n`,
    [`${nationalPlan.id}.txt`]: nationalPlanText,
  };
}
