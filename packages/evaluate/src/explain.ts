import type { Bilingual, EvaluationStatus, Target } from "@guihua/schema";
import type { Assessment, Facts } from "./assess.js";
import type { ResolvedMethod } from "./methods/presets.js";
import type { Display, Problem } from "./problem.js";
import { labelOfTime } from "./time.js";

const STATUS_WORDS: Record<EvaluationStatus, Bilingual> = {
  achieved: { zh: "已实现", en: "achieved" },
  "not-achieved": { zh: "未实现", en: "not achieved" },
  "on-track": { zh: "进度正常", en: "on track" },
  "acceleration-needed": { zh: "需要加快", en: "acceleration needed" },
  "off-track": { zh: "进度滞后", en: "off track" },
  deteriorating: { zh: "反向变化", en: "moving the wrong way" },
  "insufficient-data": { zh: "数据不足", en: "insufficient data" },
  "not-evaluable": { zh: "无法评估", en: "not evaluable" },
};

export function statusWords(status: EvaluationStatus): Bilingual {
  return STATUS_WORDS[status];
}

/** A value as a person reads it, in the unit the plan wrote: 3096000000 元 → "30.96亿元". */
export function showValue(value: number, display: Display): string {
  const scaled = display.power === 0 ? value : value / 10 ** display.power;
  const magnitude = Math.abs(scaled);
  const decimals = Math.max(display.decimals, magnitude >= 1000 ? 0 : magnitude >= 10 ? 1 : 2);
  return trimZeros(scaled.toFixed(Math.min(decimals, 6))) + display.label;
}

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** A fraction as a percentage: 0.0197 → "1.97%". */
export function showPercent(fraction: number, decimals = 2): string {
  return `${trimZeros((fraction * 100).toFixed(decimals))}%`;
}

function year(time: number): string {
  return labelOfTime(time);
}

/** The explanation of a verdict, written from its figures in Chinese and English. */
export function explain<N>(
  target: Target,
  problem: Problem<N>,
  assessment: Assessment,
  facts: Facts,
  method: ResolvedMethod,
): Bilingual {
  const show = (value: number) => showValue(value, problem.display);
  const latestYear = year(facts.latestTime);
  const baseYear = year(facts.baseTime);
  const targetYear = year(facts.targetTime);
  const subject = subjectWords(problem, facts, latestYear, show);
  const lineText = lineWords(problem, facts, show);
  let zh: string;
  let en: string;
  switch (assessment.status) {
    case "achieved":
      zh = `${subject.zh}, 已达到${lineText.zh}。`;
      en = `${subject.en} meets ${lineText.en}.`;
      break;
    case "not-achieved": {
      const attainment =
        facts.attainment === undefined ? "" : `为目标的${showPercent(facts.attainment, 1)}, `;
      const attainmentEn =
        facts.attainment === undefined ? "" : `${showPercent(facts.attainment, 1)} of the target and `;
      const progress = facts.progress === undefined ? 0 : facts.progress;
      zh = `${subject.zh}, 未达到${lineText.zh}: ${attainment}完成了从${baseYear}年${show(facts.base)}起所需进程的${showPercent(progress, 1)}。`;
      en = `${subject.en} falls short of ${lineText.en}: ${attainmentEn}${showPercent(progress, 1)} of the way from ${show(facts.base)} in ${baseYear}.`;
      if (
        problem.kind === "growth-rate" &&
        facts.actualRate !== undefined &&
        facts.requiredRate !== undefined
      ) {
        zh += `${baseYear}—${latestYear}年年均增长${showPercent(facts.actualRate)}, 低于目标年均${showPercent(facts.requiredRate)}。`;
        en += ` It grew ${showPercent(facts.actualRate)} a year from ${baseYear} to ${latestYear}, below the ${showPercent(facts.requiredRate)} required.`;
      }
      break;
    }
    case "insufficient-data":
      zh = `数据不足: 仅有${facts.observations}个观测值(含基期), 至少需要两个。`;
      en = `Insufficient data: ${facts.observations} observation${facts.observations === 1 ? "" : "s"} (base included); at least two are needed.`;
      break;
    case "not-evaluable":
      zh = "无法评估。";
      en = "Not evaluable.";
      break;
    default: {
      const pace = paceWords(problem, facts, baseYear, show);
      const projected =
        facts.projected === undefined
          ? { zh: "", en: "" }
          : {
              zh: `, 按此推算${targetYear}年可达${show(facts.projected)}, ${compareWord(problem, facts.projected, facts.line).zh}${lineText.zh}`,
              en: `; at this pace it would reach ${show(facts.projected)} by ${targetYear}, ${compareWord(problem, facts.projected, facts.line).en} ${lineText.en}`,
            };
      const needed = neededWords(problem, facts, show);
      const score = facts.score === undefined ? "" : trimZeros(facts.score.toFixed(2));
      const words = STATUS_WORDS[assessment.status];
      zh = `${subject.zh}, ${pace.zh}${projected.zh}${needed.zh}。评估: ${words.zh}(${method.id}, ${measureWords(method).zh}${score})。`;
      en = `${subject.en}; ${pace.en}${projected.en}${needed.en}. Verdict: ${words.en} (${method.id}, ${measureWords(method).en} ${score}).`;
    }
  }
  if (target.kind === "per-year") {
    // The yearly requirement first: how many observed years met it, then the running total.
    const each = show(Number(target.value));
    const met = problem.figures.yearsMet ?? "0";
    const observed = problem.figures.yearsObserved ?? "0";
    const mean = problem.figures.meanFlow === undefined ? undefined : show(Number(problem.figures.meanFlow));
    const zhMean = mean === undefined ? "" : `, 年均${mean}`;
    const enMean = mean === undefined ? "" : `, ${mean} a year on average`;
    zh =
      target.aggregate === "each"
        ? `每年${each}的要求: 已观测${observed}年中${met}年达到${zhMean}。${zh}`
        : `年均${each}的要求: 已观测${observed}年${zhMean}。${zh}`;
    en =
      target.aggregate === "each"
        ? `${met} of ${observed} observed years met ${each} a year${enMean}. ${en}`
        : `${observed} observed years against ${each} a year${enMean}. ${en}`;
  }
  if (assessment.precision.nearThreshold && assessment.status !== "insufficient-data") {
    const decimals =
      problem.kind === "growth-rate" ? (problem.rateDecimals ?? 0) : assessment.precision.decimals;
    zh += `注意: 结果处于${decimals}位小数的舍入范围内, 接近判定线。`;
    en += ` Note: within rounding of the line at ${decimals} decimal${decimals === 1 ? "" : "s"}.`;
  }
  if (target.hedge) {
    zh += `(原文为“${target.hedge}”, 属争取性表述。)`;
    en += ` (Written as an aspiration: "${target.hedge}".)`;
  }
  return { zh, en };
}

