import type { Ambiguity, GrowthClaim, Observation, Target } from "@guihua/schema";
import { buildFact } from "./build-fact.js";
import { buildTarget, withBaseValue } from "./build-target.js";
import { cumulativePeriod, statedYears } from "./stated-period.js";
import { findQuantities, type Quantity } from "./find-quantities.js";
import { cleanName, splitRespective, splitSharedIndicator } from "./indicator-names.js";
import { readComparative } from "./read-comparative.js";
import { readQualitative } from "./read-qualitative.js";
import { readGrowthClaims } from "./read-growth-claims.js";
import { readQuantity } from "./read-quantity.js";
import { sectionKind } from "./section-kind.js";
import type { Paragraph } from "./segment.js";
import { DECREASE_PATTERN, HEDGE_PATTERN, LEADING_NOISE_PATTERN, VERB_ONLY_PATTERN } from "./vocabulary.js";
import { nearestYear, termEnd, type YearContext } from "./years.js";

/** A target year set by 到2025年, 2025年前, ——2015年, 至2025年底 or a vision year (展望2035年). */
const TARGET_YEAR_PATTERN =
  /(?:到|至|力争到|争取到|展望|——|--)\s*((?:19|20)\d{2})年(?:底|末)?|((?:19|20)\d{2})年(?:前|以前|目标|远景目标)|^\s*(?:19|20)\d{2}年?\s*[—~-]\s*((?:19|20)\d{2})年\s*$/;
/** A period term with its end: “十四五”末, 十四五期末. */
const TERM_END_PATTERN = /“?(十[一二三四五六]五)”?(?:期末|末|时期末|期间|时期)/;
/** A year named without 到, later than the document: "2025年,全市…达到…". */
const BARE_YEAR_PATTERN = /(?<![比较以至到\d])((?:19|20)\d{2})年(?!为基|的|以来|同期)/;
const PERIOD_TERM_ANYWHERE = /“?(十[一二三四五六]五)”?/;
const FROM_YEAR_PATTERN = /由((?:19|20)\d{2})年(?:底|末)?的?/;
const TO_VALUE_PATTERN = /^[^\d年]{0,6}(?:到|至)\s*$/;
/** A part of the total stated before it: 其中发明专利…, 包括企业知识产权人才…. */
const PART_OF_PATTERN = /^(?:\s|——)*(?:其中|包括)/;
const STATED_BASE_PATTERN = /以((?:19|20)\d{2})年(?:底|末)?为基[数期准]/;
const HEADING_YEAR_PATTERN =
  /((?:19|20)\d{2})年(?:前|底|末)?[^,。;]{0,6}(?:目标|任务|工作|安排|计划|指标)|^((?:19|20)\d{2})年度?$/;
/** This year, in a work report. */
const DOCUMENT_YEAR_PATTERN = /今年|全年|本年度|年内/;
/** A year a value was read in; not a base of comparison (比2015年). */
const PAST_YEAR_PATTERN = /(?<![比较])(?:截至|截止|截止到|到)?((?:19|20)\d{2})年(?:底|末)?/;
/** Words of a reported value; a comparison with last year (比上年) is not one: work reports set targets so. */
const PAST_MARKER_PATTERN =
  /截至|截止|已经|已|共有|先后|同比|目前|当前|现有|现已|仍有|尚有|仍(?:低于|高于|不足|落后)/;
/** 同比增长20%以上: a year-on-year change with a bound is a target, not a reported value. */
const BOUNDED_YEAR_ON_YEAR_PATTERN = /同比(?=[^,;。]{0,12}(?:以上|左右|以内|不低于|不少于))/;
/** An opening time phrase of the past: 截至2023年底, “十四五”以来, 过去五年, 去年. */
const PAST_OPENER_PATTERN = /截至|截止|以来|过去|去年|近年/;
/** A time phrase alone in its clause is short. */
const MAX_OPENER = 14;
/** A base of comparison closing a 分别 list's names: 化肥、农药使用量较2020年分别减少…. */
const COMPARED_WITH_PATTERN =
  /(?:较|比)(?:(?:19|20)\d{2}年(?:底|末)?|上年|去年|“?十[一二三四五六]五”?(?:末|期末)?)\s*$/;
/** A clause that is only a year: "2025年,全市…". */
const YEAR_ONLY_PATTERN = /^\s*(?:19|20)\d{2}年(?:底|末)?\s*$/;
/** A clause opening with a verb of action, without a subject of its own. */
const VERB_OPENING_PATTERN = new RegExp(`^${VERB_ONLY_PATTERN.source.slice(1, -1)}`);
/** Only a conjunction between two numbers of a 分别 list: 6%和7.5%. */
const RESPECTIVE_JOIN_PATTERN = /^[和、及与\s]*$/;
/**
 * Verbs of things built or named that last (a stock at the end), unlike recurring activities (培训, 引进, 举办):
 * 每年开展…4次,打造示范户一千户 — the 每年 does not reach them.
 */
