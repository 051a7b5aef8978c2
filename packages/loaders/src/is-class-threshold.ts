import type { Comparator } from "@guihua/schema";
import type { Quantity } from "./find-quantities.js";
import type { Span } from "./span.js";
import { SELECTED_NOUN_PATTERN, SELECTION_PATTERN, VERB_ONLY_PATTERN } from "./vocabulary.js";

const THRESHOLD_BEFORE_PATTERN = /(?:超过|超|以上|不低于|达到)\s*$/;
const GROUP_NOUN_PATTERN =
  /^(?:的)?[\u4e00-\u9fff]{0,4}?(?:企业|单位|项目|机构|园区|集群|产业|品牌|工厂|车间)/;
/** 一次造成3人以上, 一次死亡10人以上: the size of one event, defining its grade. */
const EVENT_GRADE_BEFORE_PATTERN = /一次(?:性)?(?:造成|死亡|受伤|死亡或失踪)?\s*$/;
/** 每个30万人口以上的县: a number right after 每 or 每个 is the size of the unit counted, not a target. */
const PER_UNIT_BEFORE_PATTERN = /每个?\s*$/;

/**
 * A class named by a threshold: 营业收入超过10亿元的龙头企业, 年排放量10吨以上的企业, 2000万元及以上的
 * 工业法人单位. The quantity (an amount, with a bound) is followed by 的 and the noun it qualifies.
 */
const THRESHOLD_OF_NOUN_PATTERN =
  /^的(?!目标|水平|规模|任务|比例|比重|增长|增速|幅度|要求|标准)[\u4e00-\u9fff]/;
const BOUND_BEFORE_PATTERN = /(?:超过|超|突破|高于|不低于|不少于|低于|少于|不足|不到)\s*$/;
const VERB_BEFORE_PATTERN = new RegExp(`${VERB_ONLY_PATTERN.source.slice(1, -1)}\\s*$`);
/** Measure words of counts: a count before 的 is the target (建成10个以上的产业园). */
const COUNT_UNITS = new Set([
  ..."人件个家项名户所座条部篇场批支位台套处类种辆张艘架栋间幢株棵头首幅份册门单届次期",
  "人次",
  "家次",
  "件次",
  "批次",
]);

/** 的 and a noun phrase, with nothing else before the next number: 的标准化生产基地 (20个). */
const COUNTED_NOUN_PATTERN = /^的[\u4e00-\u9fff\s]{1,16}$/;
/** A selection opening the clause: 对…低于80%的县, 针对…, 凡…. */
const SELECTION_SCOPE_PATTERN = /(?:^|[^反绝])(?:对|针对|凡)[^,;。]{0,24}$/;
/** A measure of a thing right before its count: 床位数, 从业人数, 用电量. */
const MEASURE_NOUN_BEFORE_PATTERN = /(?:数|量|规模)\s*$/;
/** A rate named right before the next number: …通硬化路比例达到. */
const RATE_BEFORE_NUMBER_PATTERN =
  /(?:比例|比重|占比|率)(?:达到|保持在|保持|稳定在|提高到|提升到|不低于|超过|为|下降|降低|减少|提高|控制在)?\s*$/;
/** A rate named right after an amount: 500米覆盖率, 30分钟通达率. */
const RATE_NAME_AFTER_PATTERN = /^(?:内)?[\u4e00-\u9fff]{0,10}?(?:覆盖率|通达率|死亡率|比例|比重|占比|率)/;
/** A verb right after a bound: the quantity is a target (增长5%以上,实现…). */
const VERB_AFTER_PATTERN = /^(?:实现|达到|完成|建成|覆盖|提高|提升|增长|下降|保持|稳定)/;

/** Where a quantity sits: the text around it, its clause, and the comparator written after it. */
export interface QuantitySite {
  text: string;
  clause: Span;
  quantity: Quantity;
  after: { word: string; comparator: Comparator } | undefined;
  /** End of the quantity and its comparator. */
  end: number;
  /** Where the next quantity of the clause starts (else the clause end). */
  limit: number;
  /** The text of the clause before the number (at most 200 characters). */
  before: string;
  /** The six characters after the quantity and its comparator. */
  following: string;
}

