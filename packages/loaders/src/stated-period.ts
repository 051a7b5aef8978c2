import { CHINESE_DIGIT_CHARACTERS } from "./vocabulary.js";
import type { YearContext } from "./years.js";

/**
 * A number of years stated before a total: 三年累计, 五年内, 未来三年, 用3年时间, 今后五年共. The span opens a
 * clause or follows a word that looks ahead; 每三年 (a cycle), 近三年 and 过去五年 (the past) and 三年行动
 * (a title) do not count.
 */
const STATED_YEARS_PATTERN =
  /(?:^|[,;:、\s)”]|未来|今后|力争|争取|确保|计划|预计|(?<!近|过去)用|通过)(?:用)?([两二三四五六七八九十]|[2-9]|10)年(?:内|间|期间|时间|里)?(?!行动|计划|规划|攻坚|方案|工作|以上|以来|前|后|来|级|制|期|度|[\d〇零一二三四五六七八九十])/g;

/**
 * The number of years a total is stated over, read from the sentence before the number: the last span
 * with no year and no clause of its own in between (三年累计改造600公里,其中2024年改造200公里: the 200 is not).
 */
export function statedYears(before: string): number | undefined {
  let found: { years: number; end: number } | undefined;
  // 2023—2025年,全市筹集…6万套: a range of years opening the sentence is the number of years it spans.
  const range = YEAR_RANGE_PATTERN.exec(before);
  if (range !== null) {
    const years = Number(range[2]) - Number(range[1]) + 1;
    if (years >= 2 && years <= 15) found = { years, end: range.index + range[0].length };
  }
  for (const match of before.matchAll(STATED_YEARS_PATTERN)) {
    const written = match[1] ?? "";
    const years = written === "十" ? 10 : Number(CHINESE_DIGIT_CHARACTERS[written] ?? written);
    found = { years, end: (match.index ?? 0) + match[0].length };
  }
  if (found === undefined) return undefined;
  const between = before.slice(found.end);
  if (/(?:19|20)\d{2}年|[。;]|其中/.test(between)) return undefined;
  return found.years;
}

/** A range of years at the start of the text, as a time phrase of its own: "2023—2025年,". */
const YEAR_RANGE_PATTERN = /^\s*((?:19|20)\d{2})年?\s*[-—~至到]+\s*((?:19|20)\d{2})年(?:期间|间)?\s*[,,]/;

/** A period term's 期间 (“十四五”期间累计…): the five years of the term that gave the year. */
export function cumulativePeriod(
  years: number | undefined,
  year: YearContext,
): { start: number; end: number } | undefined {
  if (years !== undefined) return { start: year.year - years + 1, end: year.year };
  if (year.basis === "period-term") return { start: year.year - 4, end: year.year };
  return undefined;
}
