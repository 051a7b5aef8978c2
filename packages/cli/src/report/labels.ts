import type { Attribute, EvaluationStatus, TargetKind } from "@guihua/schema";

/** Status names in both languages, with the badge colour (the same order as the scorecard columns). */
export const STATUS_LABELS: Record<EvaluationStatus, { zh: string; en: string; colour: string }> = {
  achieved: { zh: "已实现", en: "achieved", colour: "#1a7f37" },
  "on-track": { zh: "进展顺利", en: "on track", colour: "#2da44e" },
  "acceleration-needed": { zh: "需加快", en: "acceleration needed", colour: "#bf8700" },
  "off-track": { zh: "偏离轨道", en: "off track", colour: "#cf222e" },
  deteriorating: { zh: "趋势恶化", en: "deteriorating", colour: "#82071e" },
  "not-achieved": { zh: "未实现", en: "not achieved", colour: "#a40e26" },
  "insufficient-data": { zh: "数据不足", en: "insufficient data", colour: "#6e7781" },
  "not-evaluable": { zh: "无法评估", en: "not evaluable", colour: "#8c959f" },
};

export const STATUS_ORDER = Object.keys(STATUS_LABELS) as EvaluationStatus[];

export const ATTRIBUTE_LABELS: Record<Attribute, { zh: string; en: string }> = {
  expected: { zh: "预期性", en: "expected" },
  binding: { zh: "约束性", en: "binding" },
  unspecified: { zh: "未标明", en: "unspecified" },
};

export const KIND_LABELS: Record<TargetKind, { zh: string; en: string }> = {
  level: { zh: "水平", en: "level" },
  range: { zh: "区间", en: "range" },
  "growth-rate": { zh: "年均增速", en: "growth rate" },
  "total-growth": { zh: "累计增幅", en: "total growth" },
  multiple: { zh: "倍数", en: "multiple" },
  increment: { zh: "增量", en: "increment" },
  cumulative: { zh: "累计", en: "cumulative" },
  "per-year": { zh: "每年", en: "per year" },
  share: { zh: "比重", en: "share" },
  comparative: { zh: "比较", en: "comparative" },
  qualitative: { zh: "定性", en: "qualitative" },
};

/** Chinese prefix for a power-of-ten multiplier: 8 → 亿, 4 → 万. */
export function multiplierPrefix(multiplier: number): string {
  if (multiplier === 8) return "亿";
  if (multiplier === 4) return "万";
  if (multiplier === 0) return "";
  return `×10^${multiplier} `;
}

/**
 * The power of ten to show values in: the unit's own (亿元 stays 亿元), else 亿 or 万 for large amounts
 * held in the base unit (3096000000元 is shown as 30.96亿元).
 */
export function displayMultiplier(largest: number, unit: { base: string; multiplier: number }): number {
  if (unit.multiplier !== 0 || unit.base === "%") return unit.multiplier;
  if (largest >= 1e8) return 8;
  if (largest >= 1e5) return 4;
  return 0;
}
