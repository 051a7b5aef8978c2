import type { IndicatorRef } from "@guihua/schema";

// A unit in brackets after a table row name: 万人有效发明专利拥有量(件).
const TRAILING_UNIT = /[（(][^（()）]*[)）]$/;
const REGION_SUFFIX = /(?:特别行政区|自治区|地区|省|市|县|区|盟)$/;
const TRADITIONAL: Record<string, string> = {
  萬: "万",
  億: "亿",
  註: "注",
  冊: "册",
  標: "标",
  數: "数",
  總: "总",
  專: "专",
  權: "权",
};

/** A comparable key for an indicator: its catalogue id when known, else its name without spaces or unit. */
export function indicatorKey(indicator: IndicatorRef): string {
  if (indicator.id) return `id:${indicator.id}`;
  return `name:${normaliseName(indicator.name)}`;
}

function normaliseName(name: string): string {
  let text = name.replace(/\s+/g, "").replace(TRAILING_UNIT, "");
  text = text.replace(/[萬億註冊標數總專權]/g, (character) => TRADITIONAL[character] ?? character);
  return text;
}

/** Whether two references name the same indicator: equal ids when both have one, else equal names. */
export function sameIndicator(a: IndicatorRef, b: IndicatorRef): boolean {
  if (a.id && b.id) return a.id === b.id;
  return normaliseName(a.name) === normaliseName(b.name);
}

/** A loose key for grouping a plan's targets by indicator: drops 总量/数量 so 注册商标 and 注册商标总量 meet. */
export function looseIndicatorKey(indicator: IndicatorRef): string {
  if (indicator.id) return `id:${indicator.id}`;
  return `name:${normaliseName(indicator.name).replace(/(?:总量|总数|数量|年均增长率|增长率)$/, "")}`;
}

const regionKeys = new Map<string, string>();

/** A comparable region name: 沈阳市 and 沈阳 are the same place. */
export function regionKey(region: string): string {
  const known = regionKeys.get(region);
  if (known !== undefined) return known;
  const trimmed = region.replace(/\s+/g, "");
  const stripped = trimmed.replace(REGION_SUFFIX, "");
  const key = stripped.length >= 2 ? stripped : trimmed;
  // Plans name a handful of regions; the cache stays small but is bounded all the same.
  if (regionKeys.size < 4096) regionKeys.set(region, key);
  return key;
}

const LEVELS: [RegExp, string][] = [
  [/(?:省|自治区|特别行政区)$/, "province"],
  [/(?:市|地区|盟|州)$/, "prefecture"],
  [/(?:县|区|旗)$/, "county"],
];

/**
 * A region key that keeps the level a name states: 吉林省 and 吉林市 differ, 沈阳 and 沈阳市 do not (a bare
 * name matches either level). Compare two with {@link sameRegion}.
 */
export function regionLevelKey(region: string): string {
  const trimmed = region.replace(/\s+/g, "");
  const level = LEVELS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? "";
  return `${regionKey(region)}\u0000${level}`;
}

/** Whether two {@link regionLevelKey} keys name the same place: same name, and the same level when both state one. */
export function sameRegion(a: string, b: string): boolean {
  if (a === b) return true;
  const split = a.indexOf("\u0000");
  if (split !== b.indexOf("\u0000") || a.slice(0, split) !== b.slice(0, split)) return false;
  return a.length === split + 1 || b.length === split + 1;
}

/** Who a target is about: its region (default the plan's) and entity (装备制造业, a named company). */
export function scopeKey(
  scope: { region?: string; entity?: string } | undefined,
  planRegion: string,
): string {
  return `${regionKey(scope?.region ?? planRegion)}|${scope?.entity ?? ""}`;
}
