// Validate a plan file and list its targets: the smallest use of @guihua/schema.
import { readFileSync } from "node:fs";
import { parsePlan } from "@guihua/schema";

const fixture = new URL("../packages/schema/test/fixtures/liaoning-table2.plan.json", import.meta.url);
const text = readFileSync(new URL("../seeds/raw/002_6eb086e07f75e31e.txt", import.meta.url), "utf8");
const plan = parsePlan(JSON.parse(readFileSync(fixture, "utf8")), { text });
console.log(`${plan.title}: ${plan.targets.length} targets`);
for (const target of plan.targets) {
  if (target.kind !== "growth-rate") continue;
  console.log(
    `  ${target.indicator.name}: ${target.base?.year} ${target.base?.value} → 年均增长${target.value}% to ${target.targetYear} «${target.source.quote}»`,
  );
}
