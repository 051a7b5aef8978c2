import type {
  Ambiguity,
  Comparator,
  GrowthClaim,
  Observation,
  Target,
  TargetYearBasis,
} from "@guihua/schema";
import { PERIOD_TERMS } from "./extract-metadata.js";
import { findQuantities, type Quantity } from "./find-quantities.js";
import { parseNumeral } from "./parse-numeral.js";
import type { Paragraph } from "./segment.js";
import type { Span } from "./span.js";
import {
  COMPARATIVE_PATTERN,
  COMPARATORS_AFTER,
  COMPARATORS_BEFORE,
  CHANGE_BEFORE_NUMBER_PATTERN,
  CUMULATIVE_PATTERN,
  DECREASE_PATTERN,
  FACT_SECTION_PATTERN,
  HEDGE_PATTERN,
  INCREMENT_PATTERN,
  LEADING_NOISE_PATTERN,
  PER_YEAR_MEAN_PATTERN,
  PER_YEAR_PATTERN,
  RANK_PATTERN,
  SELECTED_NOUN_PATTERN,
  SELECTION_PATTERN,
  TOTAL_GROWTH_PATTERN,
  TRAILING_VERB_PATTERN,
  VERB_ONLY_PATTERN,
  YEARLY_GROWTH_PATTERN,
} from "./vocabulary.js";

/** A target year set by 到2025年, 2025年前, ——2015年 or 至2025年底. */
const TARGET_YEAR_PATTERN =
  /(?:到|至|力争到|争取到|——|--)\s*((?:19|20)\d{2})年(?:底|末)?|((?:19|20)\d{2})年(?:前|以前|目标)/;
/** A period term with its end: “十四五”末, 十四五期末. */
const TERM_END_PATTERN = /“?(十[一二三四五六]五)”?(?:期末|末|时期末|期间|时期)/;
/** A year named without 到, later than the document: "2025年,全市…达到…". */
const BARE_YEAR_PATTERN = /(?<![比较以至到\d])((?:19|20)\d{2})年(?!为基|的|以来|同期)/;
const PERIOD_TERM_ANYWHERE = /“?(十[一二三四五六]五)”?/;
/** Words every benchmark phrase contains: a cheap test before the full pattern. */
const COMPARATIVE_HINT_PATTERN = /水平|前列|领先|一流|先进|前|第|名|方阵|首位|行列/;
const FROM_YEAR_PATTERN = /由((?:19|20)\d{2})年(?:底|末)?的?/;
const TO_VALUE_PATTERN = /^[^\d年]{0,6}(?:到|至)\s*$/;
/** A part of the total stated before it: 其中发明专利…, 包括企业知识产权人才…. */
const PART_OF_PATTERN = /^(?:\s|——)*(?:其中|包括)/;
const STATED_BASE_PATTERN = /以((?:19|20)\d{2})年(?:底|末)?为基[数期准]/;
const HEADING_YEAR_PATTERN = /((?:19|20)\d{2})年(?:前|底|末)?[^,。;]{0,6}(?:目标|任务|工作|安排|计划|指标)/;
/** This year, in a work report. */
const DOCUMENT_YEAR_PATTERN = /今年|全年|本年度|年内/;
/** A year a value was read in; not a base of comparison (比2015年). */
const PAST_YEAR_PATTERN = /(?<![比较])(?:截至|截止|截止到|到)?((?:19|20)\d{2})年(?:底|末)?/;
const PAST_MARKER_PATTERN = /截至|截止|已经|已|共有|先后|分别比|较上年|同比|比上年|目前|当前|现有|现已/;
/** A project's description, not a target: 总投资50亿元, 占地面积200亩. */
const PROJECT_SPEC_PATTERN =
  /(?:总投资|估算投资|计划投资|投资估算|占地面积|占地|建筑面积|规划面积|总建筑面积|设计产能|年产)(?:约|达|为)?\s*$/;
