import { shiftDecimal } from "@guihua/schema";
import { MULTIPLIERS, parseNumeral } from "./parse-numeral.js";
import { MEASURE_WORDS, UNIT_BASES } from "./measure-words.js";
import type { Span } from "./span.js";

/** Digits, with thousands separators (1,200) or without. */
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Chinese numerals, with 万 or 亿 inside them (一万四千) but not at their end (that is a multiplier). */
const CHINESE = String.raw`[〇零一二两三四五六七八九十百千]+(?:[万亿][〇零一二两三四五六七八九十百千]+)*(?:点[〇零一二三四五六七八九]+)?`;
const MULTIPLIER = String.raw`(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万)`;
const RANGE_SEPARATOR = String.raw`[ \t]*(?:~|-|—|至|到)[ \t]*`;
const UNIT_ALTERNATION = [...MEASURE_WORDS]
  .sort((a, b) => b.length - a.length)
  .join("|")
  .replace("%", "%");
const QUANTITY_PATTERN = new RegExp(
  String.raw`(?<percentWord>百分之)?(?<number>${ARABIC}|${CHINESE})(?:(?<lowMultiplier>${MULTIPLIER})?(?:%|‰)?(?<separator>${RANGE_SEPARATOR})(?<high>${ARABIC}|${CHINESE}))?(?<multiplier>${MULTIPLIER})?(?<approx>余|多)?[ \t]?(?<unit>${UNIT_ALTERNATION})?`,
  "g",
);
/** 八成 = 80%, 一成五 = 15%. */
const TENTHS_PATTERN =
  /(?<![一二三四五六七八九十])([一二三四五六七八九])成(?:([一二三四五六七八九])(?![一二三四五六七八九十百千万个项名家件]))?(?![为立果员本功长就效熟型])/g;
/** 翻番, 翻一番, 翻两番. */
const DOUBLING_PATTERN = /翻(一|两)?番/g;

export interface FindQuantitiesOptions {
  /** Also return numbers with no measure word (a table cell whose unit is in its row label). */
  bare?: boolean;
}

/** Verbs after which a small Chinese numeral is a count: 建成两个, 打造三个, 新增一家. */
const TARGET_VERB_BEFORE_PATTERN =
  /(?:建成|建设|打造|修缮|修复|改造|创建|培育|新增|新建|形成|达到|争创|设立|组建|引进|认定|获批|入选|推出|发布|布局|建立|突破|完成)$/;
/** 一批, 一支, 一套: a vague amount, not a count. */
const VAGUE_UNITS = new Set([
  "批",
  "支",
  "套",
  "类",
  "种",
  "处",
  "部",
  "期",
  "场",
  "门",
  "届",
  "次",
  "片",
  "块",
]);
/** Vague with 一 (一处, 一片), but sites counted with a compound numeral (修缮历史建筑五十处); not 十九届. */
const SITE_UNITS = new Set(["处", "片", "块"]);
/** Verbs before a number of years that is a value: 达到11.5年, 延长至3年. */
const VALUE_VERB_PATTERN = /(?:达到|提高到|提高至|延长到|延长至|增加到|不少于|不低于|超过)$/;
/** A unit of time after a measure: 万吨/年, 立方米/秒. */
const PER_TIME_PATTERN = /^\/(?:年|日|天|小时|秒)/;
/** A coefficient or a ratio set by a verb right before a bare number: 利用系数提高到, 收入比缩小到, 之比达到. */
const UNITLESS_BEFORE_PATTERN =
  /(?:系数|比值|[\u4e00-\u9fff]比|指数|死亡率|发生率|事故率)(?:要|应|将)?(?:提高到|提高至|提升到|提升至|达到|缩小到|缩小至|控制在|降低到|降低至|降到|降至|下降到|下降至|保持在|稳定在|不高于|不超过|不低于|为)\s*$/;
/** A second bare multiplier and measure word right after the first: 千吨万人. */
const SCALE_PAIR_AFTER_PATTERN = /^[百千万亿](?:人|吨|亩|户|元|个|家)/;
/** The ":N" of a ratio written 1:N. */
const ONE_TO_PATTERN = /^\s*[:：]\s*(\d+(?:\.\d+)?)/;
/** The ":1" of a ratio written 2.5:1. */
const RATIO_TAIL_PATTERN = /^\s*[:：]\s*1(?![\d.])/;
/** Measure words of dates and years: 2025年, 9月, 28日, 12号. */
const DATE_UNITS = new Set(["年", "月", "日", "号"]);

/** What a set phrase counts: 十二项重点工程, 二十条措施 (a name, not a target). */
const SET_PHRASE_AFTER_PATTERN =
  /^(?:重点|重大|主要|专项|大)?(?:工程|行动|任务|措施|举措|原则|意见|方面|环节|计划|战略|领域|体系|机制|政策|规定|要求|标准)/;

const COUNT_AT_CLAUSE_END_PATTERN = /^(?:以上|左右|以内)?(?:[,。;、]|$)/;

