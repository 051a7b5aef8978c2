import type { Region } from "@guihua/schema";
import { deepFreeze } from "./deep-freeze.js";

/**
 * The regions of the seeds and the national plan, with GB/T 2260 codes. `parent` is the parent's
 * name, as in `Plan.region`. English names follow the official romanisation.
 */
export const regions: readonly Region[] = deepFreeze([
  { name: "中华人民共和国", level: "national", englishName: "People's Republic of China" },
  {
    name: "辽宁省",
    level: "province",
    code: "210000",
    parent: "中华人民共和国",
    englishName: "Liaoning Province",
  },
  { name: "沈阳市", level: "prefecture", code: "210100", parent: "辽宁省", englishName: "Shenyang" },
  { name: "鞍山市", level: "prefecture", code: "210300", parent: "辽宁省", englishName: "Anshan" },
  {
    name: "内蒙古自治区",
    level: "province",
    code: "150000",
    parent: "中华人民共和国",
    englishName: "Inner Mongolia Autonomous Region",
  },
  { name: "通辽市", level: "prefecture", code: "150500", parent: "内蒙古自治区", englishName: "Tongliao" },
]);
