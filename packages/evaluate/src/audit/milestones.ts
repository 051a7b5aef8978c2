import type { GrowthRateTarget, LevelTarget, Plan, SourceSpan } from "@guihua/schema";
import type { Engine } from "../engine/types.js";
import { fixedTrimmed, showPercent } from "../explain.js";
import { decimalsOf, levelComparator } from "../problems/shared.js";
import { looseIndicatorKey, scopeKey } from "../matching.js";
import type { FindingDraft } from "./types.js";

interface Milestone<N> {
  year: number;
  value: N;
  text: string;
  targetId?: string;
  span?: SourceSpan;
}

/**
 * A stated yearly growth rate against the milestone levels of the same indicator: every step between
 * consecutive milestones inside the rate's period must grow at the stated rate (鞍山: 7811 → 8611 over
 * 2015–2020 is 1.97% a year, below "年均增长率保持在2%以上").
 */
export function auditMilestones<N>(engine: Engine<N>, plan: Plan): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const levels = plan.targets.filter(
    (target): target is LevelTarget => target.kind === "level" && !target.priorPlan,
  );
  for (const rateTarget of plan.targets) {
    if (rateTarget.kind !== "growth-rate" || rateTarget.priorPlan) continue;
    const key = looseIndicatorKey(rateTarget.indicator);
    const scope = scopeKey(rateTarget.scope, plan.region.name);
    const from = rateTarget.base?.year ?? -Infinity;
    const milestones: Milestone<N>[] = levels
      .filter(
        (level) =>
          looseIndicatorKey(level.indicator) === key &&
          scopeKey(level.scope, plan.region.name) === scope &&
          level.targetYear >= from &&
          level.targetYear <= rateTarget.targetYear,
      )
      .map((level) => ({
        year: level.targetYear,
        value: engine.from(level.value),
        text: level.value,
        targetId: level.id,
        span: level.source,
      }));
    if (
      rateTarget.base?.value !== undefined &&
      !milestones.some((milestone) => milestone.year === rateTarget.base!.year)
    ) {
      milestones.push({
        year: rateTarget.base.year,
        value: engine.from(rateTarget.base.value),
        text: rateTarget.base.value,
        span: rateTarget.base.source,
      });
    }
    milestones.sort((a, b) => a.year - b.year);
    for (let index = 1; index < milestones.length; index++) {
      const finding = checkStep(engine, rateTarget, milestones[index - 1]!, milestones[index]!);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function checkStep<N>(
  engine: Engine<N>,
  rateTarget: GrowthRateTarget,
  from: Milestone<N>,
  to: Milestone<N>,
): FindingDraft | undefined {
  const years = to.year - from.year;
  if (years <= 0 || engine.sign(from.value) <= 0 || engine.sign(to.value) <= 0) return undefined;
  const one = engine.from(1);
  const implied = engine.sub(engine.root(engine.div(to.value, from.value), years), one);
  let stated = engine.div(engine.from(rateTarget.value), engine.from(100));
  // 年均下降5%以上 on a falling indicator: the stated size of the fall bounds the signed rate from above.
  const fall = rateTarget.direction === "decrease" && engine.sign(stated) > 0;
  if (fall) stated = engine.neg(stated);
  // "=" on a fall (年均下降5%) means at least that fall, so at most the signed rate.
  const comparator = !fall
    ? rateTarget.comparator
    : rateTarget.comparator === "="
      ? "<="
      : levelComparator(rateTarget.comparator, true);
  const order = engine.cmp(implied, stated);
  const floor = comparator === ">=" || comparator === "=" || comparator === ">";
  const cap = comparator === "<=" || comparator === "<";
  const contradicts = floor
    ? comparator === ">"
      ? order <= 0
      : order < 0
    : cap
      ? comparator === "<"
        ? order >= 0
        : order > 0
      : false;
  if (!contradicts) return undefined;
  const atStated = engine.mul(from.value, engine.pow(engine.add(one, stated), years));
  const impliedNumber = engine.toNumber(implied);
  const write = (value: N) => engine.toDecimalString(value, engine.significant);
  const spans = [rateTarget.source, from.span, to.span].filter(
    (span): span is SourceSpan => span !== undefined,
  );
  const targetIds = [rateTarget.id, from.targetId, to.targetId].filter(
    (id): id is string => id !== undefined,
  );
  // A fall is written as one: 年均下降5.09%, less than the stated 年均下降5%.
  const relation = fall
    ? floor
      ? { zh: "快于", en: "faster than" }
      : { zh: "慢于", en: "slower than" }
    : floor
      ? { zh: "低于", en: "below" }
      : { zh: "高于", en: "above" };
  const change = fall
    ? { zh: `年均下降${showPercent(-impliedNumber)}`, en: `a fall of ${showPercent(-impliedNumber)} a year` }
    : { zh: `年均增长${showPercent(impliedNumber)}`, en: `${showPercent(impliedNumber)} a year` };
  const statedWords = fall
    ? { zh: `年均下降${rateTarget.valueAsWritten}%`, en: `fall of ${rateTarget.valueAsWritten}% a year` }
    : { zh: `年均${rateTarget.valueAsWritten}%`, en: `${rateTarget.valueAsWritten}% a year` };
  // Shown with the decimals the milestones were written with (4.09 → 5.47, not 5).
  const shownAtStated = fixedTrimmed(
    engine.toNumber(atStated),
    Math.max(decimalsOf(from.text), decimalsOf(to.text), 0),
  );
  return {
    code: "milestone-rate-contradiction",
    severity: "warning",
    targetIds,
    spans,
    figures: {
      fromYear: String(from.year),
      toYear: String(to.year),
      fromValue: from.text,
      toValue: to.text,
      impliedRate: write(implied),
      statedRate: write(stated),
      valueAtStatedRate: write(atStated),
    },
    message: {
      zh: `${rateTarget.indicator.name}${from.year}年${from.text}到${to.year}年${to.text}, ${change.zh}, ${relation.zh}所述${statedWords.zh}(按此应为${shownAtStated})。`,
      en: `${rateTarget.indicator.name}: ${from.text} (${from.year}) to ${to.text} (${to.year}) is ${change.en}, ${relation.en} the stated ${statedWords.en} (which gives ${shownAtStated}).`,
    },
  };
}