/**
 * A Chinese numeral at the end of its clause (建设示范村五个。), or of two characters or more, written with 十, before a measure word is a count
 * (建设项目二十个, 培育企业十五家), unless it names a set phrase (十二项重点工程); set phrases with one digit
 * (三个代表, 两个维护) are left alone.
 */
function compoundCount(number: string, unit: string, slice: string, after: number): boolean {
  if (unit === "") return false;
  const following = slice.slice(after, after + 6);
  // 修缮历史建筑五十处: a vague measure word (一处, 一批) counts when the number has a place in it.
  if (VAGUE_UNITS.has(unit))
    return (
      SITE_UNITS.has(unit) &&
      number.length >= 2 &&
      number.includes("十") &&
      !SET_PHRASE_AFTER_PATTERN.test(following)
    );
  // 精品园区五个, 示范村十个以上: a count closing its clause, after the noun it counts.
  if (COUNT_AT_CLAUSE_END_PATTERN.test(following)) return true;
  return (
    number.length >= 2 &&
    // Written with a place (二十, 三十六); a run of digits (二二二五) is a label.
    number.includes("十") &&
    !SET_PHRASE_AFTER_PATTERN.test(following)
  );
}

export interface Quantity extends Span {
  numberStart: number;
  /** In the base unit; percent for rates and shares, the factor for 倍 and 翻番. */
  value: string;
  valueHigh?: string;
  valueAsWritten: string;
  unitAsWritten: string;
  unit: { base: string; multiplier: number };
  /** 余 or 多 after the number: "more than". */
  approximate: boolean;
  /** Written with Chinese numerals. */
  chinese: boolean;
  /** A coefficient or ratio with no unit (系数提高到0.58, 收入比缩小到2.1以内): its unit base is "1". */
  unitless?: boolean;
}

function scaled(value: string, power: number): string {
  return power === 0 ? value : shiftDecimal(value, power);
}

/**
 * Finds every number with its multiplier, range and measure word in `text[start, end)`:
 * 1.2万人, 30.96亿元, 1.8万余件, 1~2个, 3-5名, 百分之二十, 八成, 翻番. Dates (2025年, 9月) and numbers
 * without a measure word are left out unless `bare` is set.
 *
 * @example
 * findQuantities("达到1.2万人以上")[0]; // { value: "12000", unitAsWritten: "人", … }
 */