/** Support given per case: a policy parameter (methods.md: optional), not a regional target. */
const POLICY_PATTERN = /给予|奖励|补助|资助|补贴|奖补|一次性/;
const THRESHOLD_BEFORE_PATTERN = /(?:超过|超|以上|不低于|达到)\s*$/;
const GROUP_NOUN_PATTERN = /^(?:的)?(?:企业|单位|项目|机构|园区|集群|产业|品牌|工厂|车间)/;
const SKIPPED_UNITS = new Set(["年", "月", "日", "号", "市", "县", "区", "园"]);
/** Durations are targets only when bounded: 审查周期压减至15个月, 办结时限不超过5个工作日. */
const DURATION_UNITS = new Set(["个月", "天", "小时", "工作日", "个工作日", "分钟"]);
const NOT_A_TARGET_AFTER =
  /^(?:级|强|型|大|方面|个方面|领域|环节|阶段|步|类|项任务|项措施|项工程|家单位联合|号|\+)/;
const BASE_YEAR_PATTERN = /以((?:19|20)\d{2})年为基[数期准]|(?:较|比)((?:19|20)\d{2})年/;
const BASE_TERM_PATTERN = /(?:较|比)“?(十[一二三四五六]五)”?/;
const SHARE_NAME_PATTERN = /比例|占比|比重|率|覆盖|满意度/;
const GROWTH_CLAIM_PATTERN =
  /(?:比|较)((?:19|20)\d{2})年(?:同期)?(?:分别)?(增长|增加|提高|下降|降低|减少)((?:\d+(?:\.\d+)?(?:%|倍|个百分点)[、和及]?)+)/g;
/** 为2015年11640件的2倍, 为“十二五”同期的2.11倍. */
const MULTIPLE_CLAIM_PATTERN =
  /为(?:((?:19|20)\d{2})年|“?(十[一二三四五六]五)”?(?:末|期末|同期|时期)?)[^,;。]{0,16}?的(\d+(?:\.\d+)?)倍/g;
const MAX_NAME_LENGTH = 60;
/** A year glued to the end of a name: 规模以上工业企业由2015年的(120家). */
const TRAILING_YEAR_PATTERN = /(?:由|从|自|增加到|增长到|提高到|达到|到)?(?:19|20)\d{2}年(?:底|末)?的?$/;
const MAX_FACT_TITLE = 14;
const MAX_FOLLOWING_NAME = 40;

export interface ExtractContext {
  text: string;
  original: string;
  document: string;
  paragraphs: readonly Paragraph[];
  period: { start?: number; end?: number };
  issuedYear?: number;
  workReport: boolean;
  region: string;
}

export interface Extracted {
  targets: Target[];
  facts: Observation[];
  claims: GrowthClaim[];
}

interface YearContext {
  year: number;
  basis: TargetYearBasis;
}

function findComparatorBefore(
  text: string,
  from: number,
  to: number,
): { comparator: Comparator; word: string } | undefined {
  const window = text.slice(Math.max(from, to - 9), to);
  for (const [word, comparator] of COMPARATORS_BEFORE) if (window.endsWith(word)) return { comparator, word };
  // A verb may sit between: 至少举办1次, 不少于培训100人次.
  for (const [word, comparator] of COMPARATORS_BEFORE) {
    const index = window.lastIndexOf(word);
    if (
      index !== -1 &&
      window.length - index - word.length <= 3 &&
      /^[\u4e00-\u9fff]*$/.test(window.slice(index + word.length))
    )
      return { comparator, word };
  }
  return undefined;
}

function findComparatorAfter(text: string, at: number): { comparator: Comparator; word: string } | undefined {
  const window = text.slice(at, at + 4);
  for (const [word, comparator] of COMPARATORS_AFTER)
    if (window.startsWith(word)) return { comparator, word };
  return undefined;
}

function cleanName(name: string): string {
  let result = name.replace(LEADING_NOISE_PATTERN, "");
  result = result.replace(TRAILING_YEAR_PATTERN, "").replace(TRAILING_VERB_PATTERN, "");
  result = result.replace(/[、和及与,]+$/, "").replace(/^[、和及与,]+/, "");
  return result.length > MAX_NAME_LENGTH ? result.slice(result.length - MAX_NAME_LENGTH) : result;
}