/**
 * Whether a quantity names a class rather than a target: 营业收入超过10亿元的龙头企业, 年排放量10吨以上的
 * 企业, 160千瓦及以下小微企业, 25户以上自然村通硬化路比例, 60岁以上老年人, 培育产值超十亿元企业10家,
 * 对…低于80%的县. Counts and shares built or reached (建成10个以上的产业园, 90%以上的行政村) are not.
 *
 * @example
 * isClassThreshold(site); // true for "年排放量超过10吨的企业"
 */
export function isClassThreshold(site: QuantitySite): boolean {
  const { text, clause, quantity, after, end, limit, before, following } = site;
  if (SELECTED_NOUN_PATTERN.test(following) && SELECTION_PATTERN.test(before)) return true;
  if (PER_UNIT_BEFORE_PATTERN.test(before)) return true;
  // 较大事故(一次造成3人以上10人以下死亡): the grade of an event is defined by a count, not set as a target.
  if (EVENT_GRADE_BEFORE_PATTERN.test(before)) return true;
  const bounded = (after !== undefined && after.comparator !== "~") || BOUND_BEFORE_PATTERN.test(before);
  const lead = before.replace(BOUND_BEFORE_PATTERN, "");
  // 建成500亩以上的标准化生产基地20个: an amount with a bound, then 的 and a noun that is counted right after,
  // names the class of what is counted, even after a verb.
  if (
    bounded &&
    !COUNT_UNITS.has(quantity.unit.base) &&
    quantity.unit.base !== "%" &&
    limit < clause.end &&
    COUNTED_NOUN_PATTERN.test(text.slice(end, limit))
  )
    return true;
  if (
    THRESHOLD_OF_NOUN_PATTERN.test(following) &&
    bounded &&
    // A count or a share before 的 is what is built (建成10个以上的产业园, 90%以上的行政村), unless a
    // measure of the noun names it (床位数500张以上的医院) or a selection opens it (对…低于80%的县).
    (SELECTION_SCOPE_PATTERN.test(before) ||
      (!COUNT_UNITS.has(quantity.unit.base) &&
        quantity.unit.base !== "%" &&
        quantity.unit.base !== "百分点") ||
      (COUNT_UNITS.has(quantity.unit.base) && MEASURE_NOUN_BEFORE_PATTERN.test(lead))) &&
    // 建设超过50人的师资库: after a verb the quantity is what is built, not a class.
    !VERB_BEFORE_PATTERN.test(lead)
  )
    return true;
  // 160千瓦及以下小微企业, 25户以上自然村通硬化路比例达到100%: a class named by a bound, with no 的.
  if (
    after !== undefined &&
    /以上|以下/.test(after.word) &&
    /^[\u4e00-\u9fff]/.test(following) &&
    !VERB_AFTER_PATTERN.test(following) &&
    (after.word.includes("以下") ||
      (limit < clause.end && RATE_BEFORE_NUMBER_PATTERN.test(text.slice(end, limit))))
  )
    return true;
  // 公交站点500米覆盖率达到100%: an amount inside the name of the rate that follows it.
  if (
    quantity.unit.base !== "%" &&
    limit < clause.end &&
    RATE_NAME_AFTER_PATTERN.test(text.slice(end, limit)) &&
    RATE_BEFORE_NUMBER_PATTERN.test(text.slice(end, limit))
  )
    return true;
  // An age bound names a group (60岁以上老年人), it is not a target.
  if (
    quantity.unitAsWritten === "岁" &&
    after !== undefined &&
    /^[\u4e00-\u9fff]/.test(text.slice(end, end + 1))
  )
    return true;
  // A threshold naming a group, with the group's count after it: 培育产值超十亿元企业10家.
  if (
    limit < clause.end &&
    (THRESHOLD_BEFORE_PATTERN.test(before) || after !== undefined) &&
    GROUP_NOUN_PATTERN.test(following)
  )
    return true;
  return false;
}
