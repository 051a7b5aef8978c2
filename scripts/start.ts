// `npm start`: load and validate every plan under seeds/plans and print one line per plan.
// The CLI (`guihua report`) replaces this once it exists.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { safeParsePlan, formatPath } from "@guihua/schema";

const root = new URL("..", import.meta.url).pathname;
const plansDir = join(root, "seeds", "plans");
const files = existsSync(plansDir)
  ? readdirSync(plansDir)
      .filter((name) => name.endsWith(".json"))
      .sort()
  : [];
let failed = 0;
for (const file of files) {
  const input: unknown = JSON.parse(readFileSync(join(plansDir, file), "utf8"));
  const result = safeParsePlan(input);
  if (!result.success) {
    failed++;
    console.log(`✗ ${file}: ${result.issues.length} problems`);
    for (const issue of result.issues.slice(0, 5))
      console.log(`    ${formatPath(issue.path)} ${issue.message}`);
    continue;
  }
  const plan = result.data;
  const counts = new Map<string, number>();
  for (const target of plan.targets) counts.set(target.kind, (counts.get(target.kind) ?? 0) + 1);
  const byKind = [...counts].map(([kind, count]) => `${kind} ${count}`).join(", ");
  console.log(`✓ ${plan.title} | ${plan.region.name} | ${plan.targets.length} targets (${byKind || "none"})`);
}
console.log(`${files.length - failed} of ${files.length} plans valid`);
process.exitCode = failed > 0 ? 1 : 0;
