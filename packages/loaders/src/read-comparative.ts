import type { ComparativeTarget, Comparator } from "@guihua/schema";
import { cleanName } from "./indicator-names.js";
import { parseNumeral } from "./parse-numeral.js";
import type { Span } from "./span.js";
import {
  COMPARATIVE_PATTERN,
  GROUP_FIRST_COMPARATIVE_PATTERN,
  HEDGE_PATTERN,
  LEADING_NOISE_PATTERN,
  RANK_PATTERN,
} from "./vocabulary.js";
import type { YearContext } from "./years.js";

/** Words every benchmark phrase contains: a cheap test before the full pattern. */
const COMPARATIVE_HINT_PATTERN = /水平|前列|领先|一流|先进|前|第|名|方阵|首位|行列|上游/;
const ABOVE_VERBS = /高于|优于|超过/;
const AT_LEAST_VERBS = /不低于|不落后于/;

interface Benchmark {
  /** Where the benchmark phrase (its verb, or the group written before the verb) starts. */
  start: number;
  end: number;
  verb: string;
  description: string;
}

/** The rank a benchmark names: 全省前三名 → { rank: 3 }. */
function rankOf(benchmark: string): { rank?: number } {
  const match = RANK_PATTERN.exec(benchmark);
  const rank = match ? Number(parseNumeral(match[2] ?? "")) : Number.NaN;
  return Number.isInteger(rank) && rank >= 1 ? { rank } : {};
}

/**
 * One growth against another: 旅游业增加值增速高于全市地区生产总值增速, 居民收入增长快于经济增长. The subject
 * and the benchmark both name a pace, and the verb says which must be faster.
 */
const PACE_COMPARISON_PATTERN =
  /([^,;。]{2,24}?(?:增速|增幅|增长率|增长|涨幅))(?:要|应|将)?(高于|快于|超过|不低于|不慢于)([^,;。]{2,24}?(?:增速|增幅|增长率|增长|涨幅))(?:水平)?\s*$/;

function readPaceComparison(
  text: string,
  original: string,
  clause: Span,
  year: YearContext,
  sentenceHedge: string | undefined,
): Omit<ComparativeTarget, "id"> | undefined {
  const clauseText = text.slice(clause.start, clause.end);
  if (!/增|涨/.test(clauseText)) return undefined;
  const match = PACE_COMPARISON_PATTERN.exec(clauseText);
  if (!match) return undefined;
  const subject = match[1] ?? "";
  const verb = match[2] ?? "";
  const name = cleanName(subject);
  if (name.length < 2) return undefined;
  const subjectAt = clause.start + match.index + subject.indexOf(name.slice(0, 1));
  const start = Math.max(clause.start + match.index, subjectAt);
  const end = clause.start + match.index + match[0].trimEnd().length;
  const benchmarkStart = clause.start + match.index + match[0].indexOf(verb, subject.length) + verb.length;
  const description = original.slice(benchmarkStart, end);
  const hedge = HEDGE_PATTERN.exec(clauseText)?.[0] ?? sentenceHedge;
  const comparator = AT_LEAST_VERBS.test(verb) || verb === "不慢于" ? ">=" : ">";
  return comparativeTarget(name, year, hedge, original, start, end, comparator, {
    description,
    ...regionOf(description),
  });
}

/** The comparative target read from a clause: its span runs from the subject to the end of the benchmark. */
function comparativeTarget(
  name: string,
  year: YearContext,
  hedge: string | undefined,
  original: string,
  start: number,
  end: number,
  comparator: Comparator,
  benchmark: ComparativeTarget["benchmark"],
): Omit<ComparativeTarget, "id"> {
  return {
    kind: "comparative",
    indicator: { name },
    targetYear: year.year,
    targetYearBasis: year.basis,
    direction: "increase",
    attribute: "unspecified",
    ...(hedge ? { hedge } : {}),
    source: { document: "", start, end, quote: original.slice(start, end) },
    comparator,
    benchmark,
  };
}

/** Where a benchmark's population lies. */
function regionOf(benchmark: string): { region?: string } {
  if (/全国|国内/.test(benchmark)) return { region: "全国" };
  if (/全省|省内/.test(benchmark)) return { region: "全省" };
  return {};
}

/** 位居全国中上游 (verb, group, rank), or 在全市考核中位居前三名 (group, verb, rank). */
function findBenchmark(clauseText: string, clauseStart: number, original: string): Benchmark | undefined {
  const comparative = COMPARATIVE_PATTERN.exec(clauseText);
  if (comparative) {
    const start = clauseStart + comparative.index;
    const verb = comparative[1] ?? "";
    const end = start + comparative[0].length;
    return { start, end, verb, description: original.slice(start + verb.length, end) };
  }
  const groupFirst = GROUP_FIRST_COMPARATIVE_PATTERN.exec(clauseText);
  if (!groupFirst) return undefined;
  const start = clauseStart + groupFirst.index;
  const end = start + groupFirst[0].length;
  const group = groupFirst[1] ?? "";
  const groupStart = start + groupFirst[0].indexOf(group);
  const rank = groupFirst[3] ?? "";
  return {
    start,
    end,
    verb: groupFirst[2] ?? "",
    description:
      original.slice(groupStart, groupStart + group.length) + original.slice(end - rank.length, end),
  };
}

/**
 * Reads a comparative target from a clause without numbers: 高于全省平均水平, 位居全国中上游,
 * 不低于全国平均水平, 处于全区前列, 跻身国内一流行列, 进入全国第二方阵, 在全市考核中位居前三名.
 * The subject may sit in the clause before (主要指标增幅明显,位列全区先进行列). Returns the target
 * without its id; its span's document is "".
 *
 * @example
 * readComparative(text, text, clause, "", { year: 2025, basis: "explicit" }, undefined)?.benchmark;
 * // { description: "全省平均水平", region: "全省" }
 */
export function readComparative(
  text: string,
  original: string,
  clause: Span,
  previousClauseText: string,
  year: YearContext,
  sentenceHedge: string | undefined,
): Omit<ComparativeTarget, "id"> | undefined {
  const clauseText = text.slice(clause.start, clause.end);
  const paced = readPaceComparison(text, original, clause, year, sentenceHedge);
  if (paced) return paced;
  if (!COMPARATIVE_HINT_PATTERN.test(clauseText)) return undefined;
  const benchmark = findBenchmark(clauseText, clause.start, original);
  if (!benchmark) return undefined;
  const verbStart = benchmark.start;
  let name = cleanName(text.slice(clause.start, verbStart));
  let start = clause.start + (clauseText.length - clauseText.replace(LEADING_NOISE_PATTERN, "").length);
  if (name.length < 2 && previousClauseText) {
    name = cleanName(previousClauseText);
    start = clause.start - previousClauseText.length - 1;
  }
  if (name.length < 2) return undefined;
  const { verb, description, end } = benchmark;
  const comparator: Comparator = ABOVE_VERBS.test(verb)
    ? ">"
    : AT_LEAST_VERBS.test(verb) || /以上/.test(description)
      ? ">="
      : "=";
  const hedge = HEDGE_PATTERN.exec(clauseText)?.[0] ?? sentenceHedge;
  start = Math.min(start, verbStart);
  return comparativeTarget(name, year, hedge, original, start, end, comparator, {
    description,
    ...rankOf(description),
    ...regionOf(description),
  });
}