/** 专利申请量和授权量 → two; 专利转让、许可数量 → one (parts without the shared head noun are merged). */
function splitSharedIndicator(name: string): string[] {
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

function sectionIsFact(path: readonly string[]): boolean {
  return (
    path.some((title) => title.length <= MAX_FACT_TITLE && FACT_SECTION_PATTERN.test(title)) &&
    !path.some((title) => /目标|指标/.test(title))
  );
}

function termEnd(term: string | undefined): number | undefined {
  const start = term === undefined ? undefined : PERIOD_TERMS[term];
  return start === undefined ? undefined : start + 4;
}

/**
 * Extracts targets, stated past values and growth claims from segmented plan text: every kind of
 * target with its comparator, hedge, target year (and how it was found), base and ambiguities.
 * Spans point into the original text.
 *
 * @example
 * extractTargets(context).targets[0]; // { kind: "level", value: "20000", comparator: "=", … }
 */
export function extractTargets(context: ExtractContext): Extracted {
  const { text, original, document, paragraphs } = context;
  const targets: Target[] = [];
  const facts: Observation[] = [];
  const claims: GrowthClaim[] = [];
  const floor = context.issuedYear ?? context.period.start ?? 0;
  const span = (start: number, end: number) => ({ document, start, end, quote: original.slice(start, end) });

  const bareFuture = (clauseText: string): number | undefined => {
    const match = BARE_YEAR_PATTERN.exec(clauseText);
    const year = match ? Number(match[1]) : undefined;
    return year !== undefined && year > floor && year <= (context.period.end ?? floor + 30)
      ? year
      : undefined;
  };
  const fallbackYear = (): YearContext | undefined => {
    if (context.workReport && context.issuedYear !== undefined)
      return { year: context.issuedYear, basis: "document-year" };
    if (context.period.end !== undefined) return { year: context.period.end, basis: "plan-period" };
    return undefined;
  };

  // A year that introduces a list ("到2025年,…具体目标如下:") governs the list items after it.
  let listYear: YearContext | undefined;
  let sectionTerm: string | undefined;
  for (const paragraph of paragraphs) {
    const factSection = sectionIsFact(paragraph.path);
    const listItem =
      (paragraph.heading !== undefined && paragraph.heading.level >= 3) ||
      LIST_ITEM_PATTERN.test(text.slice(paragraph.start, paragraph.start + 2));
    if (!listItem) listYear = undefined;
    let carried: YearContext | undefined = listYear;
    for (const title of paragraph.path) {
      // A heading with a year governs its section: (二)2025年目标, 二、2024年主要预期目标.
      const headingYear = HEADING_YEAR_PATTERN.exec(title);
      if (headingYear && Number(headingYear[1]) >= floor)
        carried = { year: Number(headingYear[1]), basis: "context" };
    }
    let pastYear: number | undefined;
    let lastName: string | undefined;
    let lastClauseText = "";
    // Found once per paragraph (linear time), then handed out clause by clause.
    const paragraphQuantities = findQuantities(text, paragraph.start, paragraph.end);
    let nextQuantity = 0;
    const paragraphTerm = PERIOD_TERM_ANYWHERE.exec(text.slice(paragraph.start, paragraph.end));
    const termBefore = (position: number): string | undefined =>
      paragraphTerm && paragraph.start + paragraphTerm.index < position ? paragraphTerm[1] : undefined;
    const pathTerm =
      PERIOD_TERM_ANYWHERE.exec(paragraph.path.join(""))?.[1] ?? (factSection ? sectionTerm : undefined);
    // A background section names its period once (“十三五”期间…); later paragraphs of it share it.
    if (!factSection) sectionTerm = undefined;
    else if (
      paragraphTerm?.[1] !== undefined &&
      /期间|以来|时期/.test(
        text.slice(paragraph.start, paragraph.end).slice(paragraphTerm.index, paragraphTerm.index + 10),
      )
    )
      sectionTerm = paragraphTerm[1];
    for (const sentence of paragraph.sentences) {
      const sentenceText = text.slice(sentence.start, sentence.end);
      const firstClause = sentence.clauses[0];
      const sentenceHedge = firstClause
        ? HEDGE_PATTERN.exec(text.slice(firstClause.start, firstClause.end))
        : null;
      const claimYear = (offset: number): number => {
        const stated = PAST_YEAR_PATTERN.exec(sentenceText.slice(0, offset));
        return (
          (stated ? Number(stated[1]) : undefined) ??
          pastYear ??
          termEnd(termBefore(sentence.start + offset)) ??
          termEnd(pathTerm) ??
          (context.issuedYear ?? context.period.start ?? 0) - 1
        );
      };
      // Growth claims are statements about the past: background sections, or sentences saying so.
      const claimsHere = factSection || PAST_MARKER_PATTERN.test(sentenceText);
      if (claimsHere && sentenceText.includes("为"))
        for (const claim of sentenceText.matchAll(MULTIPLE_CLAIM_PATTERN)) {
          const fromYear = claim[1] !== undefined ? Number(claim[1]) : termEnd(claim[2]);
          const toYear = claimYear(claim.index ?? 0);
          if (fromYear === undefined || toYear <= fromYear || toYear > 2200) continue;
          const start = sentence.start + (claim.index ?? 0);
          claims.push({
            id: `c${claims.length + 1}`,
            indicator: {
              name: cleanName(text.slice(Math.max(sentence.start, start - 30), start)) || "未命名指标",
            },
            region: context.region,
            fromYear,
            toYear,
            form: "multiple",
            value: claim[3] ?? "0",
            valueAsWritten: claim[3] ?? "0",
            source: span(start, start + claim[0].length),
          });
        }
      if (claimsHere && (sentenceText.includes("比") || sentenceText.includes("较")))
        for (const claim of sentenceText.matchAll(GROWTH_CLAIM_PATTERN)) {
          const numbers = [...(claim[3] ?? "").matchAll(/(\d+(?:\.\d+)?)(%|倍|个百分点)/g)].filter(
            (number) => number[2] !== "个百分点",
          );
          const toYear = claimYear(claim.index ?? 0);
          if (toYear <= Number(claim[1]) || toYear > 2200) continue;
          for (const number of numbers) {
            const start = sentence.start + (claim.index ?? 0);
            const end = start + claim[0].length;
            claims.push({
              id: `c${claims.length + 1}`,
              indicator: {
                name: cleanName(text.slice(Math.max(sentence.start, start - 30), start)) || "未命名指标",
              },
              region: context.region,
              fromYear: Number(claim[1]),
              toYear,
              form: number[2] === "倍" ? "times" : "percent",
              value: /下降|降低|减少/.test(claim[2] ?? "") ? `-${number[1] ?? "0"}` : (number[1] ?? "0"),
              valueAsWritten: number[0],
              source: span(start, end),
            });
          }
        }
      let sentenceYear: YearContext | undefined;
      let statedBase: number | undefined;
      let lastTargetInSentence: string | undefined;
      for (const clause of sentence.clauses) {
        const clauseText = text.slice(clause.start, clause.end);
        // 以2018年为基数 holds until the next semicolon.
        if (text[clause.start - 1] === ";") statedBase = undefined;
        const hasYear = clauseText.includes("年");
        const baseStatement = hasYear ? STATED_BASE_PATTERN.exec(clauseText) : null;
        if (baseStatement) statedBase = Number(baseStatement[1]);
        const previousClauseText = lastClauseText;
        lastClauseText = clauseText;
        const yearMatch = hasYear ? TARGET_YEAR_PATTERN.exec(clauseText) : null;
        const termMatch = clauseText.includes("五") ? TERM_END_PATTERN.exec(clauseText) : null;
        let explicit: YearContext | undefined;
        if (yearMatch) {
          const year = Number(yearMatch[1] ?? yearMatch[2]);
          if (year >= floor) {
            explicit = { year, basis: "explicit" };
            sentenceYear = explicit;
            carried = { year, basis: "context" };
          } else pastYear = year;
        } else if (
          context.workReport &&
          context.issuedYear !== undefined &&
          hasYear &&
          DOCUMENT_YEAR_PATTERN.test(clauseText)
        ) {
          explicit = { year: context.issuedYear, basis: "document-year" };
          carried = explicit;
        } else if (hasYear && bareFuture(clauseText)) {
          const year = bareFuture(clauseText) ?? 0;
          explicit = { year, basis: "explicit" };
          sentenceYear = explicit;
          carried = { year, basis: "context" };
        } else if (termMatch) {
          const year = termEnd(termMatch[1]);
          if (year !== undefined && year >= floor) {
            explicit = { year, basis: "period-term" };
            carried = explicit;
          }
        }
        const past = hasYear ? PAST_YEAR_PATTERN.exec(clauseText) : null;
        const pastNumber = past ? Number(past[1]) : undefined;
        const clauseIsPast =
          factSection ||
          (explicit === undefined && pastNumber !== undefined && pastNumber < floor) ||
          (explicit === undefined && PAST_MARKER_PATTERN.test(clauseText));
        if (pastNumber !== undefined && pastNumber < floor) pastYear = nearestYear(clauseText) ?? pastNumber;
        while (
          nextQuantity < paragraphQuantities.length &&
          (paragraphQuantities[nextQuantity]?.start ?? 0) < clause.start
        )
          nextQuantity += 1;
        const quantities: Quantity[] = [];
        while (
          nextQuantity < paragraphQuantities.length &&
          (paragraphQuantities[nextQuantity]?.end ?? 0) <= clause.end
        ) {
          const quantity = paragraphQuantities[nextQuantity];
          if (quantity) quantities.push(quantity);
          nextQuantity += 1;
        }
        let nameFloor = clause.start;
        // 由2020年的6.7件提高到12件: the first value is a stated base, the second a target.
        const fromTo = factSection ? null : FROM_YEAR_PATTERN.exec(clauseText);
        let fromBase: { year: number; name: string; quantity: Quantity; end: number } | undefined;
        // 商标注册量、专利授权量分别达到5万件和1万件: the names in order.
        const respectiveAt = clauseText.indexOf("分别");
        const respective =
          respectiveAt > 0 ? splitList(cleanName(clauseText.slice(0, respectiveAt))) : undefined;
        const partOfPrevious = PART_OF_PATTERN.test(clauseText) ? lastTargetInSentence : undefined;
        if (quantities.length === 0 && !clauseIsPast) {
          const comparative = COMPARATIVE_HINT_PATTERN.test(clauseText)
            ? COMPARATIVE_PATTERN.exec(clauseText)
            : null;
          if (comparative) {
            const verbStart = clause.start + comparative.index;
            let name = cleanName(text.slice(clause.start, verbStart));
            let startOffset =
              clause.start + (clauseText.length - clauseText.replace(LEADING_NOISE_PATTERN, "").length);
            if (name.length < 2 && previousClauseText) {
              // The subject is in the previous clause: 主要指标增幅明显,位列全区先进行列.
              name = cleanName(previousClauseText);
              startOffset = clause.start - previousClauseText.length - 1;
            }
            const year = explicit ?? sentenceYear ?? carried ?? fallbackYear();
            if (name.length >= 2 && year) {
              const verb = comparative[1] ?? "";
              const benchmark = comparative[2] ?? "";
              const comparator: Comparator = /高于|优于|超过/.test(verb)
                ? ">"
                : /以上/.test(benchmark)
                  ? ">="
                  : "=";
              const hedge = HEDGE_PATTERN.exec(clauseText)?.[0] ?? sentenceHedge?.[0];
              targets.push({
                kind: "comparative",
                id: `t${targets.length + 1}`,
                indicator: { name },
                targetYear: year.year,
                targetYearBasis: year.basis,
                direction: "increase",
                attribute: "unspecified",
                ...(hedge ? { hedge } : {}),
                source: span(Math.min(startOffset, verbStart), verbStart + comparative[0].length),
                comparator,
                benchmark: {
                  description: original.slice(verbStart + verb.length, verbStart + comparative[0].length),
                  ...rankOf(benchmark),
                  ...(/全国|国内/.test(benchmark)
                    ? { region: "全国" }
                    : /全省|省内/.test(benchmark)
                      ? { region: "全省" }
                      : {}),
                },
              });
            }
          }
          continue;
        }
        for (const [index, quantity] of quantities.entries()) {
          // A name read after the number stops where the next number starts.
          const limit = Math.min(clause.end, quantities[index + 1]?.start ?? clause.end);
          const isFromValue =
            fromTo !== null && clause.start + fromTo.index + fromTo[0].length === quantity.numberStart;
          const isToValue =
            fromBase !== undefined && TO_VALUE_PATTERN.test(text.slice(fromBase.end, quantity.numberStart));
          const quantityIsPast = isToValue ? false : isFromValue || clauseIsPast;
          const result = readQuantity(context, clause, quantity, nameFloor, quantityIsPast, limit);
          if (result.skip) continue;
          nameFloor = Math.max(nameFloor, result.quantityEnd);
          if (respective && respective.length === quantities.length && respective[index]) {
            result.name = respective[index] ?? result.name;
            result.carried = false;
          }
          if (isToValue && fromBase) {
            result.name = fromBase.name;
            result.carried = false;
            result.start = Math.min(result.start, clause.start + (fromTo?.index ?? 0));
            result.base = { year: fromBase.year };
            result.baseValue = fromBase.quantity;
            if (DECREASE_PATTERN.test(text.slice(fromBase.end, quantity.numberStart)))
              result.direction = "decrease";
          }
          if (isFromValue && fromTo) {
            const name = cleanName(clauseText.slice(0, fromTo.index));
            fromBase = { year: Number(fromTo[1]), name, quantity, end: result.quantityEnd };
            result.name = name || result.name;
            result.carried = result.name.length < 2;
          }
          if (result.carried && text[clause.start - 1] === ":" && cleanName(previousClauseText).length >= 2) {
            // "指标名称:达到20%以上": the name is the text before the colon.
            result.name = cleanName(previousClauseText);
            result.start =
              clause.start -
              previousClauseText.length -
              1 +
              (previousClauseText.length - previousClauseText.replace(LEADING_NOISE_PATTERN, "").length);
          } else if (result.carried && lastName !== undefined) {
            result.name = lastName;
            result.ambiguities.push({
              code: "carried-over",
              note: `subject carried over from an earlier clause: ${lastName}`,
            });
          } else if (result.carried) continue;
          lastName = result.name;
          if (quantityIsPast) {
            // Growth over the past is a claim (read above), not a stated value.
            if (result.kind === "growth-rate" || result.kind === "total-growth" || result.kind === "multiple")
              continue;
            const year =
              (isFromValue && fromBase ? fromBase.year : undefined) ??
              nearestYear(text.slice(clause.start, quantity.start)) ??
              pastNumber ??
              pastYear ??
              termEnd(termBefore(quantity.start)) ??
              termEnd(pathTerm) ??
              (context.issuedYear ?? context.period.start ?? 0) - 1;
            if (year === undefined || year < 1900 || year > 2200) continue;
            facts.push({
              id: `f${facts.length + 1}`,
              indicator: { name: result.name || "未命名指标" },
              region: context.region,
              period: { year },
              value: quantity.value,
              valueAsWritten: quantity.valueAsWritten,
              unit: { asWritten: quantity.unitAsWritten, base: quantity.unit.base, multiplier: 0 },
              ...(result.comparator === "=" ? {} : { comparator: result.comparator }),
              ...(CUMULATIVE_PATTERN.test(clauseText) ? {} : {}),
              status: "final",
              vintage: { source: "plan text" },
              source: span(result.start, result.end),
            });
            continue;
          }
          const year = explicit ?? sentenceYear ?? carried ?? fallbackYear();
          if (!year) continue;
          if (statedBase !== undefined && result.base === undefined) result.base = { year: statedBase };
          const hedge =
            HEDGE_PATTERN.exec(text.slice(clause.start, quantity.start))?.[0] ?? sentenceHedge?.[0];
          const names = result.kind === "growth-rate" ? splitSharedIndicator(result.name) : [result.name];
          const ambiguities: Ambiguity[] = [...result.ambiguities];
          if (names.length > 1)
            ambiguities.push({
              code: "shared-number",
              note: `one number for ${names.length} indicators: ${names.join(" / ")}`,
            });
          const ids = names.map((_, index) => `t${targets.length + index + 1}`);
          names.forEach((name, index) => {
            const target = buildTarget(result, quantity, {
              id: ids[index] ?? "t",
              name,
              year,
              hedge,
              source: span(result.start, result.end),
              ambiguities:
                names.length > 1
                  ? ambiguities.map((entry) =>
                      entry.code === "shared-number"
                        ? { ...entry, relatedTargets: ids.filter((id) => id !== ids[index]) }
                        : entry,
                    )
                  : ambiguities,
            });
            if (!target) return;
            const withLinks =
              partOfPrevious && target.id !== partOfPrevious ? { ...target, partOf: partOfPrevious } : target;
            targets.push(withBaseValue(withLinks, result.baseValue, span));
            lastTargetInSentence = target.id;
          });
        }
      }
    }
    if (/[::]\s*$/.test(text.slice(Math.max(paragraph.start, paragraph.end - 2), paragraph.end)) && carried)
      listYear = { year: carried.year, basis: "context" };
  }
  return { targets, facts, claims };
}

/** Adds the value of a stated base (由2020年的6.7件) to a target's base. */
function withBaseValue(
  target: Target,
  baseValue: Quantity | undefined,
  span: (start: number, end: number) => { document: string; start: number; end: number; quote: string },
): Target {
  if (baseValue === undefined || !("base" in target) || target.base === undefined) return target;
  return {
    ...target,
    base: {
      ...target.base,
      value: baseValue.value,
      unit: baseValue.unit,
      source: span(baseValue.start, baseValue.end),
    },
  } as Target;
}

/** The rank a benchmark names: 全省前三名 → { rank: 3 }. */
function rankOf(benchmark: string): { rank?: number } {
  const match = RANK_PATTERN.exec(benchmark);
  const rank = match ? Number(parseNumeral(match[2] ?? "")) : Number.NaN;
  return Number.isInteger(rank) && rank >= 1 ? { rank } : {};
}

/** Items of a list: 商标注册量、专利授权量 → two. */
function splitList(name: string): string[] {
  return name.split(/[、和及与]/).filter((item) => item.length >= 2);
}

/** The last year named before a value, not a base of comparison: 由2015年的120家增加到2020年的168家. */
function nearestYear(before: string): number | undefined {
  let year: number | undefined;
  for (const match of before.matchAll(/(?<![比较])((?:19|20)\d{2})年|“?(十[一二三四五六]五)”?(?:末|期末)/g))
    year = match[1] !== undefined ? Number(match[1]) : termEnd(match[2]);
  return year;
}

/** Paragraphs that continue a list: ——, •, ①. */
const LIST_ITEM_PATTERN = /^(?:——|--|•|·|[①②③④⑤⑥⑦⑧⑨⑩])/;

interface QuantityReading extends Span {
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

function readQuantity(
  context: ExtractContext,
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
  if (SKIPPED_UNITS.has(quantity.unitAsWritten) || quantity.unitAsWritten === "") return skipped;
  if (quantity.unit.base === "") return skipped;
  const following = text.slice(end, end + 6);
  // A compound unit we do not know (35蒸吨/小时): the number is a specification, not a target.
  if (text[quantity.end] === "/") return skipped;
  if (NOT_A_TARGET_AFTER.test(following)) return skipped;
  const before = text.slice(clause.start, quantity.numberStart);
  if (/第\s*$/.test(before) || /[《〔[]/.test(before.replace(/《[^》]*》|〔[^〕]*〕|\[[^\]]*\]/g, "")))
    return skipped;
  if (/[“"][^”"]*$/.test(before) && /^[^“"]{0,6}[”"]/.test(text.slice(quantity.end, quantity.end + 8)))
    return skipped;
  if (SELECTED_NOUN_PATTERN.test(following) && SELECTION_PATTERN.test(before)) return skipped;
  if (PROJECT_SPEC_PATTERN.test(before)) return skipped;
  // A policy parameter, not a target: 给予一次性奖励50万元.
  if (quantity.unit.base === "元" && POLICY_PATTERN.test(before)) return skipped;
  // A threshold naming a group, with the group's count after it: 培育产值超十亿元企业10家.
  if (limit < clause.end && THRESHOLD_BEFORE_PATTERN.test(before) && GROUP_NOUN_PATTERN.test(following))
    return skipped;
  const beforeComparator = findComparatorBefore(text, nameFloor, quantity.numberStart);
  if (DURATION_UNITS.has(quantity.unitAsWritten) && beforeComparator === undefined && after === undefined)
    return skipped;
  let comparator: Comparator = "=";
  const ambiguities: Ambiguity[] = [];
  if (after && beforeComparator && after.comparator !== beforeComparator.comparator) {
    comparator = beforeComparator.comparator;
    ambiguities.push({
      code: "double-comparator",
      note: `"${beforeComparator.word}…${after.word}": recorded as ${comparator}`,
    });
  } else if (after) comparator = after.comparator;
  else if (beforeComparator) comparator = beforeComparator.comparator;
  else if (quantity.approximate) comparator = ">";
  const prefixStart = Math.max(clause.start, nameFloor);
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
  if (percent && total && !/年均/.test(prefix)) {
    kind = "total-growth";
    namePart = prefix.slice(0, total.index);
  } else if (percent && growth) {
    kind = "growth-rate";
    namePart = prefix.slice(0, growth.index);
  } else if (percent && (change || quantity.unit.base === "百分点")) {
    // A one-year report states yearly rates; a multi-year plan states the change over its period.
    kind = context.workReport && quantity.unit.base === "%" ? "growth-rate" : "total-growth";
    if (change) namePart = prefix.slice(0, change.index);
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
  } else if (INCREMENT_PATTERN.test(prefix)) kind = "increment";
  else if (quantity.valueHigh !== undefined) kind = "range";
  const baseMatch =
    BASE_YEAR_PATTERN.exec(text.slice(clause.start, quantity.start)) ?? BASE_YEAR_PATTERN.exec(prefix);
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

interface TargetDetails {
  id: string;
  name: string;
  year: YearContext;
  hedge: string | undefined;
  source: { document: string; start: number; end: number; quote: string };
  ambiguities: Ambiguity[];
}

function buildTarget(
  reading: QuantityReading,
  quantity: Quantity,
  details: TargetDetails,
): Target | undefined {
  const common = {
    id: details.id,
    indicator: { name: details.name },
    targetYear: details.year.year,
    targetYearBasis: details.year.basis,
    direction: reading.direction,
    attribute: "unspecified" as const,
    ...(details.hedge ? { hedge: details.hedge } : {}),
    source: details.source,
    ...(details.ambiguities.length > 0 ? { ambiguities: details.ambiguities } : {}),
    comparator: reading.comparator,
    valueAsWritten: quantity.valueAsWritten,
    unitAsWritten: quantity.unitAsWritten,
    unit: quantity.unit,
    ...(reading.base ? { base: reading.base } : {}),
    value: quantity.value,
  };
  const high = quantity.valueHigh;
  switch (reading.kind) {
    case "share":
      if (Number(quantity.value) > 100 || Number(high ?? 0) > 100) return { ...common, kind: "level" };
      return { ...common, kind: "share", ...(high === undefined ? {} : { valueHigh: high }) };
    case "growth-rate":
      return { ...common, kind: "growth-rate" };
    case "total-growth":
      return { ...common, kind: "total-growth" };
    case "multiple":
      return { ...common, kind: "multiple" };
    case "increment":
      return { ...common, kind: "increment", ...(high === undefined ? {} : { valueHigh: high }) };
    case "cumulative":
      if (high !== undefined) return { ...common, kind: "range", valueHigh: high };
      return { ...common, kind: "cumulative" };
    case "per-year":
      return {
        ...common,
        kind: "per-year",
        aggregate: reading.aggregate ?? "each",
        ...(high === undefined ? {} : { valueHigh: high }),
      };
    default:
      if (high !== undefined) return { ...common, kind: "range", valueHigh: high };
      return { ...common, kind: "level" };
  }
}
