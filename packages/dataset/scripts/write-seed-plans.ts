import { mkdirSync, writeFileSync } from "node:fs";
import { buildSeedPlans, planDirectory, renderPlanFile } from "./build-seed-plans.js";

mkdirSync(planDirectory, { recursive: true });
for (const plan of buildSeedPlans()) {
  writeFileSync(`${planDirectory}${plan.id}.json`, renderPlanFile(plan));
  console.log(
    `${plan.id}: ${plan.targets.length} targets, ${plan.facts.length} facts, ${plan.claims?.length ?? 0} claims`,
  );
}
