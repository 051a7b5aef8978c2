import type { CumulativeTarget, GrowthRateTarget, Plan, SourceSpan } from "@guihua/schema";
import { decimalsOf } from "../build-problem.js";
import type { Engine } from "../engine/types.js";
import { plainNumber } from "../engine/plain-number.js";
import { showPercent } from "../explain.js";
import { looseIndicatorKey, scopeKey } from "../matching.js";
import type { FindingDraft } from "./types.js";

interface Total {
  year: number;
  value: number;
  /** Half a unit of the last digit written, in base units: 2.2万 → 500. */
  half: number;
  text: string;
  targetId?: string;
  span?: SourceSpan;
}

/** S2 / S1 for adjacent windows of n1 and n2 years of flows growing at r. Increasing in r. */
function windowRatio(rate: number, first: number, second: number): number {
  if (Math.abs(rate) < 1e-12) return second / first;
  const growth = 1 + rate;
  return (growth ** first * (growth ** second - 1)) / (growth ** first - 1);
}

/** The rate at which adjacent windows have the given ratio (bisection; the ratio is monotone in the rate). */
function rateForRatio(ratio: number, first: number, second: number): number {
  let low = -0.99;
  let high = 10;
  if (windowRatio(low, first, second) >= ratio) return low;
  if (windowRatio(high, first, second) <= ratio) return high;
  for (let step = 0; step < 200 && high - low > 1e-12; step++) {
    const middle = (low + high) / 2;
    if (windowRatio(middle, first, second) < ratio) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

function key(indicator: { id?: string; name: string }): string {
  return looseIndicatorKey({ ...indicator, name: indicator.name.replace(/^累[计計]/, "") });
}

function totalsOf(plan: Plan, indicatorKey: string): Total[] {
  const totals: Total[] = [];
  for (const target of plan.targets) {
    if (target.kind !== "cumulative" || key(target.indicator) !== indicatorKey) continue;
    totals.push(totalOfTarget(target));
  }
  for (const fact of plan.facts) {
    if (fact.cumulativeFrom === undefined || !("year" in fact.period) || key(fact.indicator) !== indicatorKey)
      continue;
    if (totals.some((total) => total.year === (fact.period as { year: number }).year)) continue;
    const written = fact.valueAsWritten ?? fact.value;
    totals.push({
      year: fact.period.year,
      value: Number(fact.value),
      half: 0.5 * 10 ** (fact.unit.multiplier - decimalsOf(written)),
      text: fact.value,
      span: fact.source,
    });
  }
  return totals.sort((a, b) => a.year - b.year);
}

function totalOfTarget(target: CumulativeTarget): Total {
  return {
    year: target.period?.end ?? target.targetYear,
    value: Number(target.value),
    half: 0.5 * 10 ** (target.unit.multiplier - decimalsOf(target.valueAsWritten)),
    text: target.value,
    targetId: target.id,
    span: target.source,
  };
}

/**
 * Cumulative milestones (累计申请 2.2万 → 3.5万 → 5.6万) against themselves and a stated growth rate of the
 * flow: running totals cannot fall, and the flows between milestones must be able to grow at the stated rate
 * once every milestone is allowed its rounding (鞍山's series fits about 2000 a year growing 10%).
 */
export function auditCumulative<N>(engine: Engine<N>, plan: Plan): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const keys = new Set<string>();
  for (const target of plan.targets) if (target.kind === "cumulative") keys.add(key(target.indicator));
  for (const fact of plan.facts) if (fact.cumulativeFrom !== undefined) keys.add(key(fact.indicator));
  for (const indicatorKey of keys) {
    const totals = totalsOf(plan, indicatorKey);
    const name =
      plan.targets.find((target) => key(target.indicator) === indicatorKey)?.indicator.name ?? indicatorKey;
    for (let index = 1; index < totals.length; index++) {
      const before = totals[index - 1]!;
      const after = totals[index]!;
      if (after.value + after.half < before.value - before.half) {
        findings.push(
          draft(
            [before, after],
            "error",
            { fromValue: before.text, toValue: after.text },
            {
              zh: `${name}的累计值由${before.year}年${before.text}降至${after.year}年${after.text}, 累计值不应下降。`,
              en: `${name}: the running total falls from ${before.text} (${before.year}) to ${after.text} (${after.year}).`,
            },
          ),
        );
      }
    }
    const rates = plan.targets.filter(
      (target): target is GrowthRateTarget =>
        target.kind === "growth-rate" && key(target.indicator) === indicatorKey,
    );
    const totalsScope = scopeKey(
      plan.targets.find((target) => target.kind === "cumulative" && key(target.indicator) === indicatorKey)
        ?.scope,
      plan.region.name,
    );
    for (const rateTarget of rates) {
      // A rate for a sector (装备制造业专利申请量) says nothing about the whole region's running total.
      if (scopeKey(rateTarget.scope, plan.region.name) !== totalsScope) continue;
      const stated = Number(rateTarget.value) / 100;
      const floor = rateTarget.comparator !== "<=" && rateTarget.comparator !== "<";
      for (let index = 2; index < totals.length; index++) {
        const [a, b, c] = [totals[index - 2]!, totals[index - 1]!, totals[index]!];
        const first = b.year - a.year;
        const second = c.year - b.year;
        const sumLow1 = b.value - b.half - (a.value + a.half);
        const sumHigh1 = b.value + b.half - (a.value - a.half);
        const sumLow2 = c.value - c.half - (b.value + b.half);
        const sumHigh2 = c.value + c.half - (b.value - b.half);
        if (first <= 0 || second <= 0 || sumLow1 <= 0 || sumLow2 <= 0) continue;
        const rateLow = rateForRatio(sumLow2 / sumHigh1, first, second);
        const rateHigh = rateForRatio(sumHigh2 / sumLow1, first, second);
        const central = rateForRatio((c.value - b.value) / (b.value - a.value), first, second);
        const contradicts = floor ? rateHigh < stated : rateLow > stated;
        if (!contradicts) continue;
        findings.push(
          draft(
            [a, b, c],
            "warning",
            {
              fromYear: String(a.year),
              midYear: String(b.year),
              toYear: String(c.year),
              impliedRate: plainNumber(central, 6),
              impliedRateLow: plainNumber(rateLow, 6),
              impliedRateHigh: plainNumber(rateHigh, 6),
              statedRate: engine.toDecimalString(engine.div(engine.from(rateTarget.value), engine.from(100))),
            },
            {
              zh: `${name}的累计目标${a.text}→${b.text}→${c.text}(${a.year}/${b.year}/${c.year}年)隐含的年流量增速约${showPercent(central, 1)}(考虑舍入最高${showPercent(rateHigh, 1)}), 与所述年均${rateTarget.valueAsWritten}%不符。`,
              en: `${name}: running totals ${a.text} → ${b.text} → ${c.text} (${a.year}/${b.year}/${c.year}) imply flows growing about ${showPercent(central, 1)} a year (at most ${showPercent(rateHigh, 1)} allowing for rounding), not the stated ${rateTarget.valueAsWritten}%.`,
            },
            rateTarget.id,
            rateTarget.source,
          ),
        );
      }
    }
  }
  return findings;
}

function draft(
  totals: Total[],
  severity: FindingDraft["severity"],
  figures: Record<string, string>,
  message: FindingDraft["message"],
  extraId?: string,
  extraSpan?: SourceSpan,
): FindingDraft {
  const targetIds = [
    ...(extraId ? [extraId] : []),
    ...totals.flatMap((total) => (total.targetId ? [total.targetId] : [])),
  ];
  const spans = [
    ...(extraSpan ? [extraSpan] : []),
    ...totals.flatMap((total) => (total.span ? [total.span] : [])),
  ];
  return { code: "cumulative-inconsistent", severity, targetIds, spans, figures, message };
}
