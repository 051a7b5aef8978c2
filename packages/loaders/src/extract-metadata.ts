import type { DocumentType, ParentPlan, RegionLevel } from "@guihua/schema";
import type { Paragraph } from "./segment.js";

/** Words a plan title ends with. */
const TITLE_PATTERN =
  /^[^,。;:!?《》]{0,60}?(?:规划|纲要|实施方案|工作方案|行动方案|行动计划|方案|计划|实施意见|意见|工作要点|政府工作报告|战略)(?:\(\d{4}\s*[-—~至]+\s*\d{4}年?\)|\(\d{4}年(?:版|度)?\))?(?:\((?:征求意见稿|送审稿|草案|试行|修订稿?)\))?$/;
const NOTICE_PATTERN = /印发(?:<|《)?(.{4,60}?)(?:>|》)?的通知/;
const COVER_TITLE_PATTERN = /现将《([^》]{4,80})》/;
const DATE_LINE_PATTERN = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/;
/** A work report's delivery line: ——2024年1月20日在某某市第十七届人民代表大会第四次会议上. */
const DELIVERY_PATTERN =
  /^[—-]*\s*\(?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日在(.{2,40}?)第[^,。]{1,12}人民代表大会/;
const SPEAKER_PATTERN = /^(.{2,20}?人民政府)(?:代理)?(?:省长|市长|县长|区长|主席|州长|旗长|盟长)/;
const HEADER_DATE_PATTERN = /发文(?:时间|日期)[:]\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})/;
const DOCUMENT_NUMBER_PATTERN = /[\u4e00-\u9fff]{1,10}〔(?:19|20)\d{2}〕\d{1,4}号/;
const ISSUER_PATTERN =
  /^(.{2,30}?(?:人民政府|人民政府办公厅|人民政府办公室|领导小组|委员会|知识产权局|局|厅|办公室|管委会))$/;
const ISSUER_PREFIX_PATTERN = /^(.{2,20}?(?:人民政府|人民政府办公厅|人民政府办公室|领导小组|委员会))关于印发/;
/** A signing body right before a date inside a flattened line: "… 沈阳市人民政府 2020年9月28日". */
const SIGNER_PATTERN = /([^\s,。;:]{2,30}(?:人民政府|领导小组|委员会|办公厅|办公室))\s+$/;
const HEADER_ISSUER_PATTERN = /发文机构[:]\s*([^|\s]{2,30})/;
/** A period in the title, in brackets or not: (2021—2025年), 2024—2026年行动方案, 2023年至2025年. */
const PERIOD_IN_TITLE_PATTERN = /\(?((?:19|20)\d{2})年?\s*(?:[-—~至到]+|年至)\s*((?:19|20)\d{2})年?\)?/;
/** One year in the title: 实施方案(2024年版), 工作要点(2024年). */
const YEAR_IN_TITLE_PATTERN = /\(((?:19|20)\d{2})年(?:版|度)?\)$/;
/** A one-year programme named by its year: 2025年科技工作要点, 某市2024年度重点工作计划, 2024年民生实事项目. */
const YEAR_PROGRAMME_TITLE_PATTERN =
  /^[^—~至\d]*?((?:19|20)\d{2})年度?[^—~至\d]*(?:工作要点|工作计划|工作方案|行动计划|实施方案|计划|民生实事(?:项目)?|实事项目|重点项目(?:清单)?|重点工作(?:安排)?|工作安排|任务清单|项目清单|目标任务)$/;
/** A review of one year and the plan of the next: 2024年工作总结和2025年工作计划 plans 2025. */
const REVIEW_AND_PLAN_TITLE_PATTERN =
  /((?:19|20)\d{2})年[^\d]{0,20}?(?:总结|回顾)[^\d]{0,6}?((?:19|20)\d{2})年[^\d]{0,20}?(?:计划|要点|安排|思路|打算)$/;
