// Evaluate 辽宁's 十三五 table (表1) from the plan's own figures: four targets achieved, one not —
// 1429 against 1600 is 89.3% of the target and 79.7% of the way from 757.
import { getSeedPlan } from "@guihua/dataset";
import { evaluatePlan } from "@guihua/evaluate";

const plan = getSeedPlan("002")!;
const scorecard = evaluatePlan(plan, [], { asOf: "2021-06-30", method: "statcan" });
const table1 = new Set(plan.targets.filter((target) => target.priorPlan).map((target) => target.id));

console.log(`${plan.title}, 表1 (十三五), as of ${scorecard.asOf}:`);
const statuses: string[] = [];
for (const evaluation of scorecard.evaluations) {
  if (!table1.has(evaluation.targetId)) continue;
  const target = plan.targets.find((candidate) => candidate.id === evaluation.targetId)!;
  statuses.push(evaluation.status);
  console.log(`  ${evaluation.status.padEnd(13)} ${target.indicator.name}`);
  console.log(`                ${evaluation.explanation.zh}`);
  console.log(`                ${evaluation.explanation.en}`);
}
const achieved = statuses.filter((status) => status === "achieved").length;
const missed = statuses.filter((status) => status === "not-achieved").length;
console.log(`achieved ${achieved}, not achieved ${missed}`);
if (achieved !== 4 || missed !== 1) throw new Error("expected 4 achieved and 1 not achieved");
