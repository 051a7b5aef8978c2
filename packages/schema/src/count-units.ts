import type { z } from "zod";
import { DECIMAL_PATTERN } from "./primitives.js";

/** Measure words that count things: a value in one of these cannot be negative. */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
  "件",
  "个",
  "個",
  "家",
  "项",
  "項",
  "名",
  "人",
  "人次",
  "户",
  "戶",
  "种",
  "種",
  "门",
  "門",
  "单",
  "單",
  "届",
  "屆",
  "次",
  "所",
  "座",
  "部",
  "台",
  "套",
  "批",
  "场",
  "場",
  "期",
  "条",
  "條",
  "株",
  "只",
  "篇",
]);

interface Counted {
  value?: string;
  unit?: { base: string };
}

/**
 * Rejects a negative value whose unit counts things (件, 家, 人次 …): a stated stock or flow of patents,
 * firms or people cannot be below zero, and a minus sign there is a typing or scraping error.
 *
 * @example
 * Observation.check(rejectNegativeCount); // { value: "-5", unit: { base: "件", … } } reports negative_value at value
 */
export function rejectNegativeCount(context: z.core.ParsePayload<Counted>): void {
  const { value, unit } = context.value;
  if (typeof value !== "string" || !DECIMAL_PATTERN.test(value) || !value.startsWith("-")) return;
  if (unit === undefined || !COUNT_UNITS.has(unit.base)) return;
  context.issues.push({
    code: "custom",
    input: value,
    path: ["value"],
    message: `a count in ${unit.base} cannot be negative, got ${value}`,
    params: { guihuaCode: "negative_value" },
  });
}
