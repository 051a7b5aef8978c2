import type { GrowthClaim, Observation, Plan, SourceSpan } from "@guihua/schema";
import { decimalsOf } from "../build-problem.js";
import type { Engine } from "../engine/types.js";
import { regionKey, sameIndicator } from "../matching.js";
import type { FindingDraft } from "./types.js";

function factAt(plan: Plan, claim: GrowthClaim, year: number): Observation | undefined {
  return plan.facts.find(
    (fact) =>
      // A year's value, or a reading dated at its end (2020-12-31).
      ("year" in fact.period ? fact.period.year === year : fact.period.date === `${year}-12-31`) &&
      fact.cumulativeFrom === undefined &&
      sameIndicator(fact.indicator, claim.indicator) &&
      regionKey(fact.region) === regionKey(claim.region),
  );
}

/**
 * A stated growth against the stated values it summarises. 增长N倍 strictly means ×(1+N); writers often
 * mean "grew to N times" (辽宁: 1356 → 4872 "增长3.6倍" is ×3.59), so the loose reading is named when only it holds.
 * A claim holds when it matches at the precision it was written with.
 */
export function auditClaims<N>(engine: Engine<N>, plan: Plan): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const claim of plan.claims ?? []) {
    const from = factAt(plan, claim, claim.fromYear);
    const to = factAt(plan, claim, claim.toYear);
    if (!from || !to || engine.sign(engine.from(from.value)) <= 0) continue;
    const actual = engine.div(engine.from(to.value), engine.from(from.value));
    const stated = engine.from(claim.value);
    const one = engine.from(1);
    // Half a unit of the last digit written: 3.6 → 0.05; 108.9% → 0.0005 as a multiple.
    // A multiple is written to one decimal when it is not whole (增长3.6倍, 为2.5倍): a whole "增长1倍" means 1.0,
    // not anything from 0.5 to 1.5.
    const written = decimalsOf(claim.valueAsWritten) || decimalsOf(claim.value);
    const decimals = claim.form === "percent" ? written : Math.max(written, 1);
    let half = engine.from(0.5 * 10 ** -decimals);
    let strict: N;
    let loose: N | undefined;
    if (claim.form === "percent") {
      strict = engine.add(one, engine.div(stated, engine.from(100)));
      half = engine.div(half, engine.from(100));
    } else if (claim.form === "times") {
      strict = engine.add(one, stated);
      loose = stated;
    } else {
      strict = stated;
    }
    const within = (expected: N) => engine.cmp(engine.abs(engine.sub(actual, expected)), half) <= 0;
    if (within(strict)) continue;
    const looseHolds = loose !== undefined && within(loose);
    const write = (value: N) => engine.toDecimalString(value, engine.significant);
    const shown = engine.toNumber(actual).toFixed(2);
    // A percent claim is answered in percent: 增长8.9%, 下降15%, not "×1.09".
    const change = (engine.toNumber(actual) - 1) * 100;
    const changeWords =
      change >= 0
        ? { zh: `增长${change.toFixed(1)}%`, en: `a rise of ${change.toFixed(1)}%` }
        : { zh: `下降${(-change).toFixed(1)}%`, en: `a fall of ${(-change).toFixed(1)}%` };
    const actualWords = claim.form === "percent" ? changeWords : { zh: `为${shown}倍`, en: `×${shown}` };
    const figures: Record<string, string> = {
      fromValue: from.value,
      toValue: to.value,
      actualMultiple: write(actual),
      statedValue: claim.value,
      strictMultiple: write(strict),
    };
    if (loose !== undefined) figures.looseMultiple = write(loose);
    const spans = [claim.source, from.source, to.source].filter(
      (span): span is SourceSpan => span !== undefined,
    );
    findings.push({
      code: "growth-claim-mismatch",
      severity: looseHolds ? "warning" : "error",
      targetIds: [],
      spans,
      figures,
      message: looseHolds
        ? {
            zh: `“${claim.valueAsWritten}”: ${claim.fromYear}年${from.value}到${claim.toYear}年${to.value}为${shown}倍, 严格读作增长${claim.value}倍(即${engine.toNumber(strict).toFixed(1)}倍)不成立, 应理解为“增长到${claim.value}倍”。`,
            en: `"${claim.valueAsWritten}": ${from.value} (${claim.fromYear}) to ${to.value} (${claim.toYear}) is ×${shown}; the strict reading ×${engine.toNumber(strict).toFixed(1)} does not hold, only "grew to ${claim.value} times" does.`,
          }
        : {
            zh: `“${claim.valueAsWritten}”与所述数值不符: ${claim.fromYear}年${from.value}到${claim.toYear}年${to.value}${actualWords.zh}。`,
            en: `"${claim.valueAsWritten}" contradicts the stated values: ${from.value} (${claim.fromYear}) to ${to.value} (${claim.toYear}) is ${actualWords.en}.`,
          },
    });
  }
  return findings;
}
