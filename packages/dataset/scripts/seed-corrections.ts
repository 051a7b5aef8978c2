import type { Ambiguity } from "@guihua/schema";

/** The curator's additions to a gold target or fact, keyed by gold id. */
export interface Correction {
  /** A hedge that governs the target from outside its clause (力争通过3年努力 heads 003's goals). */
  hedge?: string;
  ambiguities?: Ambiguity[];
  restates?: string;
  scope?: { region?: string; entity?: string };
  /** The value as the text writes it, where the gold gives none or a normalised one (第一, 千亿级). */
  valueAsWritten?: string;
  benchmark?: { region?: string; group?: string; rank?: number };
  period?: { start?: number; end: number };
  denominator?: string;
}

const LEVEL_OR_FLOW = (note: string): Ambiguity => ({ code: "level-cumulative-or-flow", note });
const CARRIED = (note: string): Ambiguity => ({ code: "carried-over", note });

/** 003's 发展目标 section opens with “力争通过3年努力”, which governs every goal under it (003-T01…T13). */
const GOALS_003 = Object.fromEntries(
  Array.from({ length: 13 }, (_, index) => [`003-T${String(index + 1).padStart(2, "0")}`, { hedge: "力争" }]),
) as Record<string, Correction>;

export const CORRECTIONS: Record<string, Correction> = {
  ...GOALS_003,
  // 000 沈阳 2022
  "000-T02": { benchmark: { region: "辽宁省" } },
  "000-T05": {
    ambiguities: [LEVEL_OR_FLOW("5亿元: the amount in 2025, or the total to 2025? The text does not say.")],
  },
  "000-T06": {
    ambiguities: [
      {
        code: "shared-number",
        note: "“专利转让、许可3000件以上”: one combined count of transfers and licences (the reading kept), or 3000 each.",
      },
      LEVEL_OR_FLOW("3000件: transfers and licences in 2025, or the total to 2025? The text does not say."),
    ],
  },
  "000-T14": { benchmark: { region: "中华人民共和国" } },
  // 001 通辽 2023
  "001-T01": { benchmark: { region: "内蒙古自治区" } },
  "001-T02": { benchmark: { region: "内蒙古自治区" } },
  "001-T03": {
    ambiguities: [
      {
        code: "base-ambiguous",
        note: "较“十三五”: the stock at the end of 2020 (the reading kept, base year 2020), or the 2016–2020 total.",
      },
    ],
  },
  "001-T06": {
    ambiguities: [
      {
        code: "shared-number",
        note: "10个左右 for 地理标志证明商标 and 地理标志集体商标 together (the reading kept), or for each.",
      },
    ],
  },
  "001-F07": { valueAsWritten: "第一" },
  "001-T07": { valueAsWritten: "千亿级" },
  "001-T08": {
    ambiguities: [
      CARRIED("The indicator head (专利商标质押) is in the preceding clause “专利商标质押取得新进展”."),
      LEVEL_OR_FLOW("1.5亿元: the amount in 2025, or the total over 2021–2025? The text does not say."),
    ],
  },
  "001-T12": {
    ambiguities: [
      {
        code: "shared-number",
        note: "3~5个 counts 试点城市、强县、园区 together (the reading kept), or each.",
      },
    ],
  },
  "001-T14": {
    ambiguities: [
      LEVEL_OR_FLOW(
        "超过2000人次: a total over 2021–2025 (the likeliest reading), or a yearly number. Compare 001-T52 (600人次 每年).",
      ),
    ],
  },
  "001-T17": {
    restates: "001-T04",
    ambiguities: [
      {
        code: "restatement-changed",
        note: "Restates 001-T04 (每万人拥有高价值发明专利0.6件) with 超过 (>) instead of a plain number, and 高价值专利 for 高价值发明专利.",
        relatedTargets: ["001-T04"],
      },
    ],
  },
  "001-T27": { restates: "001-T08" },
  "001-T28": { valueAsWritten: "百亿级" },
  "001-T29": { valueAsWritten: "千亿级" },
  "001-T30": { valueAsWritten: "全覆盖" },
  "001-T31": { valueAsWritten: "第一" },
  "001-T36": {
    ambiguities: [
      { code: "per-unit-norm", note: "1~2名 for each township IP work station, not a total for 通辽." },
    ],
  },
  "001-T42": {
    restates: "001-T06",
    ambiguities: [
      {
        code: "restatement-changed",
        note: "Restates 001-T06 with a broader scope (adds 地理标志产品) and 10件以上 (>=) instead of 10个左右 (~).",
        relatedTargets: ["001-T06"],
      },
    ],
  },
  "001-T44": {
    ambiguities: [CARRIED("The verb 建成 is shared with the preceding clause (国家级农业产业园1个).")],
  },
  "001-T48": { ambiguities: [CARRIED("The verb 建设 is shared with the preceding clause.")] },
  "001-T51": {
    scope: { region: "各旗县市区" },
    ambiguities: [{ code: "per-unit-norm", note: "2~3次 a year for each 旗县市区, not a total for 通辽." }],
  },
  // 002 辽宁 十四五
  "002-T06": { benchmark: { region: "中华人民共和国" } },
  "002-T07": { benchmark: { region: "中华人民共和国" } },
  "002-T10": {
    ambiguities: [
      {
        code: "text-table-disagree",
        note: "The text names 知识产权质押融资项目数量; 表2 has 知识产权质押融资金额 (002-T22) instead.",
        relatedTargets: ["002-T22"],
      },
    ],
  },
  "002-T11": {
    ambiguities: [
      {
        code: "shared-number",
        note: "“专利转让、许可数量” kept as one combined indicator; it may mean 专利转让数量 and 专利许可数量, each growing 10% a year. 表2 lists only 专利转让 (002-T23).",
        relatedTargets: ["002-T23"],
      },
    ],
  },
  "002-T22": {
    ambiguities: [
      {
        code: "text-table-disagree",
        note: "表2 has 知识产权质押融资金额; the text's 发展目标 names 知识产权质押融资项目数量 (002-T10) instead.",
        relatedTargets: ["002-T10"],
      },
    ],
  },
  "002-T23": {
    restates: "002-T11",
    ambiguities: [
      {
        code: "text-table-disagree",
        note: "表2 has 专利转让; the text says 专利转让、许可数量 (002-T11).",
        relatedTargets: ["002-T11"],
      },
    ],
  },
  "002-T27": {
    ambiguities: [
      {
        code: "text-table-disagree",
        note: "专栏5 calls it 知识产权服务机构数量; the 发展目标 text (002-T15) says 代理服务机构数量.",
        relatedTargets: ["002-T15"],
      },
    ],
  },
  "002-T29": { valueAsWritten: "全覆盖" },
  // 003 沈阳 2020–2023
  "003-T01": {
    hedge: "力争",
    ambiguities: [
      {
        code: "shared-number",
        note: "“知识产权转让、许可数量” kept as one combined indicator; it may mean transfers and licences each growing 20% a year.",
      },
    ],
  },
  "003-T10": { hedge: "力争", period: { end: 2023 } },
  "003-T20": {
    restates: "003-T07",
    ambiguities: [
      {
        code: "restatement-changed",
        note: "Compare 003-T07 (实施产业类专利导航示范项目5个以上): here 5项 国家专利导航示范项目, a narrower scope and a plain number.",
        relatedTargets: ["003-T07"],
      },
    ],
  },
  "003-T19": {
    ambiguities: [CARRIED("The verb 开展 is shared with the preceding clause (产业规划类专利导航6项).")],
  },
  "003-T23": {
    ambiguities: [
      {
        code: "other",
        note: "A 2022 milestone with the same number as the 2023 goal 003-T09 (200家以上); kept as its own target, not a restatement.",
        relatedTargets: ["003-T09"],
      },
    ],
  },
  "003-T25": { period: { end: 2023 } },
  "003-T32": {
    restates: "003-T13",
    ambiguities: [
      {
        code: "restatement-changed",
        note: "Restates 003-T13 (打造5家以上) as an increment (新增…5家) with a plain number.",
        relatedTargets: ["003-T13"],
      },
    ],
  },
  // 004 鞍山 2009
  "004-T01": { benchmark: { region: "中华人民共和国", group: "同类城市" } },
  "004-T03": {
    ambiguities: [
      {
        code: "double-comparator",
        note: "“超过70%以上” doubles the comparator: recorded as > (超过); >= is equally defensible.",
      },
    ],
    denominator: "全社会专利申请量",
  },
  "004-T06": { period: { end: 2010 } },
  "004-T07": {
    period: { end: 2010 },
    ambiguities: [CARRIED("The year 到2010年 is carried from the preceding clause.")],
  },
  "004-T08": { period: { end: 2015 } },
  "004-T09": {
    period: { end: 2015 },
    ambiguities: [CARRIED("The year 到2015年 is carried from the preceding clause.")],
  },
  "004-T10": { period: { end: 2020 } },
  "004-T11": {
    period: { end: 2020 },
    ambiguities: [CARRIED("The year 到2020年 is carried from the preceding clause.")],
  },
  "004-T12": { ambiguities: [CARRIED("The subject 發明專利 is carried from the preceding clause.")] },
  "004-T13": { ambiguities: [CARRIED("The subject 發明專利 is carried from the preceding clause.")] },
  "004-T14": {
    ambiguities: [
      {
        code: "share-growth-relative-or-points",
        note: "年均提高20% of a share: relative growth (×1.2 a year, the reading kept) or 20 percentage points a year (impossible over 11 years).",
      },
    ],
  },
  "004-T22": {
    ambiguities: [
      LEVEL_OR_FLOW("作品版權登記達到100件: registrations in 2010, or all registrations to date?"),
    ],
  },
  "004-T23": {
    ambiguities: [
      LEVEL_OR_FLOW("作品版權登記達到300件: registrations in 2015, or all registrations to date?"),
    ],
  },
  "004-T24": {
    ambiguities: [
      LEVEL_OR_FLOW("作品版權登記達到500件: registrations in 2020, or all registrations to date?"),
    ],
  },
  "004-T26": { ambiguities: [LEVEL_OR_FLOW("Grants in 2010, or all grants to date?")] },
  "004-T27": { ambiguities: [LEVEL_OR_FLOW("Grants in 2010, or all grants to date?")] },
  "004-T28": { ambiguities: [LEVEL_OR_FLOW("Grants in 2015, or all grants to date?")] },
  "004-T29": { ambiguities: [LEVEL_OR_FLOW("Grants in 2015, or all grants to date?")] },
  "004-T30": { ambiguities: [LEVEL_OR_FLOW("Grants in 2020, or all grants to date?")] },
  "004-T31": { ambiguities: [LEVEL_OR_FLOW("Grants in 2020, or all grants to date?")] },
  "004-T33": {
    ambiguities: [
      CARRIED("“產值” alone: software output, from the bullet 軟件和集成電路布圖設計 and the clause before."),
    ],
  },
  "004-T35": {
    ambiguities: [
      CARRIED("“產值” alone: software output, from the bullet 軟件和集成電路布圖設計 and the clause before."),
    ],
  },
  "004-T37": {
    ambiguities: [
      CARRIED("“產值” alone: software output, from the bullet 軟件和集成電路布圖設計 and the clause before."),
    ],
  },
  "004-T38": { benchmark: { region: "辽宁省" } },
  "004-T45": { benchmark: { region: "辽宁省" } },
  "004-T46": { benchmark: { region: "辽宁省" } },
  "004-T48": { denominator: "规模以上工业企业" },
  "004-T49": { denominator: "高新技术企业" },
  "004-T51": {
    ambiguities: [
      CARRIED("Elliptical clause “到2015年達到17個”: the indicator is carried from the previous clause."),
    ],
  },
  "004-T52": {
    ambiguities: [
      CARRIED("Elliptical clause “到2020年達到20個”: the indicator is carried from the previous clause."),
    ],
  },
  "004-T57": { period: { end: 2015 } },
  "004-T59": {
    scope: { entity: "鞍钢" },
    ambiguities: [CARRIED("The subject 鞍鋼 is in the preceding clause.")],
  },
  "004-T60": { scope: { entity: "装备制造业" } },
  "004-T62": {
    ambiguities: [
      { code: "per-unit-norm", note: "每件不低于500元: a subsidy per patent, not a regional total." },
    ],
  },
};
