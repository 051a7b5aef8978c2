import { EXIT } from "../errors.js";
import { loadPlanArgument } from "../inputs.js";
import type { Io } from "../io.js";
import { count } from "../plural.js";
import { colorsFor } from "../terminal.js";

/**
 * `guihua audit <plan | seed id> [--lang zh|en] [--json]`: what the plan gets wrong about itself (milestones
 * against a stated rate, growth claims against stated values, parts above their total …). Exit 1 when a
 * finding has error severity.
 */
export async function auditCommand(
  argument: string,
  options: Record<string, unknown>,
  io: Io,
): Promise<number> {
  const plan = await loadPlanArgument(io, argument);
  const { auditPlan } = await import("@guihua/evaluate");
  const findings = auditPlan(plan);
  const failed = findings.some((finding) => finding.severity === "error");
  if (options.json) {
    io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
    return failed ? EXIT.failures : EXIT.ok;
  }
  const lang = options.lang === "en" ? "en" : "zh";
  const colors = colorsFor(io);
  io.stdout.write(
    `${colors.bold(plan.title)}: ${lang === "zh" ? `${findings.length} 项发现` : count(findings.length, "finding")}\n`,
  );
  for (const finding of findings) {
    const paint =
      finding.severity === "error" ? colors.red : finding.severity === "warning" ? colors.yellow : colors.dim;
    io.stdout.write(`  ${paint(finding.severity.padEnd(7))} ${finding.code}: ${finding.message[lang]}\n`);
    for (const span of finding.spans)
      io.stdout.write(`          ${colors.dim(`«${span.quote}» [${span.start}–${span.end}]`)}\n`);
  }
  return failed ? EXIT.failures : EXIT.ok;
}
