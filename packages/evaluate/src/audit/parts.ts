import type { Plan, Target } from "@guihua/schema";
import { shiftDecimal } from "@guihua/schema";
import type { Engine } from "../engine/types.js";
import { canonicalUnit, conversionPower } from "../units.js";
import type { FindingDraft } from "./types.js";

type Valued = Extract<Target, { value: string }>;

function valued(target: Target): target is Valued {
  return (
    "value" in target && typeof target.value === "string" && "unit" in target && target.unit !== undefined
  );
}

/**
 * Parts (targets with `partOf`) against their total: 1.2万人 包括 2000 + 700 holds; parts summing past a total
 * that is a cap or an exact figure is an error, past a floor ("以上") a warning (the floor is then not the binding one).
 */
export function auditParts<N>(engine: Engine<N>, plan: Plan): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const byId = new Map(plan.targets.map((target) => [target.id, target]));
  const groups = new Map<string, Valued[]>();
  for (const target of plan.targets) {
    if (target.partOf === undefined || !valued(target)) continue;
    const list = groups.get(target.partOf) ?? [];
    list.push(target);
    groups.set(target.partOf, list);
  }
  for (const [totalId, parts] of groups) {
    const total = byId.get(totalId);
    if (total === undefined || !valued(total)) continue;
    const unit = canonicalUnit(total.unit!.base);
    let sum = engine.from(0);
    let comparable = true;
    for (const part of parts) {
      const power = conversionPower(canonicalUnit(part.unit!.base), unit);
      if (power === undefined || part.targetYear !== total.targetYear) comparable = false;
      else sum = engine.add(sum, engine.from(power === 0 ? part.value : shiftDecimal(part.value, power)));
    }
    if (!comparable || engine.cmp(sum, engine.from(total.value)) <= 0) continue;
    const floor = total.comparator === ">=" || total.comparator === ">";
    const sumText = engine.toDecimalString(sum, engine.significant);
    findings.push({
      code: "parts-exceed-total",
      severity: floor ? "warning" : "error",
      targetIds: [total.id, ...parts.map((part) => part.id)],
      spans: [total.source, ...parts.map((part) => part.source)],
      figures: {
        total: total.value,
        partsSum: sumText,
        excess: engine.toDecimalString(engine.sub(sum, engine.from(total.value))),
      },
      message: {
        zh: `分项合计${sumText}超过总数${total.value}(${total.indicator.name})。`,
        en: `The parts sum to ${sumText}, more than the total ${total.value} (${total.indicator.name}).`,
      },
    });
  }
  return findings;
}
