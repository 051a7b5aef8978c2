// Evaluate the national plan (知识产权强国建设纲要's 2025 targets) on its public observations,
// each observation with its publisher and date.
import { nationalObservations, nationalPlan } from "@guihua/dataset";
import { evaluatePlan } from "@guihua/evaluate";

const scorecard = evaluatePlan(nationalPlan, nationalObservations, { asOf: "2026-06-30" });
console.log(`${nationalPlan.title}, as of ${scorecard.asOf} (${scorecard.method.id}):`);
for (const evaluation of scorecard.evaluations) {
  const target = nationalPlan.targets.find((candidate) => candidate.id === evaluation.targetId)!;
  console.log(`  ${evaluation.status.padEnd(18)} ${target.indicator.name}: ${evaluation.explanation.zh}`);
}
console.log("sources:");
for (const source of new Set(nationalObservations.map((observation) => observation.vintage.source)))
  console.log(`  ${source}`);
console.log(Object.entries(scorecard.counts).filter(([, count]) => count > 0));
if (scorecard.counts.achieved < 1) throw new Error("expected at least one national target achieved");
