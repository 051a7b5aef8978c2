import type { Region } from "@guihua/schema";
import { normaliseName } from "./normalise-name.js";
import { regions } from "./regions.js";

/** Other ways the seeds and releases write a region's name. */
const ALIASES: Readonly<Record<string, string>> = {
  中国: "中华人民共和国",
  全国: "中华人民共和国",
  国家: "中华人民共和国",
  china: "中华人民共和国",
  辽宁: "辽宁省",
  沈阳: "沈阳市",
  鞍山: "鞍山市",
  内蒙古: "内蒙古自治区",
  通辽: "通辽市",
  内蒙古自治区通辽市: "通辽市",
  辽宁省沈阳市: "沈阳市",
  辽宁省鞍山市: "鞍山市",
};

const byKey: ReadonlyMap<string, Region> = (() => {
  const map = new Map<string, Region>();
  for (const region of regions) {
    map.set(normaliseName(region.name), region);
    if (region.code) map.set(region.code, region);
    if (region.englishName) map.set(normaliseName(region.englishName), region);
  }
  for (const [alias, name] of Object.entries(ALIASES)) {
    const region = map.get(normaliseName(name));
    if (region) map.set(normaliseName(alias), region);
  }
  return map;
})();

/**
 * Finds a region by name (full or short, simplified or traditional), English name or GB/T 2260 code.
 *
 * @example
 * findRegion("通辽")?.code; // "150500"
 * findRegion("210300")?.name; // "鞍山市"
 */
export function findRegion(nameOrCode: string): Region | undefined {
  return byKey.get(normaliseName(nameOrCode));
}
