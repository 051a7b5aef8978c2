import type { Ambiguity, Comparator, Target } from "@guihua/schema";
import { findComparatorAfter, findComparatorBefore } from "./comparators.js";
import { PERIOD_TERMS } from "./extract-metadata.js";
import type { Quantity } from "./find-quantities.js";
import { cleanName } from "./indicator-names.js";
import { isClassThreshold } from "./is-class-threshold.js";
import type { Span } from "./span.js";
import {
  CHANGE_BEFORE_NUMBER_PATTERN,
  CUMULATIVE_PATTERN,
  DECREASE_PATTERN,
  INCREMENT_PATTERN,
  LEADING_NOISE_PATTERN,
  PER_YEAR_MEAN_PATTERN,
  PER_YEAR_PATTERN,
  TOTAL_GROWTH_PATTERN,
  VERB_ONLY_PATTERN,
  YEARLY_GROWTH_PATTERN,
} from "./vocabulary.js";

/** What reading one quantity needs from the document. */
export interface QuantityContext {
  text: string;
  workReport: boolean;
  /** The document's period: a one-year programme (2025–2025) states yearly rates, as a work report does. */
  period?: { start?: number; end?: number };
}

/** A project's description, not a target: 总投资50亿元, 占地面积200亩. */
const PROJECT_SPEC_PATTERN =
  /(?:总投资|估算投资|计划投资|投资估算|占地面积|占地|建筑面积|规划面积|总建筑面积|设计产能|年产)(?:约|达|为)?\s*$/;

/** Support given per case: a policy parameter (methods.md: optional), not a regional target. */
const POLICY_PATTERN = /给予|奖励|补助|资助|补贴|奖补|一次性/;

/** A count changed by an amount, not to it: 增加3个, 减少50家 (增加到3个 is a level). */
const COUNT_CHANGE_PATTERN = /(?:增加|增长|提高|扩大|减少|压减)(?:了)?\s*$/;
/** A note under a table: 注:…, 说明:…. */
const NOTE_LINE_PATTERN = /^\s*(?:注|说明|备注)\s*\d*\s*:/;
/** A verb that brings a value down to a level: 压减至, 缩短到, 降至 (审查周期压减至15个月 is a target). */
const FALL_TO_PATTERN = /(?:下降|降低|减少|压减|压缩|缩短)(?:到|至)\s*$|(?:降至|降到|减至)\s*$/;
/** A measure per unit of time, read with its quantity (万吨/年, 立方米/日). */
const RATE_UNIT_PATTERN = /\/(?:年|日|天|小时|秒)$/;
/** A verb that sets a capacity, right before it or before the capacity's name (新增供水能力30万立方米/日). */
const RATE_VALUE_VERB_PATTERN =
  /(?:(?:达到|达|提高到|提高至|提升到|提升至|增加到|增加至|扩大到|扩大至|超过|突破|形成|新增|为)\s*|(?:新增|新建|形成|提升|提高)[\u4e00-\u9fff]{1,10}(?:能力|规模|产能))$/;
/** 新增劳动力平均受教育年限达到14.2年: 新增 names the group, and an average of it is a level, not an addition. */
const MEAN_AFTER_NEW_PATTERN =
  /新增[\u4e00-\u9fff]{1,8}平均[\u4e00-\u9fff]{0,8}(?:达到|为|提高到|提升到)\s*$/;
const MAX_LOOKBACK = 200;
const ADMINISTRATIVE_UNIT_PATTERN =
  /^(?:县|区|市|乡|镇|街道|村|社区|旗|盟|地市|设区市|行政村|建制村|自然村|乡镇)/;
/** An open bracket that defines or annotates: (指…, (即…, (含…, (注:…, (共28项) */
const DEFINITION_PATTERN = /\((?:指|即|含|注|其中|包括|共)[^)]*$/;
/** The verb a time limit bounds: 3个工作日办结, 1小时内完成. */
const TIME_LIMIT_AFTER_PATTERN = /^内?(?:办结|办完|完成|办理完毕|出证|办毕|响应|到达)/;
/** Verbs that place a value rather than bound it: with 左右 the value is approximate. */
const PLACEMENT_VERB_PATTERN = /^(?:控制在|约)$/;