function subjectWords(
  problem: Problem<unknown>,
  facts: Facts,
  latestYear: string,
  show: (value: number) => string,
): Bilingual {
  if (problem.flavour === "running-total") {
    return {
      zh: `截至${latestYear}年累计${show(facts.latest)}`,
      en: `The running total to ${latestYear} is ${show(facts.latest)}`,
    };
  }
  if (problem.flavour === "benchmark") {
    const benchmark = problem.figures.benchmarkValue;
    const shown = benchmark === undefined ? "" : show(Number(benchmark));
    return {
      zh: `${latestYear}年为${show(facts.latest)}(基准为${shown})`,
      en: `${show(facts.latest)} in ${latestYear} (benchmark ${shown})`,
    };
  }
  return { zh: `${latestYear}年为${show(facts.latest)}`, en: `${show(facts.latest)} in ${latestYear}` };
}

function lineWords(problem: Problem<unknown>, facts: Facts, show: (value: number) => string): Bilingual {
  const targetYear = year(facts.targetTime);
  if (problem.kind === "growth-rate" && facts.requiredRate !== undefined) {
    return {
      zh: `按年均${showPercent(facts.requiredRate)}推算的${targetYear}年水平${show(facts.line)}`,
      en: `the ${targetYear} level ${show(facts.line)} implied by ${showPercent(facts.requiredRate)} a year`,
    };
  }
  if (problem.kind === "comparative") {
    return {
      zh: `比较基准(${targetYear}年约${show(facts.line)})`,
      en: `the benchmark (about ${show(facts.line)} by ${targetYear})`,
    };
  }
  if (facts.high !== undefined) {
    return {
      zh: `目标区间${show(facts.line)}~${show(facts.high)}`,
      en: `the target range ${show(facts.line)} to ${show(facts.high)}`,
    };
  }
  return { zh: `目标${show(facts.line)}`, en: `the target ${show(facts.line)}` };
}

function paceWords(
  problem: Problem<unknown>,
  facts: Facts,
  baseYear: string,
  show: (value: number) => string,
): Bilingual {
  if (facts.actualRate !== undefined && problem.path === "compound") {
    return {
      zh: `${baseYear}年以来年均增长${showPercent(facts.actualRate)}`,
      en: `growing ${showPercent(facts.actualRate)} a year since ${baseYear}`,
    };
  }
  const slope = facts.actualSlope ?? 0;
  return {
    zh: `${baseYear}年以来年均变化${show(slope)}`,
    en: `changing by ${show(slope)} a year since ${baseYear}`,
  };
}

function neededWords(problem: Problem<unknown>, facts: Facts, show: (value: number) => string): Bilingual {
  if (problem.kind === "growth-rate" && facts.requiredRate !== undefined) {
    return {
      zh: `; 目标为年均${showPercent(facts.requiredRate)}`,
      en: `; the target is ${showPercent(facts.requiredRate)} a year`,
    };
  }
  if (facts.requiredRate !== undefined && problem.path === "compound") {
    return {
      zh: `; 需年均增长${showPercent(facts.requiredRate)}`,
      en: `; the target needs ${showPercent(facts.requiredRate)} a year`,
    };
  }
  if (facts.requiredSlope !== undefined) {
    return {
      zh: `; 需年均${show(facts.requiredSlope)}`,
      en: `; the target needs ${show(facts.requiredSlope)} a year`,
    };
  }
  return { zh: "", en: "" };
}

function compareWord(problem: Problem<unknown>, value: number, line: number): Bilingual {
  const meets = problem.direction === 1 ? value >= line : value <= line;
  if (problem.direction === 1) return meets ? { zh: "达到", en: "reaching" } : { zh: "低于", en: "below" };
  return meets ? { zh: "达到", en: "reaching" } : { zh: "高于", en: "above" };
}

function measureWords(method: ResolvedMethod): Bilingual {
  switch (method.measure) {
    case "rate-ratio":
      return { zh: "速度比", en: "pace ratio" };
    case "projected-progress":
      return { zh: "预计完成度", en: "projected progress" };
    case "gap-deviation":
      return { zh: "预计偏差", en: "projected deviation" };
    case "status-index-ratio":
      return { zh: "现状指数比", en: "status index ratio" };
    case "progress-ratio":
      return { zh: "进度比", en: "progress ratio" };
  }
}
