import type { Plan, Target } from "@guihua/schema";
import type { Engine } from "../engine/types.js";
import type { FindingDraft } from "./types.js";

function describe(target: Target): string {
  if (target.kind === "qualitative") return target.text;
  const comparator = target.comparator === "=" ? "" : target.comparator;
  const high = "valueHigh" in target && target.valueHigh !== undefined ? `~${target.valueHigh}` : "";
  return `${comparator}${target.value ?? ""}${high}${"unitAsWritten" in target ? (target.unitAsWritten ?? "") : ""} (${target.targetYear})`;
}

function differences<N>(engine: Engine<N>, a: Target, b: Target): string[] {
  const changed: string[] = [];
  if (a.kind !== b.kind) changed.push("kind");
  if (a.targetYear !== b.targetYear) changed.push("targetYear");
  if (a.kind === "qualitative" || b.kind === "qualitative") return changed;
  if (a.comparator !== b.comparator) changed.push("comparator");
  if ((a.value === undefined) !== (b.value === undefined)) changed.push("value");
  else if (
    a.value !== undefined &&
    b.value !== undefined &&
    engine.cmp(engine.from(a.value), engine.from(b.value)) !== 0
  ) {
    changed.push("value");
  }
  const highA = "valueHigh" in a ? a.valueHigh : undefined;
  const highB = "valueHigh" in b ? b.valueHigh : undefined;
  if (highA !== highB) changed.push("valueHigh");
  return changed;
}

/** Restatements (`restates` / `restatedBy`) that changed the target: 0.6件 in one place, 超过0.6件 in another. */
export function auditRestatements<N>(engine: Engine<N>, plan: Plan): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const byId = new Map(plan.targets.map((target) => [target.id, target]));
  const seen = new Set<string>();
  for (const target of plan.targets) {
    const others = [...(target.restates ? [target.restates] : []), ...(target.restatedBy ?? [])];
    for (const otherId of others) {
      const pair = [target.id, otherId].sort().join("\u0000");
      const other = byId.get(otherId);
      if (seen.has(pair) || other === undefined) continue;
      seen.add(pair);
      const [first, second] = target.source.start <= other.source.start ? [target, other] : [other, target];
      const changed = differences(engine, first, second);
      if (changed.length === 0) continue;
      findings.push({
        code: "restatement-changed",
        severity: "warning",
        targetIds: [first.id, second.id],
        spans: [first.source, second.source],
        figures: {},
        message: {
          zh: `同一目标前后表述不一致: “${first.source.quote}”与“${second.source.quote}”(${changed.join(", ")})。`,
          en: `A restatement changed the target (${changed.join(", ")}): ${describe(first)} vs ${describe(second)}.`,
        },
      });
    }
  }
  return findings;
}