const SKIPPED_UNITS = new Set(["年", "月", "日", "号", "市", "县", "区", "园"]);

/** Durations are targets only when bounded: 审查周期压减至15个月, 办结时限不超过5个工作日. */
const DURATION_UNITS = new Set(["个月", "天", "小时", "工作日", "个工作日", "分钟"]);

const NOT_A_TARGET_AFTER =
  /^(?:级|强|型|大|方面|个方面|领域|环节|阶段|步|类|项任务|项措施|项工程|家单位联合|号|\+|计划|工程|行动|战略|(?:项|个|条)?(?:重点|主要)?(?:任务|措施|举措|原则|意见|方面|环节)(?!数))/;

const BASE_YEAR_PATTERN = /以((?:19|20)\d{2})年为基[数期准]|(?:较|比)((?:19|20)\d{2})年/;

const BASE_TERM_PATTERN = /(?:较|比)“?(十[一二三四五六]五)”?/;

const SHARE_NAME_PATTERN = /比例|占比|比重|率|覆盖|满意度/;

const MAX_FOLLOWING_NAME = 40;

export interface QuantityReading extends Span {
  skip: boolean;
  /** The stated base value of a 由…提高到 target. */
  baseValue?: Quantity;
  /** End of the number, its measure word and a trailing comparator. */
  quantityEnd: number;
  /** No subject of its own: 到2015年达到17个. */
  carried: boolean;
  name: string;
  kind: Target["kind"];
  comparator: Comparator;
  direction: "increase" | "decrease";
  aggregate?: "each" | "mean";
  base?: { year: number };
  ambiguities: Ambiguity[];
}

