import type { Evaluation } from "@guihua/schema";

function percent(fraction: string): string {
  return `${(Number(fraction) * 100).toFixed(2)}%`;
}

/**
 * The key figures of an evaluation in one short line per language: required and actual yearly rates,
 * the position against the required path, and the chance of meeting the target when a trend gives one.
 *
 * @example
 * figuresLine(evaluation) // { zh: "所需年均 5.78% · 实际年均 6.10% · 领先要求路径 3.2 个月", en: "required 5.78% a year · …" }
 */
export function figuresLine(evaluation: Evaluation): { zh: string; en: string } | undefined {
  const zh: string[] = [];
  const en: string[] = [];
  const { requiredRate, actualRate } = evaluation.figures;
  if (requiredRate !== undefined) {
    zh.push(`所需年均 ${percent(requiredRate)}`);
    en.push(`required ${percent(requiredRate)} a year`);
  }
  if (actualRate !== undefined) {
    zh.push(`实际年均 ${percent(actualRate)}`);
    en.push(`actual ${percent(actualRate)} a year`);
  }
  const schedule = evaluation.schedule;
  if (schedule && schedule.monthsDifference !== undefined && schedule.position !== "on-path") {
    const months = Math.abs(Number(schedule.monthsDifference)).toFixed(1);
    zh.push(`${schedule.position === "ahead" ? "领先" : "落后"}要求路径 ${months} 个月`);
    en.push(`${months} months ${schedule.position === "ahead" ? "ahead of" : "behind"} the required path`);
  }
  const probability = evaluation.outlook?.probability;
  if (probability !== undefined) {
    zh.push(`按趋势达标概率 ${(probability * 100).toFixed(0)}%`);
    en.push(`${(probability * 100).toFixed(0)}% chance on trend`);
  }
  return zh.length > 0 ? { zh: zh.join(" · "), en: en.join(" · ") } : undefined;
}
