import { shiftDecimal } from "@guihua/schema";
import type { NormalisedUnit, Target } from "@guihua/schema";
import { displayMultiplier, multiplierPrefix } from "./labels.js";

const COMPARATOR_ZH: Record<string, string> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "=": "",
  "~": "约",
};
const COMPARATOR_EN: Record<string, string> = {
  ">=": "at least ",
  ">": "above ",
  "<=": "at most ",
  "<": "below ",
  "=": "",
  "~": "about ",
};

/** A base as written when its quote is a number (30.96亿元), else its value in a readable unit. */
function formatBase(value: string, unit: NormalisedUnit | undefined, quote: string | undefined): string {
  if (quote && /^[\d.,]+\s*[万亿]?\S{0,4}$/.test(quote)) return quote;
  if (!unit) return value;
  const multiplier = displayMultiplier(Math.abs(Number(value)), unit);
  return `${shiftDecimal(value, -multiplier)}${multiplierPrefix(multiplier)}${unit.base}`;
}

/**
 * One line saying what a target asks for, from the values as written, in Chinese and English.
 *
 * @example
 * describeTarget(liaoningPatents) // { zh: "2025年：年均增长6%（2020年基数4.09）", en: "by 2025: grow 6% a year (2020 base 4.09)" }
 */
export function describeTarget(target: Target): { zh: string; en: string } {
  if (target.kind === "qualitative")
    return { zh: `${target.targetYear}年：定性目标`, en: `by ${target.targetYear}: qualitative` };
  if (target.kind === "comparative") {
    const value = target.valueAsWritten ? `${target.valueAsWritten}${target.unitAsWritten ?? ""}，` : "";
    return {
      zh: `${target.targetYear}年：${value}对标${target.benchmark.description}`,
      en: `by ${target.targetYear}: ${value}against ${target.benchmark.description}`,
    };
  }
  const written = `${target.valueAsWritten}${target.unitAsWritten}`;
  const zhComparator = COMPARATOR_ZH[target.comparator] ?? "";
  const enComparator = COMPARATOR_EN[target.comparator] ?? "";
  const base =
    target.base?.value !== undefined
      ? {
          year: target.base.year,
          value: formatBase(target.base.value, target.base.unit, target.base.source?.quote),
        }
      : undefined;
  const baseZh = base ? `（${base.year}年基数${base.value}）` : "";
  const baseEn = base ? ` (${base.year} base ${base.value})` : "";
  let zh: string;
  let en: string;
  switch (target.kind) {
    case "growth-rate":
      zh = `年均增长${zhComparator}${written}`;
      en = `grow ${enComparator}${written} a year`;
      break;
    case "total-growth":
      zh = `累计增长${zhComparator}${written}`;
      en = `grow ${enComparator}${written} in all`;
      break;
    case "multiple":
      zh = `达到基数的${zhComparator}${target.valueAsWritten}倍`;
      en = `reach ${enComparator}${target.valueAsWritten} times the base`;
      break;
    case "increment":
      zh = `新增${zhComparator}${written}`;
      en = `add ${enComparator}${written}`;
      break;
    case "cumulative":
      zh = `累计${zhComparator}${written}`;
      en = `${enComparator}${written} in total`;
      break;
    case "per-year":
      zh = `每年${zhComparator}${written}`;
      en = `${enComparator}${written} every year`;
      break;
    case "range":
      zh = `${target.valueAsWritten}${target.unitAsWritten}（区间）`;
      en = `between ${target.valueAsWritten}${target.unitAsWritten}`;
      break;
    default:
      zh = `${zhComparator}${written}`;
      en = `${enComparator}${written}`;
  }
  return { zh: `${target.targetYear}年：${zh}${baseZh}`, en: `by ${target.targetYear}: ${en}${baseEn}` };
}