const LASTING_VERB_PATTERN = /^(?:建设|建成|创建|打造|培育|新建|改造|完成|认定|评选)/;
/** The name of a count of projects or works in a programme. */
const PROJECT_COUNT_PATTERN = /(?:项目|工程)$/;
/** A sentence that looks forward ends a paragraph's past: 将, 力争, 计划, 下一步, 到2025年. */
const FORWARD_PATTERN = /将|力争|争取|确保|计划|预计|下一步|今后|今年|明年|目标|(?:到|至)(?:19|20)\d{2}年/;
/** Only a 、 (and the next item's name) between two quantities of a list. */
const LIST_JOIN_PATTERN =
  /^\s*、(?![^,;。、\d]*(?:达到|达|为|保持|提高|提升|增长|降低|下降|控制|突破|超过|实现|完成))[^,;。、\d]*$/;
/** A sentence opening with a total over the period: “十四五”期间累计, 三年累计, 累计. */
const SENTENCE_CUMULATIVE_PATTERN =
  /^(?:“?十[一二三四五六]五”?(?:期间|时期)|[两二三四五六七八九十\d]{1,2}年(?:内|间|来)?|今后[两二三四五]年)?累计/;
/** Kinds a part (其中…) takes from its whole when it reads as a plain level. */
const PART_KINDS: ReadonlySet<Target["kind"]> = new Set(["increment", "cumulative", "per-year"]);

export interface ExtractContext {
  text: string;
  original: string;
  document: string;
  paragraphs: readonly Paragraph[];
  period: { start?: number; end?: number };
  issuedYear?: number;
  workReport: boolean;
  region: string;
  /** Also keep goals stated without a number, as qualitative targets (goal sections only). */
  qualitative?: boolean;
}