const PERIOD_IN_TEXT_PATTERN =
  /(?:时期|期间|规划期|执行年为|实施期|期限为?)[^。\d]{0,6}\(?(\d{4})年?\s*[-—~至]+\s*(\d{4})年?/;
/** Five-year plan names and their years. */
export const PERIOD_TERMS: Readonly<Record<string, number>> = {
  十一五: 2006,
  十二五: 2011,
  十三五: 2016,
  十四五: 2021,
  十五五: 2026,
  十六五: 2031,
};
const PERIOD_TERM_PATTERN = /(十[一二三四五六]五)/;
const REGION_PATTERN =
  /^(?:([\u4e00-\u9fff]{2,8}?(?:省|自治区)))?([\u4e00-\u9fff]{2,6}?(?:省|自治区|市|自治州|州|盟|县|旗|区))/;
/** An aspiration named like a place: 知识产权强省, 文化强市, 农业大县, 示范区 (not a real 新区 or 城区). */
const ASPIRATION_REGION_PATTERN = /(?:强|大|名)(?:省|市|县|区|州|旗)$|示范区$|先行区$|试验区$/;
const NATIONAL_PATTERN = /^(?:国务院|国家|中共中央|全国)/;
const MUNICIPALITIES = ["北京市", "上海市", "天津市", "重庆市"];
const REGION_STOP_PREFIXES = /^(?:全|我|本|各|该|两|城|分|县|市|省|区|示范|试点|中)/;
const PARENT_SCOPE_PATTERN = /根据([^。]{0,400}?)(?:精神|要求|部署)?[,]?(?:结合|制定|特制定|编制|现|。)/g;
const BOOK_TITLE_PATTERN = /《([^《》]{2,120})》/g;

export interface Metadata {
  title?: string;
  titleStart?: number;
  documentType?: DocumentType;
  issuer?: string;
  issued?: string;
  documentNumber?: string;
  region?: { name: string; level: RegionLevel };
  period: { start?: number; end?: number };
  periodFromText: boolean;
  basedOn: ParentPlan[];
  /** Where a work report was delivered: 某某市第十七届人民代表大会 → 某某市. */
  deliveredIn?: string;
}

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

function documentTypeOf(title: string): DocumentType {
  if (/政府工作报告/.test(title)) return "work-report";
  if (/方案|计划|实施意见|工作要点/.test(title)) return "implementation-plan";
  if (/纲要|战略/.test(title)) return "strategy";
  if (/规划/.test(title)) return "plan";
  return "other";
}

function regionOf(name: string): { name: string; level: RegionLevel } | undefined {
  if (NATIONAL_PATTERN.test(name)) return { name: "中国", level: "national" };
  // 中共某某市委 某某市人民政府关于…: the party committee's prefix is not part of the place.
  const match = REGION_PATTERN.exec(name.replace(/^中共/, ""));
  // 贵州省知识产权强省建设方案: the aspiration is not the place; the province before it is.
  const region = match?.[2] !== undefined && ASPIRATION_REGION_PATTERN.test(match[2]) ? match[1] : match?.[2];
  if (region === undefined || REGION_STOP_PREFIXES.test(region)) return undefined;
  if (/(?:省|自治区)$/.test(region) || MUNICIPALITIES.includes(region))
    return { name: region, level: "province" };
  if (/(?:市|自治州|州|盟)$/.test(region)) return { name: region, level: "prefecture" };
  return { name: region, level: "county" };
}

/** The place named most often as X市 / X省 when neither title nor issuer names one. */
function frequentRegion(text: string): { name: string; level: RegionLevel } | undefined {
  const counts = new Map<string, number>();
  for (const match of text.slice(0, 50000).matchAll(/([\u4e00-\u9fff]{2})(市|省)/g)) {
    const name = match[0];
    if (REGION_STOP_PREFIXES.test(name) || /^(?:城市|省市|地市|县市)/.test(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 2;
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
  return best === undefined ? undefined : regionOf(best);
}

function findParents(text: string, original: string): ParentPlan[] {
  const parents: ParentPlan[] = [];
  const seen = new Set<string>();
  PARENT_SCOPE_PATTERN.lastIndex = 0;
  for (const scope of text.slice(0, 20000).matchAll(PARENT_SCOPE_PATTERN)) {
    const scopeStart = (scope.index ?? 0) + 2;
    for (const book of (scope[1] ?? "").matchAll(BOOK_TITLE_PATTERN)) {
      const start = scopeStart + (book.index ?? 0);
      const end = start + book[0].length;
      const title = original.slice(start + 1, end - 1);
      if (seen.has(title)) continue;
      seen.add(title);
      parents.push({ title, source: { document: "", start, end, quote: original.slice(start, end) } });
    }
    if (parents.length >= 10) break;
  }
  return parents;
}

/**
 * Reads a plan's metadata: title, type, issuer, issue date, document number, region and level,
 * plan period (from the title, a period term in it, or the text) and the plans it is based on (根据《…》).
 * Strings are copied from the original text, so traditional titles stay as written.
 *
 * @example
 * extractMetadata(text, original, paragraphs).period; // { start: 2021, end: 2025 }
 */
export function extractMetadata(text: string, original: string, paragraphs: readonly Paragraph[]): Metadata {
  const head = paragraphs.slice(0, 40);
  const metadata: Metadata = { period: {}, periodFromText: false, basedOn: [] };
  for (const paragraph of head) {
    const content = text.slice(paragraph.start, paragraph.end);
    if (content.length > 80) continue;
    if (metadata.title === undefined && TITLE_PATTERN.test(content) && !/^(?:关于|根据|为)/.test(content)) {
      metadata.title = original.slice(paragraph.start, paragraph.end);
      metadata.titleStart = paragraph.start;
    }
    const date = DATE_LINE_PATTERN.exec(content);
    if (date && metadata.issued === undefined)
      metadata.issued = isoDate(date[1] ?? "", date[2] ?? "", date[3] ?? "");
  }
  for (const paragraph of head) {
    const content = text.slice(paragraph.start, paragraph.end);
    const delivery = DELIVERY_PATTERN.exec(content);
    if (delivery) {
      metadata.issued ??= isoDate(delivery[1] ?? "", delivery[2] ?? "", delivery[3] ?? "");
      metadata.deliveredIn = delivery[4];
    }
    const speaker = SPEAKER_PATTERN.exec(content);
    if (speaker?.[1] !== undefined && metadata.issuer === undefined)
      metadata.issuer = original.slice(paragraph.start, paragraph.start + speaker[1].length);
  }
  const opening = text.slice(0, 4000);
  if (metadata.title === undefined) {
    const match = NOTICE_PATTERN.exec(opening.replace(/\n/g, "")) ?? COVER_TITLE_PATTERN.exec(opening);
    if (match?.[1] !== undefined) {
      const index = text.indexOf(match[1]);
      metadata.title = index === -1 ? match[1] : original.slice(index, index + match[1].length);
      if (index !== -1) metadata.titleStart = index;
    }
  }
  if (metadata.issued === undefined) {
    const header = HEADER_DATE_PATTERN.exec(opening);
    if (header) metadata.issued = isoDate(header[1] ?? "", header[2] ?? "", header[3] ?? "");
    else {
      // A signature date on a line of its own, anywhere.
      for (const paragraph of paragraphs) {
        if (paragraph.end - paragraph.start > 14) continue;
        const date = DATE_LINE_PATTERN.exec(text.slice(paragraph.start, paragraph.end));
        if (date) {
          metadata.issued = isoDate(date[1] ?? "", date[2] ?? "", date[3] ?? "");
          break;
        }
      }
    }
  }
  // A signature inside a flattened line: "… 沈阳市人民政府 2020年9月28日".
  // Find dates first, then look just before each for the signing body (a lazy scan everywhere is slow).
  for (const date of opening.matchAll(/((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/g)) {
    const dateStart = date.index ?? 0;
    const before = opening.slice(Math.max(0, dateStart - 40), dateStart);
    const signer = SIGNER_PATTERN.exec(before);
    if (signer?.[1] === undefined) continue;
    const signerStart = dateStart - before.length + signer.index;
    metadata.issuer ??= original.slice(signerStart, signerStart + signer[1].length).trim();
    metadata.issued = isoDate(date[1] ?? "", date[2] ?? "", date[3] ?? "");
    break;
  }
  const documentNumber = DOCUMENT_NUMBER_PATTERN.exec(opening);
  if (documentNumber)
    metadata.documentNumber = original.slice(
      documentNumber.index,
      documentNumber.index + documentNumber[0].length,
    );
  for (const paragraph of head) {
    if (metadata.issuer !== undefined) break;
    const content = text.slice(paragraph.start, paragraph.end);
    const prefix = ISSUER_PREFIX_PATTERN.exec(content);
    if (prefix?.[1] !== undefined)
      metadata.issuer = original.slice(paragraph.start, paragraph.start + prefix[1].length);
    else if (ISSUER_PATTERN.test(content) && !/[,。]/.test(content))
      metadata.issuer = original.slice(paragraph.start, paragraph.end);
  }
  if (metadata.issuer === undefined) {
    const header = HEADER_ISSUER_PATTERN.exec(opening);
    if (header?.[1] !== undefined) metadata.issuer = header[1];
  }
  const titleText =
    metadata.titleStart === undefined || metadata.title === undefined
      ? ""
      : text.slice(metadata.titleStart, metadata.titleStart + metadata.title.length);
  if (titleText) metadata.documentType = documentTypeOf(titleText);
  metadata.region =
    (titleText ? regionOf(titleText) : undefined) ??
    (metadata.issuer === undefined ? undefined : regionOf(metadata.issuer)) ??
    (metadata.deliveredIn === undefined ? undefined : regionOf(metadata.deliveredIn)) ??
    frequentRegion(text);
  const titlePeriod = PERIOD_IN_TITLE_PATTERN.exec(titleText);
  const titleTerm = PERIOD_TERM_PATTERN.exec(titleText);
  const textPeriod = PERIOD_IN_TEXT_PATTERN.exec(text.slice(0, 30000));
  const reviewAndPlan = REVIEW_AND_PLAN_TITLE_PATTERN.exec(titleText);
  const titleYear =
    YEAR_IN_TITLE_PATTERN.exec(titleText) ??
    YEAR_PROGRAMME_TITLE_PATTERN.exec(titleText) ??
    (reviewAndPlan === null ? null : ([reviewAndPlan[0], reviewAndPlan[2]] as const));
  if (titlePeriod && isPeriod(Number(titlePeriod[1]), Number(titlePeriod[2])))
    metadata.period = { start: Number(titlePeriod[1]), end: Number(titlePeriod[2]) };
  else if (titleYear) metadata.period = { start: Number(titleYear[1]), end: Number(titleYear[1]) };
  else if (titleTerm?.[1] !== undefined && PERIOD_TERMS[titleTerm[1]] !== undefined) {
    const start = PERIOD_TERMS[titleTerm[1]] ?? 0;
    metadata.period = { start, end: start + 4 };
  } else if (textPeriod && Number(textPeriod[2]) - Number(textPeriod[1]) <= 15) {
    metadata.period = { start: Number(textPeriod[1]), end: Number(textPeriod[2]) };
  }
  if (metadata.period.end === undefined && metadata.documentType === "work-report") {
    // A work report plans its own year: the year it is delivered in, else the year in its title.
    const titleYear = /((?:19|20)\d{2})年/.exec(titleText)?.[1];
    const year =
      metadata.issued !== undefined
        ? Number(metadata.issued.slice(0, 4))
        : titleYear !== undefined
          ? Number(titleYear)
          : undefined;
    if (year !== undefined) metadata.period = { start: year, end: year };
  }
  metadata.periodFromText = metadata.period.end !== undefined;
  metadata.basedOn = findParents(text, original);
  return metadata;
}

/** Two years that can bound a plan: in order, at most fifteen years apart. */
function isPeriod(start: number, end: number): boolean {
  return start <= end && end - start <= 15;
}
