import { readFileSync } from "node:fs";
import type { Evaluation, Observation, Plan } from "@guihua/schema";

/** 辽宁's 表2 (five growth-rate targets with 2020 bases), the schema package's hand-written fixture. */
export function liaoningTable2(): Plan {
  const url = new URL("../../schema/test/fixtures/liaoning-table2.plan.json", import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as Plan;
}

export const HOSTILE = `</script><img src=x onerror=alert(1)>"'&`;

/** An evaluation with the figures the chart uses, for tests that do not need the evaluate package. */
export function fakeEvaluation(targetId: string, overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    targetId,
    asOf: "2024-12-31",
    status: "on-track",
    method: { id: "statcan", parameters: {} },
    figures: { projectedValue: "5.6" },
    outlook: { level: 0.9, low: "5.1", high: "6.2" },
    explanation: {
      zh: "按年均7%推算2025年可达5.6, 高于目标5.47",
      en: "At 7% a year, 5.6 by 2025, above 5.47",
    },
    ...overrides,
  };
}

export function observation(indicatorId: string, name: string, year: number, value: string): Observation {
  return {
    indicator: { id: indicatorId, name },
    region: "辽宁省",
    period: { year },
    value,
    unit: { asWritten: "件", base: "件", multiplier: 0 },
    status: "final",
    vintage: { source: "test" },
  };
}
