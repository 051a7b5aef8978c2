import type { TargetYearBasis } from "@guihua/schema";
import { PERIOD_TERMS } from "./extract-metadata.js";

export interface YearContext {
  year: number;
  basis: TargetYearBasis;
}

export function termEnd(term: string | undefined): number | undefined {
  const start = term === undefined ? undefined : PERIOD_TERMS[term];
  return start === undefined ? undefined : start + 4;
}

/** The last year named before a value, not a base of comparison: 由2015年的120家增加到2020年的168家. */
export function nearestYear(before: string): number | undefined {
  let year: number | undefined;
  for (const match of before.matchAll(/(?<![比较])((?:19|20)\d{2})年|“?(十[一二三四五六]五)”?(?:末|期末)/g))
    year = match[1] !== undefined ? Number(match[1]) : termEnd(match[2]);
  return year;
}
