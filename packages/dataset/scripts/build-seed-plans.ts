/**
 * Builds seeds/plans/<basename>.json from the gold annotation (../shared/gold/seeds), mapped onto the
 * @guihua/schema types, with the hand corrections of CORRECTIONS applied, and validates each plan
 * against its raw text. Run: `npx tsx --conditions=@guihua/source scripts/build-seed-plans.ts`.
 *
 * The gold annotation is the source of every number and span; this script only maps field names,
 * adds what the schema asks for (direction, attribute, catalogue ids, ambiguity codes, restatement
 * links) and records the curator's reading where the mapping needs one.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  parsePlan,
  type Ambiguity,
  type GrowthClaim,
  type Observation,
  type Plan,
  type Region,
  type SourceSpan,
  type Target,
} from "@guihua/schema";
import { findIndicator } from "../src/find-indicator.js";
import { findRegion } from "../src/find-region.js";

const goldDirectory = fileURLToPath(new URL("../../../../shared/gold/seeds/", import.meta.url));
const rawDirectory = fileURLToPath(new URL("../../../seeds/raw/", import.meta.url));
const planDirectory = fileURLToPath(new URL("../../../seeds/plans/", import.meta.url));

/* eslint-disable @typescript-eslint/no-explicit-any -- the gold format is read as loose JSON */
interface GoldItem {
  id: string;
  quote: string;
  offset: number;
  [key: string]: any;
}
interface Gold {
  document: Record<string, any>;
  targets: GoldItem[];
  facts: GoldItem[];
}

// ---------------------------------------------------------------------------------------------------
// Tables: plan metadata, kind and basis names, corrections
// ---------------------------------------------------------------------------------------------------

interface PlanMeta {
  title: string;
  titleSource: "text" | "inferred";
  documentType: Plan["documentType"];
  issuer: string;
  region: string;
  issued?: string;
  documentNumber?: string;
  period: { start?: number; end?: number };
  script: Plan["script"];
  /** Titles of the documents the plan says it is based on, as written (the first occurrence is the span). */
  basedOn: string[];
}

const PLAN_META: Record<string, PlanMeta> = {
  "000_f4ce5bcb0d66299b": {
    title: "沈阳市贯彻落实《知识产权强国建设纲要》加快建设知识产权强市的实施方案",
    titleSource: "text",
    documentType: "implementation-plan",
    issuer: "沈阳市知识产权工作领导小组",
    region: "沈阳市",
    issued: "2022-07-07",
    period: { end: 2035 },
    script: "simplified",
    basedOn: ["知识产权强国建设纲要(2021-2035年)"],
  },
  "001_1d02821496d85e12": {
    title: "通辽市“十四五”知识产权保护和运用规划",
    titleSource: "inferred",
    documentType: "plan",
    issuer: "通辽市人民政府",
    region: "通辽市",
    issued: "2023-06-06",
    period: { start: 2021, end: 2025 },
    script: "simplified",
    basedOn: ["内蒙古自治区通辽市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"],
  },
  "002_6eb086e07f75e31e": {
    title: "辽宁省“十四五”知识产权保护和运用规划",
    titleSource: "text",
    documentType: "plan",
    issuer: "辽宁省知识产权局",
    region: "辽宁省",
    period: { start: 2021, end: 2025 },
    script: "simplified",
    basedOn: [
      "国家“十四五”知识产权保护与运用规划",
      "辽宁省国民经济和社会发展第十四个五年规划和二O三五远景目标纲要",
    ],
  },
  "003_842afa8849cffd08": {
    title: "沈阳市知识产权运营服务体系建设实施方案(2020-2023年)",
    titleSource: "text",
    documentType: "implementation-plan",
    issuer: "沈阳市人民政府",
    region: "沈阳市",
    issued: "2020-09-28",
    period: { start: 2020, end: 2023 },
    script: "simplified",
    basedOn: ["财政部办公厅国家知识产权局办公室关于做好2020年知识产权运营服务体系建设工作的通知"],
  },
  "004_1a2eda50a7740b0f": {
    title: "鞍山市知識產權戰略綱要",
    titleSource: "text",
    documentType: "strategy",
    issuer: "鞍山市人民政府",
    region: "鞍山市",
    issued: "2009-09-07",
    documentNumber: "鞍政發〔2009〕12號",
    period: { start: 2009, end: 2020 },
    script: "mixed",
    basedOn: ["遼寧省知識產權戰略綱要"],
  },
};

