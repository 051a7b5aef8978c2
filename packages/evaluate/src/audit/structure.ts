import type { Plan } from "@guihua/schema";
import type { Engine } from "../engine/types.js";
import { baseOf } from "../base-of.js";
import type { FindingDraft } from "./types.js";

/** Ranges whose low end is above their high end, and bases dated after their target year. */
export function auditStructure<N>(engine: Engine<N>, plan: Plan): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const target of plan.targets) {
    if (target.kind === "qualitative") continue;
    const high = "valueHigh" in target ? target.valueHigh : undefined;
    if (
      target.value !== undefined &&
      high !== undefined &&
      engine.cmp(engine.from(target.value), engine.from(high)) > 0
    ) {
      findings.push({
        code: "range-inverted",
        severity: "error",
        targetIds: [target.id],
        spans: [target.source],
        figures: { low: target.value, high },
        message: {
          zh: `目标区间下限${target.value}高于上限${high}。`,
          en: `The range's low end ${target.value} is above its high end ${high}.`,
        },
      });
    }
    const base = baseOf(target);
    if (base !== undefined && base.year > target.targetYear) {
      findings.push({
        code: "base-after-target",
        severity: "error",
        targetIds: [target.id],
        spans: base.source ? [target.source, base.source] : [target.source],
        figures: { baseYear: String(base.year), targetYear: String(target.targetYear) },
        message: {
          zh: `基期${base.year}年晚于目标年${target.targetYear}年。`,
          en: `The base year ${base.year} is after the target year ${target.targetYear}.`,
        },
      });
    }
  }
  return findings;
}
