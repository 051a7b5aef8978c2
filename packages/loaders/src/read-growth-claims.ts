import type { GrowthClaim } from "@guihua/schema";
import { cleanName } from "./indicator-names.js";
import type { Span } from "./span.js";
import { termEnd } from "./years.js";

/** 比2015年增长108.9%、187.1%和39%; 较上年下降5%. */
const GROWTH_CLAIM_PATTERN =
  /(?:比|较)((?:19|20)\d{2})年(?:同期)?(?:分别)?(增长|增加|提高|下降|降低|减少)((?:\d+(?:\.\d+)?(?:%|倍|个百分点)[、和及]?)+)/g;
/** 为2015年11640件的2倍, 为“十二五”同期的2.11倍. */
const MULTIPLE_CLAIM_PATTERN =
  /为(?:((?:19|20)\d{2})年|“?(十[一二三四五六]五)”?(?:末|期末|同期|时期)?)[^,;。]{0,16}?的(\d+(?:\.\d+)?)倍/g;
const DECREASE_WORDS = /下降|降低|减少/;
/** How far back from a claim its indicator's name is read. */
const NAME_WINDOW = 30;
const MAX_YEAR = 2200;

/** A growth claim before the plan's id, region and document are filled in. */
export type ClaimReading = Omit<GrowthClaim, "id" | "region">;

/**
 * Reads the growth claims of one sentence: "比2015年增长108.9%" (percent), "增长3.6倍" after 比…年 (times),
 * "为2015年…的2倍" (multiple). `yearAt(offset)` gives the year the claim speaks of at that offset.
 *
 * @example
 * readGrowthClaims(text, original, sentence, () => 2020)[0]; // { fromYear: 2015, toYear: 2020, form: "percent", value: "108.9", … }
 */
export function readGrowthClaims(
  text: string,
  original: string,
  sentence: Span,
  yearAt: (offset: number) => number,
): ClaimReading[] {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const claims: ClaimReading[] = [];
  const nameBefore = (start: number) =>
    cleanName(text.slice(Math.max(sentence.start, start - NAME_WINDOW), start)) || "未命名指标";
  const source = (start: number, end: number) => ({
    document: "",
    start,
    end,
    quote: original.slice(start, end),
  });
  if (sentenceText.includes("为"))
    for (const claim of sentenceText.matchAll(MULTIPLE_CLAIM_PATTERN)) {
      const fromYear = claim[1] !== undefined ? Number(claim[1]) : termEnd(claim[2]);
      const toYear = yearAt(claim.index ?? 0);
      if (fromYear === undefined || toYear <= fromYear || toYear > MAX_YEAR) continue;
      const start = sentence.start + (claim.index ?? 0);
      claims.push({
        indicator: { name: nameBefore(start) },
        fromYear,
        toYear,
        form: "multiple",
        value: claim[3] ?? "0",
        valueAsWritten: claim[3] ?? "0",
        source: source(start, start + claim[0].length),
      });
    }
  if (sentenceText.includes("比") || sentenceText.includes("较"))
    for (const claim of sentenceText.matchAll(GROWTH_CLAIM_PATTERN)) {
      const toYear = yearAt(claim.index ?? 0);
      if (toYear <= Number(claim[1]) || toYear > MAX_YEAR) continue;
      const start = sentence.start + (claim.index ?? 0);
      // Percentage points are a change of a share, not a growth: left out.
      for (const number of (claim[3] ?? "").matchAll(/(\d+(?:\.\d+)?)(%|倍|个百分点)/g)) {
        if (number[2] === "个百分点") continue;
        claims.push({
          indicator: { name: nameBefore(start) },
          fromYear: Number(claim[1]),
          toYear,
          form: number[2] === "倍" ? "times" : "percent",
          value: DECREASE_WORDS.test(claim[2] ?? "") ? `-${number[1] ?? "0"}` : (number[1] ?? "0"),
          valueAsWritten: number[0],
          source: source(start, start + claim[0].length),
        });
      }
    }
  return claims;
}
