import { LEADING_NOISE_PATTERN, TRAILING_VERB_PATTERN } from "./vocabulary.js";

const MAX_NAME_LENGTH = 60;

/** A year glued to the end of a name: 规模以上工业企业由2015年的(120家). */
const TRAILING_YEAR_PATTERN = /(?:由|从|自|增加到|增长到|提高到|达到|到)?(?:19|20)\d{2}年(?:底|末)?的?$/;

export function cleanName(name: string): string {
  let result = name.replace(LEADING_NOISE_PATTERN, "");
  result = result.replace(TRAILING_YEAR_PATTERN, "").replace(TRAILING_VERB_PATTERN, "");
  result = result.replace(/[、和及与,]+$/, "").replace(/^[、和及与,]+/, "");
  return result.length > MAX_NAME_LENGTH ? result.slice(result.length - MAX_NAME_LENGTH) : result;
}

/** 专利申请量和授权量 → two; 专利转让、许可数量 → one (parts without the shared head noun are merged). */
export function splitSharedIndicator(name: string): string[] {
  const parts = name.split(/和|与|及/).filter((part) => part.length > 0);
  const result: string[] = [];
  for (const part of parts) {
    const items = part.split("、").filter((item) => item.length > 0);
    const head = items[items.length - 1]?.slice(-2) ?? "";
    let pending = "";
    for (const item of items) {
      const merged = pending ? `${pending}、${item}` : item;
      if (item.endsWith(head) || item === items[items.length - 1]) {
        result.push(merged);
        pending = "";
      } else pending = merged;
    }
  }
  return result.length > 1 && result.every((part) => part.length >= 2) ? result : [name];
}

/** The head noun of an indicator, shared by the items of a list before it: 排放总量, 收入, 覆盖率. */
const HEAD_NOUN_PATTERN =
  /(?:排放总量|排放量|总量|收入|支出|产值|增加值|投资|面积|浓度|强度|指数|比重|比例|[^、和及与]{0,2}(?:量|率|额|数))$/;

/**
 * The indicators of a 分别 list, each with the head noun the last one carries:
 * 二氧化硫和颗粒物排放总量 → 二氧化硫排放总量, 颗粒物排放总量; 商标注册量、专利授权量 → unchanged.
 */
export function splitRespective(name: string): string[] {
  const items = splitList(name);
  const head = HEAD_NOUN_PATTERN.exec(items[items.length - 1] ?? "")?.[0];
  if (head === undefined || items.length < 2) return items;
  return items.map((item) => (HEAD_NOUN_PATTERN.test(item) ? item : `${item}${head}`));
}

/** Items of a list: 商标注册量、专利授权量 → two. */
export function splitList(name: string): string[] {
  return name.split(/[、和及与]/).filter((item) => item.length >= 2);
}
