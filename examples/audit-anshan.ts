// Audit 鞍山's milestones: 注册商标 7811 (2015) → 8611 (2020) is 1.97% a year, below the plan's own
// "年均增长率保持在2%以上" (7811 × 1.02^5 = 8624 > 8611).
import { getSeedPlan } from "@guihua/dataset";
import { auditPlan } from "@guihua/evaluate";

const plan = getSeedPlan("004")!;
const findings = auditPlan(plan);
console.log(`${plan.title}: ${findings.length} findings`);
for (const finding of findings) {
  console.log(`  ${finding.severity} ${finding.code}: ${finding.message.zh}`);
  console.log(`    ${finding.message.en}`);
  for (const span of finding.spans) console.log(`    «${span.quote}» at ${span.start}–${span.end}`);
}
const trademarks = findings.find((finding) => finding.code === "milestone-rate-contradiction");
if (!trademarks) throw new Error("expected the trademark milestones to contradict the stated rate");
