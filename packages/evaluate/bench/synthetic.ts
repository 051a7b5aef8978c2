import type { Observation, Plan, Target } from "@guihua/schema";

const SPAN = { document: "synthetic", start: 0, end: 0, quote: "" };

/** A deterministic generator so every run scores the same plan. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A plan of `count` targets, half growth-rate and half level, each with its own indicator and a six-point
 * yearly series (2020–2025) growing at a noisy rate, judged at the end of 2025 against 2027 targets.
 */
export function syntheticPlan(count: number): { plan: Plan; observations: Observation[] } {
  const next = random(20251121);
  const targets: Target[] = [];
  const observations: Observation[] = [];
  for (let index = 0; index < count; index++) {
    const indicator = { id: `indicator-${index}`, name: `指标${index}` };
    const base = Math.round(500 + next() * 20000);
    const rate = 0.02 + next() * 0.1;
    const common = {
      id: `t${index}`,
      indicator,
      targetYear: 2027,
      targetYearBasis: "explicit" as const,
      direction: "increase" as const,
      attribute: index % 3 === 0 ? ("binding" as const) : ("expected" as const),
      source: SPAN,
      base: { year: 2019, value: String(base), unit: { base: "件", multiplier: 0 } },
    };
    if (index % 2 === 0) {
      const stated = (Math.round(rate * 1000) / 10).toFixed(1);
      targets.push({
        ...common,
        kind: "growth-rate",
        comparator: ">=",
        value: stated,
        valueAsWritten: stated,
        unitAsWritten: "%",
        unit: { base: "%", multiplier: 0 },
      });
    } else {
      const goal = String(Math.round(base * (1 + rate) ** 8));
      targets.push({
        ...common,
        kind: "level",
        comparator: ">=",
        value: goal,
        valueAsWritten: goal,
        unitAsWritten: "件",
        unit: { base: "件", multiplier: 0 },
      });
    }
    const pace = rate * (0.6 + next() * 0.8);
    let value = base;
    for (let year = 2020; year <= 2025; year++) {
      value *= 1 + pace * (0.7 + next() * 0.6);
      observations.push({
        indicator,
        region: "合成市",
        period: { year },
        value: value.toFixed(2),
        unit: { asWritten: "件", base: "件", multiplier: 0 },
        status: "final",
        vintage: { source: "synthetic" },
      });
    }
  }
  const plan: Plan = {
    schemaVersion: "1.0",
    id: "synthetic",
    title: "合成规划",
    region: { name: "合成市", level: "prefecture" },
    period: { start: 2021, end: 2027 },
    script: "simplified",
    basedOn: [],
    targets,
    facts: [],
  };
  return { plan, observations };
}