const KINDS: Record<string, Target["kind"]> = {
  level: "level",
  range: "range",
  cagr: "growth-rate",
  total_growth: "total-growth",
  multiple: "multiple",
  increment: "increment",
  cumulative: "cumulative",
  per_year: "per-year",
  share: "share",
  comparative: "comparative",
};

const YEAR_BASES: Record<string, Target["targetYearBasis"]> = {
  explicit: "explicit",
  context: "context",
  period_term: "period-term",
  plan_period: "plan-period",
  document_date: "document-year",
};

const ATTRIBUTES: Record<string, Target["attribute"]> = { 预期性: "expected", 约束性: "binding" };

const HEDGES = /力争|力爭|争取|爭取|探索|鼓励|鼓勵/;

/** The curator's additions to a gold target, keyed by gold id. */
interface Correction {
  /** A hedge that governs the target from outside its clause (力争通过3年努力 heads 003's goals). */
  hedge?: string;
  ambiguities?: Ambiguity[];
  restates?: string;
  scope?: { region?: string; entity?: string };
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

const CORRECTIONS: Record<string, Correction> = {
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

// ---------------------------------------------------------------------------------------------------
// Mapping
// ---------------------------------------------------------------------------------------------------

function decimal(value: number): string {
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`cannot write ${value} as a plain decimal`);
  return text;
}

function span(document: string, item: { quote: string; offset: number }): SourceSpan {
  return { document, start: item.offset, end: item.offset + item.quote.length, quote: item.quote };
}

/** The power of ten a written unit carries (亿元 → 8, 万人 → 4); values themselves are always in the base unit. */
function multiplierOf(unitAsWritten: string | null): number {
  if (!unitAsWritten) return 0;
  if (/^[亿億]/.test(unitAsWritten)) return 8;
  if (/^[万萬]/.test(unitAsWritten)) return 4;
  return 0;
}

/** The clause a target sits in: from the last comma, 。, ; or line break before it to the end of its quote. */
function clauseOf(text: string, item: GoldItem): string {
  let start = item.offset;
  while (start > 0 && !/[,,。;；\n]/.test(text[start - 1]!)) start--;
  return text.slice(start, item.offset + item.quote.length);
}

function indicatorRef(name: string): { id?: string; name: string } {
  const indicator = findIndicator(name);
  return indicator ? { id: indicator.id, name } : { name };
}

function benchmarkRegion(description: string, plan: PlanMeta): string | undefined {
  if (/全省|省内|省內/.test(description)) {
    const region = findRegion(plan.region);
    return region?.level === "province" ? region.name : region?.parent;
  }
  if (/全区/.test(description)) return "内蒙古自治区";
  if (/全国|全國|国内/.test(description)) return "中华人民共和国";
  return undefined;
}

function mapTarget(item: GoldItem, document: string, text: string, plan: PlanMeta): Target {
  const correction = CORRECTIONS[item.id] ?? {};
  const kind = KINDS[item.kind];
  if (!kind) throw new Error(`${item.id}: unknown kind ${item.kind}`);
  const indicator = indicatorRef(item.indicator);
  const catalogue = findIndicator(item.indicator);
  const hedge = correction.hedge ?? HEDGES.exec(clauseOf(text, item))?.[0];
  const ambiguities = [...(correction.ambiguities ?? [])];
  const notes = [item.notes, item.optional ? "Optional in the gold annotation (borderline item)." : undefined]
    .filter(Boolean)
    .join(" ");
  const common = {
    id: item.id,
    indicator,
    targetYear: item.target_year,
    targetYearBasis: YEAR_BASES[item.target_year_basis]!,
    direction: catalogue?.direction ?? "increase",
    attribute: ATTRIBUTES[item.attribute] ?? "unspecified",
    ...(hedge ? { hedge } : {}),
    ...(correction.scope ? { scope: correction.scope } : {}),
    source: span(document, item),
    ...(ambiguities.length > 0 ? { ambiguities } : {}),
    ...((correction.restates ?? item.duplicate_of)
      ? { restates: correction.restates ?? item.duplicate_of }
      : {}),
    ...(item.table ? { table: item.table } : {}),
    ...(item.prior_plan ? { priorPlan: true } : {}),
    ...(notes ? { notes } : {}),
  };
  if (!common.targetYearBasis) throw new Error(`${item.id}: unknown basis ${item.target_year_basis}`);

  if (kind === "comparative") {
    const description = item.benchmark as string;
    const region = correction.benchmark?.region ?? benchmarkRegion(description, plan);
    return {
      kind,
      ...common,
      comparator: item.comparator,
      benchmark: {
        description,
        ...(region ? { region } : {}),
        ...(correction.benchmark?.group ? { group: correction.benchmark.group } : {}),
      },
    };
  }
  const valueAsWritten = correction.valueAsWritten ?? item.value_as_written;
  if (!valueAsWritten) throw new Error(`${item.id}: no value as written`);
  const numeric = {
    comparator: item.comparator,
    valueAsWritten,
    unitAsWritten: item.unit_as_written ?? "",
    unit: { base: item.unit_scaled as string, multiplier: multiplierOf(item.unit_as_written) },
    value: decimal(item.value),
    ...(item.value_high != null ? { valueHigh: decimal(item.value_high) } : {}),
    ...(item.base_year
      ? {
          base: {
            year: item.base_year,
            ...(item.base_value != null
              ? {
                  value: decimal(item.base_value),
                  unit: { base: item.base_unit_scaled ?? item.unit_scaled, multiplier: 0 },
                }
              : {}),
          },
        }
      : {}),
  };
  switch (kind) {
    case "per-year":
      return { kind, ...common, ...numeric, aggregate: /年均/.test(item.quote) ? "mean" : "each" };
    case "cumulative":
      return { kind, ...common, ...numeric, ...(correction.period ? { period: correction.period } : {}) };
    case "share":
      return {
        kind,
        ...common,
        ...numeric,
        ...(correction.denominator ? { denominator: correction.denominator } : {}),
      };
    default:
      return { kind, ...common, ...numeric } as Target;
  }
}

const GROWTH_FORMS: Record<string, GrowthClaim["form"]> = {
  percent_increase: "percent",
  increase_times: "times",
  ratio: "multiple",
};

function vintageNote(item: GoldItem): string | undefined {
  const parts: string[] = [];
  if (item.year_basis === "section")
    parts.push(`Year ${item.year} inferred from the section the value is stated in.`);
  if (item.year_basis === "context") parts.push("Year from an earlier clause.");
  if (item.year_basis === "period_term") parts.push("Year from a period term (“十二五”末 / “十三五”).");
  if (item.year_basis === "document_date") parts.push(`“目前”: the document's year, ${item.year}.`);
  if (item.cumulative && item.period_start == null)
    parts.push("A running total (累计) from an unstated start.");
  if (item.table) parts.push(`Table cell: ${item.table.name}, ${item.table.row}, ${item.table.column}.`);
  if (item.duplicate_of) parts.push(`Restates ${item.duplicate_of}.`);
  if (item.optional) parts.push("Optional in the gold annotation.");
  if (item.notes) parts.push(item.notes);
  return parts.length > 0 ? parts.join(" ") : undefined;
}

function mapFact(item: GoldItem, document: string, plan: PlanMeta): Observation {
  const rank = item.kind === "rank";
  const annualRate = item.kind === "growth_claim";
  return {
    id: item.id,
    indicator: annualRate ? { name: `${item.indicator}年均增速` } : indicatorRef(item.indicator),
    region: plan.region,
    period: { year: item.year },
    value: decimal(item.value),
    valueAsWritten: item.value_as_written ?? String(item.value),
    unit: {
      asWritten: item.unit_as_written ?? "",
      base: rank ? "rank" : item.unit_scaled,
      multiplier: rank ? 0 : multiplierOf(item.unit_as_written),
    },
    ...(item.comparator && item.comparator !== "=" ? { comparator: item.comparator } : {}),
    ...(item.cumulative && item.period_start != null ? { cumulativeFrom: item.period_start } : {}),
    status: "final",
    vintage: {
      source: `${plan.title} (${document})`,
      ...(plan.issued ? { publishedOn: plan.issued } : {}),
      ...(vintageNote(item) ? { note: vintageNote(item) } : {}),
    },
    source: span(document, item),
  };
}

function mapClaim(item: GoldItem, document: string, plan: PlanMeta): GrowthClaim {
  return {
    id: item.id,
    indicator: indicatorRef(item.indicator),
    region: plan.region,
    fromYear: item.base_year,
    toYear: item.year,
    form: GROWTH_FORMS[item.growth_form]!,
    value: decimal(item.value),
    valueAsWritten: item.value_as_written,
    source: span(document, item),
  };
}

function buildPlan(gold: Gold, text: string): Plan {
  const document = gold.document.basename as string;
  const meta = PLAN_META[document];
  if (!meta) throw new Error(`no metadata for ${document}`);
  const region: Region | undefined = findRegion(meta.region);
  if (!region) throw new Error(`unknown region ${meta.region}`);

  const targets = gold.targets.map((item) => mapTarget(item, document, text, meta));
  for (const target of targets) {
    // A table target's base is the same row's cell in the base-year column: point at that cell.
    if (!target.table || !("base" in target) || !target.base) continue;
    const cell = gold.facts.find(
      (fact) =>
        fact.table?.name === target.table?.name &&
        fact.table?.row === target.table?.row &&
        fact.year === target.base?.year,
    );
    if (!cell) continue;
    target.base.source = span(document, cell);
    // The cell says how the base was written (30.96亿元): keep its scale, as for a target's own unit.
    if (target.base.unit) target.base.unit = { ...target.base.unit, multiplier: multiplierOf(cell.unit_as_written) };
  }
  const byId = new Map(targets.map((target) => [target.id, target]));
  for (const target of targets) {
    if (!target.restates) continue;
    const original = byId.get(target.restates);
    if (!original) throw new Error(`${target.id} restates unknown ${target.restates}`);
    original.restatedBy = [...(original.restatedBy ?? []), target.id];
  }

  const facts: Observation[] = [];
  const claims: GrowthClaim[] = [];
  for (const item of gold.facts) {
    if (item.kind === "comparative") continue; // no number: kept in the gold annotation only
    if (item.kind === "growth_claim" && GROWTH_FORMS[item.growth_form])
      claims.push(mapClaim(item, document, meta));
    else facts.push(mapFact(item, document, meta));
  }

  const basedOn = meta.basedOn.map((title) => {
    const start = text.indexOf(title);
    if (start < 0) throw new Error(`${document}: “${title}” is not in the text`);
    return { title, source: { document, start, end: start + title.length, quote: title } };
  });

  return {
    schemaVersion: "1.0",
    id: document,
    title: meta.title,
    titleSource: meta.titleSource,
    documentType: meta.documentType,
    issuer: meta.issuer,
    region: { ...region },
    ...(meta.issued ? { issued: meta.issued } : {}),
    ...(meta.documentNumber ? { documentNumber: meta.documentNumber } : {}),
    period: meta.period,
    script: meta.script,
    basedOn,
    targets,
    facts,
    ...(claims.length > 0 ? { claims } : {}),
    sourceSha256: createHash("sha256")
      .update(readFileSync(`${rawDirectory}${document}.txt`))
      .digest("hex"),
  };
}

function main(): void {
  mkdirSync(planDirectory, { recursive: true });
  for (const name of readdirSync(goldDirectory)
    .filter((file) => file.endsWith(".json"))
    .sort()) {
    const gold = JSON.parse(readFileSync(goldDirectory + name, "utf8")) as Gold;
    const text = readFileSync(`${rawDirectory}${gold.document.basename}.txt`, "utf8");
    const plan = parsePlan(buildPlan(gold, text), { text });
    writeFileSync(`${planDirectory}${plan.id}.json`, `${JSON.stringify(plan, null, 2)}\n`);
    console.log(
      `${plan.id}: ${plan.targets.length} targets, ${plan.facts.length} facts, ${plan.claims?.length ?? 0} claims`,
    );
  }
}

main();