export interface Extracted {
  targets: Target[];
  facts: Observation[];
  claims: GrowthClaim[];
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
    // The first year of a multi-year plan is a milestone too: 2024—2026年…其中,2024年完成投资380亿元.
    const firstYearOfPlan =
      year !== undefined &&
      !context.workReport &&
      year === context.period.start &&
      context.period.end !== undefined &&
      context.period.end > year;
    return year !== undefined &&
      (year > floor || firstYearOfPlan) &&
      year <= (context.period.end ?? floor + 30)
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
    const { fact: factSection, goal: goalSection } = sectionKind(paragraph.path, floor);
    const listItem =
      (paragraph.heading !== undefined && paragraph.heading.level >= 3) ||
      LIST_ITEM_PATTERN.test(text.slice(paragraph.start, paragraph.start + 2));
    if (!listItem) listYear = undefined;
    let carried: YearContext | undefined = listYear;
    for (const title of paragraph.path) {
      // A heading with a year governs its section: (二)2025年目标, 二、2024年主要预期目标, (一)2023年.
      const headingYear = HEADING_YEAR_PATTERN.exec(title);
      const year = headingYear ? Number(headingYear[1] ?? headingYear[2]) : undefined;
      if (year !== undefined && year >= floor) carried = { year, basis: "context" };
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
    // A paragraph that opens with a past year (2023年,…) reports that year in the sentences after it too, until a
    // sentence looks forward (将, 力争, 计划, 下一步, 到2025年…).
    let paragraphIsPast = false;
    for (const sentence of paragraph.sentences) {
      const sentenceText = text.slice(sentence.start, sentence.end);
      if (paragraphIsPast && FORWARD_PATTERN.test(sentenceText)) paragraphIsPast = false;
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
      if (claimsHere)
        for (const claim of readGrowthClaims(text, original, sentence, claimYear)) {
          claims.push({
            ...claim,
            id: `c${claims.length + 1}`,
            region: context.region,
            source: { ...claim.source, document },
          });
        }
      let sentenceYear: YearContext | undefined;
      let statedBase: number | undefined;
      let lastTargetInSentence: string | undefined;
      let previousClauseWasPast = false;
      // A sentence opening with a past time phrase (截至2023年底,…) states past values throughout.
      let sentenceIsPast = paragraphIsPast;
      const opening = firstClause ? text.slice(firstClause.start, firstClause.end).trimStart() : "";
      let sentencePerYear: "each" | "mean" | undefined = /^每年/.test(opening)
        ? "each"
        : /^年均/.test(opening)
          ? "mean"
          : undefined;
      // Until a semicolon or a new year phrase closes it.
      let sentenceCumulative = SENTENCE_CUMULATIVE_PATTERN.test(opening);
      for (const clause of sentence.clauses) {
        const clauseText = text.slice(clause.start, clause.end);
        // 以2018年为基数 holds until the next semicolon.
        if (text[clause.start - 1] === ";") {
          statedBase = undefined;
          sentenceCumulative = false;
          sentencePerYear = undefined;
        }
        const hasYear = clauseText.includes("年");
        const baseStatement = hasYear ? STATED_BASE_PATTERN.exec(clauseText) : null;
        if (baseStatement) statedBase = Number(baseStatement[1]);
        const previousClauseText = lastClauseText;
        lastClauseText = clauseText;
        const yearMatch = hasYear ? TARGET_YEAR_PATTERN.exec(clauseText) : null;
        const termMatch = clauseText.includes("五") ? TERM_END_PATTERN.exec(clauseText) : null;
        let explicit: YearContext | undefined;
        if (clause !== sentence.clauses[0] && (yearMatch || termMatch)) {
          sentenceCumulative = false;
          sentencePerYear = undefined;
        }
        if (yearMatch) {
          const year = Number(yearMatch[1] ?? yearMatch[2] ?? yearMatch[3]);
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
          // "2025年,全市…" opening a sentence governs what follows; a milestone (2024年建成80公里,
          // …600公里,其中2024年完成200公里) governs only its own clause.
          if (clause === sentence.clauses[0] && YEAR_ONLY_PATTERN.test(clauseText)) {
            sentenceYear = explicit;
            carried = { year, basis: "context" };
          }
        } else if (termMatch) {
          const year = termEnd(termMatch[1]);
          if (year !== undefined && year >= floor) {
            explicit = { year, basis: "period-term" };
            carried = explicit;
          }
        }
        const past = hasYear ? PAST_YEAR_PATTERN.exec(clauseText) : null;
        const pastNumber = past ? Number(past[1]) : undefined;
        const partOf = PART_OF_PATTERN.test(clauseText);
        const clauseIsPast: boolean =
          factSection ||
          (explicit === undefined && pastNumber !== undefined && pastNumber < floor) ||
          (explicit === undefined &&
            PAST_MARKER_PATTERN.test(clauseText) &&
            (!clauseText.includes("同比") ||
              PAST_MARKER_PATTERN.test(clauseText.replace(BOUNDED_YEAR_ON_YEAR_PATTERN, "")))) ||
          // 2022年…达到2.8万件,其中发明专利3100件: a part of a past value is past too.
          (explicit === undefined && partOf && previousClauseWasPast) ||
          (explicit === undefined && sentenceIsPast);
        previousClauseWasPast = clauseIsPast;
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
        if (
          clause === sentence.clauses[0] &&
          quantities.length === 0 &&
          explicit === undefined &&
          baseStatement === null &&
          clauseText.trim().length <= MAX_OPENER &&
          ((pastNumber !== undefined && pastNumber < floor) || PAST_OPENER_PATTERN.test(clauseText))
        ) {
          sentenceIsPast = true;
          if (sentence === paragraph.sentences[0]) paragraphIsPast = true;
        }
        let nameFloor = clause.start;
        // 由2020年的6.7件提高到12件: the first value is a stated base, the second a target.
        const fromTo = factSection ? null : FROM_YEAR_PATTERN.exec(clauseText);
        let fromBase: { year: number; name: string; quantity: Quantity; end: number } | undefined;
        // 商标注册量、专利授权量分别达到5万件和1万件: the names in order.
        const respectiveAt = clauseText.indexOf("分别");
        const respective =
          respectiveAt > 0
            ? splitRespective(cleanName(clauseText.slice(0, respectiveAt).replace(COMPARED_WITH_PATTERN, "")))
            : undefined;
        // 收入分别增长6%和7.5%: the later numbers of the list are read as the first one is.
        let respectiveFirst: ReturnType<typeof readQuantity> | undefined;
        const partOfPrevious = partOf ? lastTargetInSentence : undefined;
        // 新引进项目40个,其中10亿元以上项目3个: a part counts the way its whole does.
        const whole =
          partOfPrevious === undefined ? undefined : targets.findLast((t) => t.id === partOfPrevious);
        if (quantities.length === 0 && !clauseIsPast) {
          const year = explicit ?? sentenceYear ?? carried ?? fallbackYear();
          const comparative = year
            ? readComparative(text, original, clause, previousClauseText, year, sentenceHedge?.[0])
            : undefined;
          if (comparative)
            targets.push({
              ...comparative,
              id: `t${targets.length + 1}`,
              source: { ...comparative.source, document },
            });
          else if (context.qualitative && year && goalSection) {
            const goal = readQualitative(text, original, clause);
            if (goal)
              targets.push({
                kind: "qualitative",
                id: `t${targets.length + 1}`,
                indicator: { name: goal.name },
                targetYear: year.year,
                targetYearBasis: year.basis,
                direction: "increase",
                attribute: "unspecified",
                text: goal.text,
                source: { ...goal.source, document },
              });
          }
          continue;
        }
        // 每年开展送戏下乡2000场、群众文化活动1万场, 新建中心5个、助餐点30个: items of a 、 list with no verb of their
        // own count the way the first one does.
        let listKind: Pick<ReturnType<typeof readQuantity>, "kind" | "aggregate"> | undefined;
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
          const gapStart = nameFloor;
          nameFloor = Math.max(nameFloor, result.quantityEnd);
          if (respective && !respectiveFirst) respectiveFirst = result;
          else if (
            respectiveFirst &&
            result.kind !== respectiveFirst.kind &&
            RESPECTIVE_JOIN_PATTERN.test(text.slice(gapStart, quantity.numberStart))
          ) {
            result.kind = respectiveFirst.kind;
            result.direction = respectiveFirst.direction;
            if (respectiveFirst.base) result.base = respectiveFirst.base;
          }
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
              nearestYear(text.slice(Math.max(clause.start, quantity.start - 200), quantity.start)) ??
              pastNumber ??
              pastYear ??
              termEnd(termBefore(quantity.start)) ??
              termEnd(pathTerm) ??
              (context.issuedYear ?? context.period.start ?? 0) - 1;
            const fact = buildFact(result, quantity, {
              id: `f${facts.length + 1}`,
              year,
              region: context.region,
              source: span(result.start, result.end),
            });
            if (fact) facts.push(fact);
            continue;
          }
          const year = explicit ?? sentenceYear ?? carried ?? fallbackYear();
          if (!year) continue;
          if (
            result.kind === "level" &&
            listKind !== undefined &&
            LIST_JOIN_PATTERN.test(text.slice(gapStart, quantity.numberStart))
          ) {
            result.kind = listKind.kind;
            if (listKind.aggregate !== undefined) result.aggregate = listKind.aggregate;
          }
          // “十四五”期间累计实施…200个,完成…300亿元: a 累计 opening the sentence sums the verb clauses after it.
          if (
            sentenceCumulative &&
            clause !== sentence.clauses[0] &&
            result.kind === "level" &&
            VERB_OPENING_PATTERN.test(clauseText.replace(LEADING_NOISE_PATTERN, ""))
          )
            result.kind = "cumulative";
          // 三年筹集建设住房1.5万套, 五年内累计培训1000人次: a total over a stated number of years.
          const years =
            result.kind === "level" || result.kind === "cumulative"
              ? statedYears(
                  // A bounded window keeps a sentence with thousands of numbers linear.
                  (quantity.numberStart - sentence.start > 200 ? "\u0000" : "") +
                    text.slice(Math.max(sentence.start, quantity.numberStart - 200), quantity.numberStart),
                )
              : undefined;
          // A programme's number of projects (实施重点项目180个) is how many there are, not a sum of yearly flows.
          if (years !== undefined && result.kind === "level" && !PROJECT_COUNT_PATTERN.test(result.name))
            result.kind = "cumulative";
          const period = result.kind === "cumulative" ? cumulativePeriod(years, year) : undefined;
          if (statedBase !== undefined && result.base === undefined) result.base = { year: statedBase };
          const hedge =
            HEDGE_PATTERN.exec(
              text.slice(Math.max(clause.start, quantity.start - 200), quantity.start),
            )?.[0] ?? sentenceHedge?.[0];
          // 每年培训1000人次,引进人才50名: a 每年 opening the sentence distributes over the verb
          // clauses after it.
          if (
            sentencePerYear !== undefined &&
            clause !== sentence.clauses[0] &&
            result.kind === "level" &&
            VERB_OPENING_PATTERN.test(clauseText.replace(LEADING_NOISE_PATTERN, "")) &&
            !LASTING_VERB_PATTERN.test(clauseText.replace(LEADING_NOISE_PATTERN, ""))
          ) {
            result.kind = "per-year";
            result.aggregate = sentencePerYear;
          }
          if (whole && result.kind === "level" && PART_KINDS.has(whole.kind)) {
            result.kind = whole.kind;
            if (whole.kind === "per-year") result.aggregate = whole.aggregate;
          }
          listKind =
            result.kind === "per-year" || result.kind === "cumulative" || result.kind === "increment"
              ? { kind: result.kind, aggregate: result.aggregate }
              : undefined;
          // 二氧化硫和颗粒物排放总量分别下降8%: one number for each of the listed indicators.
          const names =
            respective && respective.length > 1 && quantities.length === 1
              ? respective
              : result.kind === "growth-rate"
                ? splitSharedIndicator(result.name)
                : [result.name];
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
              ...(period ? { period } : {}),
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

/** Paragraphs that continue a list: ——, •, ①. */
const LIST_ITEM_PATTERN = /^(?:——|--|•|·|[①②③④⑤⑥⑦⑧⑨⑩])/;