export function findQuantities(
  text: string,
  start = 0,
  end = text.length,
  options: FindQuantitiesOptions = {},
): Quantity[] {
  const slice = text.slice(start, end);
  const quantities: Quantity[] = [];
  for (const match of slice.matchAll(QUANTITY_PATTERN)) {
    const groups = match.groups ?? {};
    const number = groups["number"] ?? "";
    const chinese = !/^\d/.test(number);
    let unitWritten = groups["unit"] ?? "";
    const multiplierWritten = groups["multiplier"] ?? "";
    const percentWord = groups["percentWord"] !== undefined;
    // Dates and bare numbers (document numbers, hotlines, labels) are not quantities; a number of
    // years is one when it cannot be a year and a target verb precedes it (受教育年限达到11.5年).
    const before = slice.slice(Math.max(0, (match.index ?? 0) - 4), match.index ?? 0);
    if (
      DATE_UNITS.has(unitWritten) &&
      !(unitWritten === "年" && /^\d{1,2}(?:\.\d+)?$/.test(number) && VALUE_VERB_PATTERN.test(before))
    )
      continue;
    // 系数提高到0.58, 收入比缩小到2.1以内, 之比达到2.5:1: a ratio or coefficient has no unit of its own.
    const unitless =
      !unitWritten &&
      !multiplierWritten &&
      !percentWord &&
      !chinese &&
      groups["high"] === undefined &&
      UNITLESS_BEFORE_PATTERN.test(slice.slice(Math.max(0, (match.index ?? 0) - 16), match.index ?? 0));
    if (!unitWritten && !multiplierWritten && !percentWord && !options.bare && !unitless) continue;
    // 千吨万人供水工程: two bare multipliers with their measure words name a class of works, not an amount
    // (百件 alone is one: 每年评选百件优秀专利).
    if (
      chinese &&
      !multiplierWritten &&
      !percentWord &&
      /^[百千万亿]$/.test(number) &&
      (SCALE_PAIR_AFTER_PATTERN.test(slice.slice((match.index ?? 0) + match[0].length)) ||
        /[百千万亿]$/.test(slice.slice(Math.max(0, (match.index ?? 0) - 2), match.index ?? 0)))
    )
      continue;
    if (chinese) {
      // A Chinese numeral counts only before a multiplier or a measure word (not 十九大, 一流, 第一).
      if (!unitWritten && !multiplierWritten && !percentWord) continue;
      // Small Chinese numerals are mostly set phrases (三个代表, 两个维护, 二次); keep round ones
      // (百件, 一千二百), multiples (一倍) and counts right after a target verb (建成两个, 打造三个).
      // 第三 and 前三名 (ranks), and 每千人口 / 每百户 (a denominator, not a count).
      const previous = slice[(match.index ?? 0) - 1];
      if (
        previous === "第" ||
        previous === "每" ||
        previous === "前" ||
        (!/[百千万亿]/.test(number + multiplierWritten) &&
          !percentWord &&
          unitWritten !== "倍" &&
          !(TARGET_VERB_BEFORE_PATTERN.test(before) && !VAGUE_UNITS.has(unitWritten)) &&
          !compoundCount(number, unitWritten, slice, (match.index ?? 0) + match[0].length))
      )
        continue;
    }
    const lowMultiplier = groups["lowMultiplier"];
    // 3000万至5000万元: the low end has its own multiplier; else it shares the high end's.
    const low = parseNumeral(number.replace(/,/g, "") + (lowMultiplier ?? ""));
    const highWritten = groups["high"];
    const high = highWritten === undefined ? undefined : parseNumeral(highWritten.replace(/,/g, ""));
    if (low === undefined || (highWritten !== undefined && high === undefined)) continue;
    if (percentWord) unitWritten = "%";
    const unitInfo = UNIT_BASES[unitWritten] ?? { base: unitWritten, multiplier: 0 };
    const power = (MULTIPLIERS[multiplierWritten] ?? 0) + unitInfo.multiplier;
    const valueHigh = high === undefined ? undefined : scaled(high, power);
    const value = scaled(low, lowMultiplier === undefined ? power : unitInfo.multiplier);
    if (valueHigh !== undefined && Number(valueHigh) < Number(value)) continue;
    const absoluteStart = start + (match.index ?? 0);
    // 18万吨/年, 50万立方米/日: a measure per unit of time keeps its "/年" (read-quantity decides if it is a target).
    const perTime =
      unitWritten !== "" && !unitWritten.includes("/") && unitWritten !== "%"
        ? (PER_TIME_PATTERN.exec(slice.slice((match.index ?? 0) + match[0].length))?.[0] ?? "")
        : "";
    // 2.5:1 — the ratio's ":1" belongs to it.
    const after = slice.slice((match.index ?? 0) + match[0].length);
    const ratioTail = unitless ? (RATIO_TAIL_PATTERN.exec(after)?.[0] ?? "") : "";
    // 医护比达到1:1.2: a ratio written "1 to N" is N; any other "a:b" (3:2) is not read.
    const oneTo = unitless && ratioTail === "" ? ONE_TO_PATTERN.exec(after) : null;
    if (unitless && ratioTail === "" && /^\s*[:：]/.test(after) && (oneTo === null || number !== "1"))
      continue;
    if (oneTo !== null) {
      const absolute = start + (match.index ?? 0);
      quantities.push({
        start: absolute,
        end: absolute + match[0].trimEnd().length + oneTo[0].length,
        numberStart: absolute,
        value: oneTo[1]!,
        valueAsWritten: `${number}${oneTo[0].trim()}`,
        unitAsWritten: "",
        unit: { base: "1", multiplier: 0 },
        approximate: false,
        chinese,
        unitless,
      });
      continue;
    }
    quantities.push({
      start: absoluteStart,
      end: absoluteStart + match[0].trimEnd().length + perTime.length + ratioTail.length,
      numberStart: absoluteStart + (percentWord ? 3 : 0),
      value,
      ...(valueHigh === undefined ? {} : { valueHigh }),
      valueAsWritten:
        highWritten === undefined ? number : `${number}${(groups["separator"] ?? "").trim()}${highWritten}`,
      unitAsWritten: `${multiplierWritten}${unitWritten === "%" && percentWord ? "%" : unitWritten}${perTime}`,
      unit: unitless ? { base: "1", multiplier: 0 } : { base: unitInfo.base + perTime, multiplier: power },
      approximate: groups["approx"] !== undefined,
      chinese,
      ...(unitless ? { unitless } : {}),
    });
  }
  if (slice.includes("成"))
    for (const match of slice.matchAll(TENTHS_PATTERN)) {
      const tenths = parseNumeral(match[1] ?? "");
      const hundredths = match[2] === undefined ? "0" : parseNumeral(match[2]);
      if (tenths === undefined || hundredths === undefined) continue;
      const absoluteStart = start + (match.index ?? 0);
      quantities.push({
        start: absoluteStart,
        end: absoluteStart + match[0].length,
        numberStart: absoluteStart,
        value: String(Number(tenths) * 10 + Number(hundredths)),
        valueAsWritten: match[2] === undefined ? (match[1] ?? "") : `${match[1] ?? ""}成${match[2]}`,
        unitAsWritten: "成",
        unit: { base: "%", multiplier: 0 },
        approximate: false,
        chinese: true,
      });
    }
  if (slice.includes("番"))
    for (const match of slice.matchAll(DOUBLING_PATTERN)) {
      const absoluteStart = start + (match.index ?? 0);
      quantities.push({
        start: absoluteStart,
        end: absoluteStart + match[0].length,
        numberStart: absoluteStart,
        value: match[1] === "两" ? "4" : "2",
        valueAsWritten: match[0],
        unitAsWritten: "倍",
        unit: { base: "倍", multiplier: 0 },
        approximate: false,
        chinese: true,
      });
    }
  return quantities.sort((a, b) => a.start - b.start);
}