export function readQuantity(
  context: QuantityContext,
  clause: Span,
  quantity: Quantity,
  nameFloor: number,
  past: boolean,
  limit: number,
): QuantityReading {
  const { text } = context;
  const after = findComparatorAfter(text, quantity.end);
  const end = quantity.end + (after?.word.length ?? 0);
  const skipped: QuantityReading = {
    skip: true,
    quantityEnd: end,
    carried: false,
    start: quantity.start,
    end,
    name: "",
    kind: "level",
    comparator: "=",
    direction: "increase",
    ambiguities: [],
  };
  const yearsAsValue = quantity.unitAsWritten === "年" && Number(quantity.value) < 100;
  if (
    (SKIPPED_UNITS.has(quantity.unitAsWritten) && !yearsAsValue) ||
    (quantity.unitAsWritten === "" && !quantity.unitless)
  )
    return skipped;
  if (quantity.unit.base === "") return skipped;
  const following = text.slice(end, end + 6);
  // A compound unit we do not know (35蒸吨/小时): the number is a specification, not a target; a capacity
  // a year or a day is one when a verb sets it (处置能力达到18万吨/年).
  if (text[quantity.end] === "/") return skipped;
  if (
    RATE_UNIT_PATTERN.test(quantity.unitAsWritten) &&
    !RATE_VALUE_VERB_PATTERN.test(
      text.slice(Math.max(clause.start, quantity.numberStart - 16), quantity.numberStart),
    )
  )
    return skipped;
  if (NOT_A_TARGET_AFTER.test(following)) return skipped;
  // 注:5—7项为累计值: a note under a table numbers its rows.
  if (
    quantity.unitAsWritten === "项" &&
    NOTE_LINE_PATTERN.test(text.slice(text.lastIndexOf("\n", quantity.start) + 1))
  )
    return skipped;
  // Only the recent context counts, so a clause with thousands of numbers stays linear.
  const before = text.slice(
    Math.max(clause.start, quantity.numberStart - MAX_LOOKBACK),
    quantity.numberStart,
  );
  if (/第\s*$/.test(before) || /[《〔[]/.test(before.replace(/《[^》]*》|〔[^〕]*〕|\[[^\]]*\]/g, "")))
    return skipped;
  if (/[“"][^”"]*$/.test(before) && /^[^“"]{0,6}[”"]/.test(text.slice(quantity.end, quantity.end + 8)))
    return skipped;
  if (isClassThreshold({ text, clause, quantity, after, end, limit, before, following })) return skipped;
  if (PROJECT_SPEC_PATTERN.test(before)) return skipped;
  // A policy parameter, not a target: 给予一次性奖励50万元.
  if (quantity.unit.base === "元" && POLICY_PATTERN.test(before)) return skipped;
  // The make-up of the region, not a target: 覆盖全市16个县区.
  if (/全(?:市|省|区|县|国|镇|乡|旗|州)\s*$/.test(before) && ADMINISTRATIVE_UNIT_PATTERN.test(following))
    return skipped;
  // A definition in brackets: (指年主营业务收入2000万元及以上的工业企业).
  if (DEFINITION_PATTERN.test(before)) return skipped;
  const beforeComparator = findComparatorBefore(text, nameFloor, quantity.numberStart);
  // 1个工作日办结: a time limit stated with the verb it bounds is a target.
  if (
    DURATION_UNITS.has(quantity.unitAsWritten) &&
    beforeComparator === undefined &&
    after === undefined &&
    !FALL_TO_PATTERN.test(
      text.slice(Math.max(clause.start, quantity.numberStart - 4), quantity.numberStart),
    ) &&
    !TIME_LIMIT_AFTER_PATTERN.test(following)
  )
    return skipped;
  let comparator: Comparator = "=";
  const ambiguities: Ambiguity[] = [];
  if (after?.comparator === "~" && beforeComparator && PLACEMENT_VERB_PATTERN.test(beforeComparator.word)) {
    // 控制在7.5张左右: the verb places the value, 左右 says how.
    comparator = "~";
  } else if (after && beforeComparator && after.comparator !== beforeComparator.comparator) {
    comparator = beforeComparator.comparator;
    ambiguities.push({
      code: "double-comparator",
      note: `"${beforeComparator.word}…${after.word}": recorded as ${comparator}`,
    });
  } else if (after) comparator = after.comparator;
  else if (beforeComparator) comparator = beforeComparator.comparator;
  else if (quantity.approximate) comparator = ">";
  const prefixStart = Math.max(clause.start, nameFloor, quantity.numberStart - MAX_LOOKBACK);
  const prefix = text.slice(prefixStart, quantity.numberStart);
  const percent = quantity.unit.base === "%" || quantity.unit.base === "百分点";
  let kind: Target["kind"] = "level";
  let namePart = prefix;
  let base: { year: number } | undefined;
  let aggregate: "each" | "mean" | undefined;
  const growth = YEARLY_GROWTH_PATTERN.exec(prefix);
  const total = TOTAL_GROWTH_PATTERN.exec(prefix);
  const decrease = DECREASE_PATTERN.test(prefix);
  const change = CHANGE_BEFORE_NUMBER_PATTERN.exec(prefix);
  const points = quantity.unit.base === "百分点";
  if (percent && total && !/年均/.test(prefix) && points) {
    // 比2020年提高15个百分点: a change in percentage points is an absolute change of a share.
    kind = "increment";
    namePart = prefix.slice(0, total.index);
  } else if (percent && total && !/年均/.test(prefix)) {
    // Against last year (比上年增长6%): a rate over one year, in a work report or a plan's yearly schedule.
    kind = /上年|去年/.test(total[0]) && !DECREASE_PATTERN.test(total[0]) ? "growth-rate" : "total-growth";
    namePart = prefix.slice(0, total.index);
  } else if (percent && growth && quantity.unit.base === "百分点" && /每年|年均/.test(growth[0])) {
    // 每年降低0.5个百分点: a yearly change in points is an amount a year, not a rate of growth.
    kind = "per-year";
    aggregate = /年均/.test(growth[0]) ? "mean" : "each";
    namePart = prefix.slice(0, growth.index);
  } else if (percent && growth) {
    kind = "growth-rate";
    namePart = prefix.slice(0, growth.index);
  } else if (percent && points) {
    // 提高5个百分点: an amount added to a share, not a relative change.
    kind = "increment";
    if (change) namePart = prefix.slice(0, change.index);
  } else if (percent && change) {
    // A one-year report states yearly growth rates; a multi-year plan states the change over its
    // period; a fall (下降3%) is a change against the base either way.
    const oneYear =
      context.workReport ||
      (context.period?.start !== undefined && context.period.start === context.period.end);
    kind =
      oneYear && quantity.unit.base === "%" && !DECREASE_PATTERN.test(change?.[0] ?? "")
        ? "growth-rate"
        : "total-growth";
    if (change) namePart = prefix.slice(0, change.index);
  } else if (quantity.unit.base === "倍" && /倍数|倍率$/.test(cleanName(prefix))) {
    // 放大倍数达到5倍: the indicator is itself a ratio, and 5 its level.
    kind = "level";
  } else if (quantity.unit.base === "倍") {
    kind = "multiple";
    if (/增长\s*$/.test(prefix))
      ambiguities.push({
        code: "growth-multiple-reading",
        note: `"增长${quantity.valueAsWritten}倍" may mean ×${quantity.valueAsWritten} or ×(1+${quantity.valueAsWritten})`,
      });
  } else if (percent) {
    kind = "share";
  } else if (CUMULATIVE_PATTERN.test(prefix)) kind = "cumulative";
  else if (PER_YEAR_PATTERN.test(prefix)) {
    kind = "per-year";
    aggregate = PER_YEAR_MEAN_PATTERN.test(prefix) ? "mean" : "each";
  } else if (
    (INCREMENT_PATTERN.test(prefix) && !MEAN_AFTER_NEW_PATTERN.test(prefix)) ||
    COUNT_CHANGE_PATTERN.test(prefix)
  )
    kind = "increment";
  else if (quantity.valueHigh !== undefined) kind = "range";
  const baseMatch = BASE_YEAR_PATTERN.exec(before) ?? BASE_YEAR_PATTERN.exec(prefix);
  const baseTerm = BASE_TERM_PATTERN.exec(prefix);
  if (baseMatch) base = { year: Number(baseMatch[1] ?? baseMatch[2]) };
  else if (baseTerm) {
    const termStart = PERIOD_TERMS[baseTerm[1] ?? ""];
    if (termStart !== undefined) {
      base = { year: termStart + 4 };
      ambiguities.push({
        code: "base-ambiguous",
        note: `较“${baseTerm[1]}”: the ${termStart + 4} stock or the ${termStart}–${termStart + 4} total`,
      });
    }
  }
  if (kind === "growth-rate" && SHARE_NAME_PATTERN.test(namePart) && /比例|占比|比重/.test(namePart))
    ambiguities.push({
      code: "share-growth-relative-or-points",
      note: "growth of a share: relative, or percentage points",
    });
  let name = cleanName(namePart.replace(/以((?:19|20)\d{2})年为基[数期准]/, ""));
  let start = prefixStart + (prefix.length - prefix.replace(LEADING_NOISE_PATTERN, "").length);
  let spanEnd = end;
  let carried = false;
  let quantityEnd = end;
  const verbOnly = VERB_ONLY_PATTERN.test(name);
  if (verbOnly || name.length < 2) {
    // The noun follows the number: 建成2~3个集聚区, 200家以上…企业…通过贯标认证.
    const raw = text.slice(end, Math.min(limit, end + MAX_FOLLOWING_NAME));
    const trimmed = raw.replace(/[、和及与,\s]+$/, "");
    const following = trimmed.replace(/^的/, "").trim();
    if (following.length >= 2) {
      name = `${name}${following}`;
      spanEnd = end + trimmed.length;
      quantityEnd = end + raw.length;
    } else if (!verbOnly) carried = true;
    if (!verbOnly) start = Math.min(start, quantity.start);
  }
  if (past)
    return {
      skip: false,
      quantityEnd: end,
      carried: name.length < 2,
      start,
      end: spanEnd,
      name,
      kind,
      comparator,
      direction: "increase",
      ambiguities,
    };
  if (
    /每(?!年|万|亿|千|百|季|月|人均)[\u4e00-\u9fff](?:[\u4e00-\u9fff])?(?:配备|不低于|不少于|补助|奖励|资助|给予)/.test(
      prefix,
    ) ||
    /^每[件项个人家站]/.test(name)
  )
    ambiguities.push({ code: "per-unit-norm", note: "a norm per unit, not a regional total" });
  const direction = decrease || comparator === "<=" || comparator === "<" ? "decrease" : "increase";
  return {
    skip: false,
    quantityEnd,
    carried,
    start,
    end: spanEnd,
    name,
    kind,
    comparator,
    direction,
    ...(aggregate ? { aggregate } : {}),
    ...(base ? { base } : {}),
    ambiguities,
  };
}
