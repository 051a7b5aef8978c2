// Extract a plan from a text file it has never seen and print its targets, each with the exact source span.
import { readFileSync } from "node:fs";
import { extractPlan } from "@guihua/loaders";

const text = readFileSync(new URL("./data/county-plan.txt", import.meta.url), "utf8");
const { plan, issues } = extractPlan(text, { document: "county-plan" });

console.log(`${plan.title} | ${plan.region.name} | ${plan.period.start ?? "?"}–${plan.period.end ?? "?"}`);
for (const target of plan.targets) {
  const value =
    "valueAsWritten" in target ? `${target.valueAsWritten ?? ""}${target.unitAsWritten ?? ""}` : "";
  console.log(
    `  ${target.kind.padEnd(12)} ${target.indicator.name} ${value} (${target.targetYear}) «${target.source.quote}»`,
  );
  // Every span points into the original text exactly.
  if (text.slice(target.source.start, target.source.end) !== target.source.quote)
    throw new Error(`span of ${target.id} does not match its quote`);
}
console.log(`${plan.targets.length} targets, ${plan.facts.length} stated facts, ${issues.length} issues`);
if (plan.targets.length < 5) throw new Error("expected at least five targets");
