import type { Bilingual, EvaluationStatus, Target } from "@guihua/schema";
import type { Assessment, Facts } from "./assess.js";
import { closestCut, nearCutOff, type Measure, type ResolvedMethod } from "./methods/presets.js";
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

const MEASURE_WORDS: Record<Measure, Bilingual> = {
  "rate-ratio": { zh: "速度比", en: "pace ratio" },
  "projected-progress": { zh: "预计完成度", en: "projected progress" },
  "gap-deviation": { zh: "预计偏差", en: "projected deviation" },
  "status-index-ratio": { zh: "现状指数比", en: "status index ratio" },
  "progress-ratio": { zh: "进度比", en: "progress ratio" },
};

export function statusWords(status: EvaluationStatus): Bilingual {
  return STATUS_WORDS[status];
}

const POWERS = [1, 10, 100, 1000, 1e4, 1e5, 1e6];

/**
 * `value.toFixed(decimals)` without trailing zeros ("12.50" → "12.5", "3.00" → "3", "-0.00" → "-0"). Small
 * values go through integer arithmetic (an integer prints far faster than a double); a value whose scaled
 * fraction sits near one half, where the product's rounding could differ from toFixed's, takes toFixed itself.
 */
export function fixedTrimmed(value: number, decimals: number): string {
  const scale = POWERS[decimals];
  if (scale !== undefined) {
    const scaled = value * scale;
    if (scaled > -1e9 && scaled < 1e9) {
      const floor = Math.floor(scaled);
      const fraction = scaled - floor;
      if (fraction < 0.4999999 || fraction > 0.5000001) {
        const rounded = fraction < 0.5 ? floor : floor + 1;
        if (rounded === 0) return value < 0 ? "-0" : "0";
        if (decimals === 0) return String(rounded);
        let digits = String(rounded < 0 ? -rounded : rounded);
        if (digits.length <= decimals) digits = "0".repeat(decimals + 1 - digits.length) + digits;
        const point = digits.length - decimals;
        // Trailing zeros of the fraction are dropped, then the point if nothing is left after it.
        let end = digits.length;
        while (end > point && digits.charCodeAt(end - 1) === 48) end--;
        const text =
          end === point ? digits.slice(0, point) : `${digits.slice(0, point)}.${digits.slice(point, end)}`;
        return rounded < 0 ? `-${text}` : text;
      }
    }
  }
  return trimZeros(roundShortest(value, decimals));
}

/**
 * Rounds the shortest decimal that reads back as `value` (what it was written as: 2.195, not the binary
 * 2.19499999…) half away from zero, so 2.195 shows as 2.20 where `toFixed` gives 2.19.
 */
function roundShortest(value: number, decimals: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return value.toFixed(decimals);
  const sign = match[1]!;
  const whole = match[2]!;
  const fraction = match[3] ?? "";
  if (fraction.length <= decimals) return value.toFixed(decimals);
  let digits = whole + fraction.slice(0, decimals);
  if (fraction.charCodeAt(decimals) >= 53) {
    // Add one at the last kept digit, carrying leftwards.
    const chars = digits.split("");
    let index = chars.length - 1;
    while (index >= 0 && chars[index] === "9") chars[index--] = "0";
    if (index < 0) chars.unshift("1");
    else chars[index] = String(Number(chars[index]) + 1);
    digits = chars.join("");
  }
  const point = digits.length - decimals;
  const body = decimals === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return /[1-9]/.test(body) ? sign + body : sign === "-" ? `-${body}` : body;
}

/**
 * A score at three decimals, with the side of a cut-off it is close to: 0.9476 → "0.948 < 0.95". More
 * decimals are shown when three would round it onto the line (0.94996 → "0.94996 < 0.95").
 */
function scoreWords(score: number, method: ResolvedMethod): string {
  const cut = closestCut(method, score);
  let decimals = 3;
  let text = fixedTrimmed(score, decimals);
  if (cut === undefined) return text;
  while (decimals < 8 && score !== cut && Number(text) === cut) text = fixedTrimmed(score, ++decimals);
  const side = score < cut ? " < " : score > cut ? " > " : " = ";
  return text + side + fixedTrimmed(cut, 3);
}

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** A value as a person reads it, in the unit the plan wrote: 3096000000 元 → "30.96亿元". */
export function showValue(value: number, display: Display): string {
  const scaled = display.power === 0 ? value : value / 10 ** display.power;
  const magnitude = Math.abs(scaled);
  const decimals = Math.max(display.decimals, magnitude >= 1000 ? 0 : magnitude >= 10 ? 1 : 2);
  return fixedTrimmed(scaled, Math.min(decimals, 6)) + display.label;
}

/**
 * A change of a value as a person reads it: a share moves in percentage points (1.67个百分点), never in "%",
 * which would read as a relative change; anything else in its own unit.
 */
function showChange(problem: Problem<unknown>, change: number, show: (value: number) => string): Bilingual {
  if (!problem.inPoints) {
    const shown = show(change);
    return { zh: shown, en: shown };
  }
  const points = fixedTrimmed(change, 2);
  return { zh: `${points}个百分点`, en: `${points} percentage point${points === "1" ? "" : "s"}` };
}

/** A yearly rate as words: 0.0488 → 增长4.88% / growing 4.88%; −0.0513 → 下降5.13% / falling 5.13%. */
function rateWords(rate: number): Bilingual {
  if (rate < 0) {
    const shown = showPercent(-rate);
    return { zh: `下降${shown}`, en: `falling ${shown}` };
  }
  const shown = showPercent(rate);
  return { zh: `增长${shown}`, en: `growing ${shown}` };
}

/** A yearly rate as an English noun: 0.06 → "6% growth", −0.05 → "a 5% fall". */
function rateNoun(rate: number): string {
  return rate < 0 ? `a ${showPercent(-rate)} fall` : `${showPercent(rate)} growth`;
}

/** A fraction as a percentage: 0.0197 → "1.97%". */
export function showPercent(fraction: number, decimals = 2): string {
  return `${fixedTrimmed(fraction * 100, decimals)}%`;
}

/**
 * Sentence parts, joined once into a flat string: a template literal of many pieces is a tree of string
 * nodes that a scorecard of 100,000 explanations would keep alive.
 */
interface Parts {
  zh: string[];
  en: string[];
}

/** The explanation of a verdict, written from its figures in Chinese and English. */
export function explain<N>(
  target: Target,
  problem: Problem<N>,
  assessment: Assessment,
  facts: Facts,
  method: ResolvedMethod,
): Bilingual {
  const display = problem.display;
  const show = (value: number) => showValue(value, display);
  const latestYear = labelOfTime(facts.latestTime);
  const baseYear = labelOfTime(facts.baseTime);
  const zh: string[] = [];
  const en: string[] = [];
  const parts: Parts = { zh, en };
  if (target.kind === "per-year") {
    // The yearly requirement first: how many observed years met it, then the running total.
    const each = show(Number(target.value));
    const met = problem.figures.yearsMet ?? "0";
    const observed = problem.figures.yearsObserved ?? "0";
    const mean = problem.figures.meanFlow === undefined ? undefined : show(Number(problem.figures.meanFlow));
    const zhMean = mean === undefined ? "" : `, 年均${mean}`;
    const enMean = mean === undefined ? "" : `, ${mean} a year on average`;
    if (target.aggregate === "each") {
      zh.push(`每年${each}的要求: 已观测${observed}年中${met}年达到${zhMean}。`);
      en.push(`${met} of ${observed} observed years met ${each} a year${enMean}. `);
      // "Every year at least N" is judged year by year: the running total is a fact, not the verdict.
      eachYearWords(parts, problem, assessment.status, show);
      hedgeWords(parts, target);
      return { zh: zh.join(""), en: en.join("") };
    } else {
      zh.push(`年均${each}的要求: 已观测${observed}年${zhMean}。`);
      en.push(`${observed} observed years against ${each} a year${enMean}. `);
    }
  }
  switch (assessment.status) {
    case "achieved":
      subjectWords(parts, problem, facts, latestYear, show);
      zh.push(", 已达到");
      en.push(" meets ");
      lineWords(parts, problem, facts, show);
      zh.push("。");
      en.push(".");
      break;
    case "not-achieved": {
      subjectWords(parts, problem, facts, latestYear, show);
      if (pastFarEnd(problem, facts, facts.latest)) {
        // Past the far end of a range: not a shortfall.
        zh.push(", 超出");
        en.push(" is beyond ");
        lineWords(parts, problem, facts, show);
        zh.push("的", problem.direction === 1 ? "上限" : "下限", "。");
        en.push(".");
        break;
      }
      zh.push(", 未达到");
      en.push(" falls short of ");
      lineWords(parts, problem, facts, show);
      zh.push(": ");
      en.push(": ");
      if (facts.attainment !== undefined && problem.direction === -1 && facts.attainment > 1) {
        // A cap missed: how far above it, not "129.4% of the target", which reads as over-fulfilment.
        const over = showPercent(facts.attainment - 1, 1);
        zh.push("比目标高", over, ", ");
        en.push(over, " above the target and ");
      } else if (facts.attainment !== undefined) {
        const attainment = showPercent(facts.attainment, 1);
        zh.push("为目标的", attainment, ", ");
        en.push(attainment, " of the target and ");
      }
      if (problem.direction * (facts.line - facts.base) > 0) {
        const progress = showPercent(facts.progress === undefined ? 0 : facts.progress, 1);
        const base = show(facts.base);
        zh.push("完成了从", baseYear, "年", base, "起所需进程的", progress, "。");
        en.push(progress, " of the way from ", base, " in ", baseYear, ".");
      } else {
        // The base already met the line (下降不超过5%: 19 is a floor under 20): there was no way to go.
        const base = show(facts.base);
        zh.push(baseYear, "年基期", base, "本已满足。");
        en.push("the base ", base, " in ", baseYear, " already met it.");
      }
      if (
        problem.kind === "growth-rate" &&
        facts.actualRate !== undefined &&
        facts.requiredRate !== undefined
      ) {
        const actual = rateWords(facts.actualRate);
        const required = rateWords(facts.requiredRate);
        zh.push(baseYear, "—", latestYear, "年年均", actual.zh, ", 未达到目标年均", required.zh, "。");
        en.push(" It was ", actual.en, " a year from ", baseYear, " to ", latestYear, ", against ");
        en.push(rateNoun(facts.requiredRate), " a year required.");
      }
      break;
    }
    case "insufficient-data":
      zh.push(`数据不足: 仅有${facts.observations}个观测值(含基期), 至少需要两个。`);
      en.push(
        `Insufficient data: ${facts.observations} observation${facts.observations === 1 ? "" : "s"} (base included); at least two are needed.`,
      );
      break;
    case "not-evaluable":
      zh.push("无法评估。");
      en.push("Not evaluable.");
      break;
    default: {
      subjectWords(parts, problem, facts, latestYear, show);
      zh.push(", ");
      en.push("; ");
      paceWords(parts, problem, facts, baseYear, show);
      if (facts.projected !== undefined) {
        const targetYear = labelOfTime(facts.targetTime);
        const projected = show(facts.projected);
        const meets = problem.direction === 1 ? facts.projected >= facts.line : facts.projected <= facts.line;
        // A range is reached only between its ends: past the far end the projection overshoots it.
        const past = pastFarEnd(problem, facts, facts.projected);
        zh.push(", 按此推算", targetYear, "年可达", projected, ", ");
        zh.push(past ? "超出" : meets ? "达到" : problem.direction === 1 ? "低于" : "高于");
        en.push("; at this pace it would reach ", projected, " by ", targetYear, ", ");
        en.push(past ? "beyond" : meets ? "reaching" : problem.direction === 1 ? "below" : "above", " ");
        lineWords(parts, problem, facts, show);
        if (past) zh.push("的", problem.direction === 1 ? "上限" : "下限");
      }
      neededWords(parts, problem, facts, show);
      const score = facts.score === undefined ? "" : scoreWords(facts.score, method);
      const words = STATUS_WORDS[assessment.status];
      const measure = MEASURE_WORDS[method.measure];
      if (pastFarEnd(problem, facts, facts.latest)) {
        // Already past the far end of a range: off the path whatever the pace says.
        zh.push("。评估: ", words.zh, "(已超出目标区间的", problem.direction === 1 ? "上限" : "下限", ")。");
        en.push(". Verdict: ", words.en, " (already beyond the far end of the target range).");
      } else {
        zh.push("。评估: ", words.zh, "(", method.id, ", ", measure.zh, score, ")。");
        en.push(". Verdict: ", words.en, " (", method.id, ", ", measure.en, " ", score, ").");
      }
    }
  }
  const scoreNear =
    facts.score !== undefined &&
    assessment.status !== "achieved" &&
    assessment.status !== "not-achieved" &&
    nearCutOff(method, facts.score);
  if (scoreNear) {
    zh.push("注意: ", MEASURE_WORDS[method.measure].zh, "与判定线相差不到0.0005, 接近判定线。");
    en.push(" Note: the ", MEASURE_WORDS[method.measure].en, " is within 0.0005 of a cut-off.");
  } else if (assessment.precision.nearThreshold && assessment.status !== "insufficient-data") {
    const decimals = String(
      problem.kind === "growth-rate" ? (problem.rateDecimals ?? 0) : assessment.precision.decimals,
    );
    zh.push("注意: 结果处于", decimals, "位小数的舍入范围内, 接近判定线。");
    en.push(
      " Note: within rounding of the line at ",
      decimals,
      decimals === "1" ? " decimal." : " decimals.",
    );
  }
  hedgeWords(parts, target);
  return { zh: zh.join(""), en: en.join("") };
}

/** Whether a value lies past a range's far end in the direction the indicator should move. */
function pastFarEnd(problem: Problem<unknown>, facts: Facts, value: number): boolean {
  return facts.high !== undefined && problem.direction * (value - facts.high) > 0;
}

function hedgeWords(parts: Parts, target: Target): void {
  if (target.hedge) {
    parts.zh.push("(原文为“", target.hedge, "”, 属争取性表述。)");
    parts.en.push(' (Written as an aspiration: "', target.hedge, '".)');
  }
}

const EACH_YEAR_VERDICTS: Partial<Record<EvaluationStatus, Bilingual>> = {
  achieved: { zh: "已实现(每年均达到要求)", en: "achieved (every year met the requirement)" },
  "not-achieved": {
    zh: "未实现(有年份未达到每年要求)",
    en: "not achieved (a year fell short of the requirement)",
  },
  "off-track": {
    zh: "进度滞后(有年份未达到每年要求)",
    en: "off track (a year fell short of the requirement)",
  },
  "on-track": {
    zh: "进度正常(已观测年份均达到要求)",
    en: "on track (every observed year met the requirement)",
  },
  "insufficient-data": {
    zh: "数据不足(周期内有年份没有数据)",
    en: "insufficient data (a year of the period has no data)",
  },
};

/** A per-year "each" verdict: the years that missed, the years not observed, the running total, the verdict. */
function eachYearWords(
  parts: Parts,
  problem: Problem<unknown>,
  status: EvaluationStatus,
  show: (value: number) => string,
): void {
  const { zh, en } = parts;
  const missed = problem.yearly?.missed ?? [];
  const unobserved = problem.yearly?.unobserved ?? [];
  if (missed.length > 0) {
    zh.push(
      "未达到的年份: ",
      missed.map((year) => `${year.year}年(${show(Number(year.text))})`).join("、"),
      "。",
    );
    en.push("Short: ", missed.map((year) => `${year.year} (${show(Number(year.text))})`).join(", "), ". ");
  }
  if (unobserved.length > 0) {
    zh.push(unobserved.map((year) => `${year}年`).join("、"), "没有数据。");
    en.push("No data for ", unobserved.join(", "), ". ");
  }
  const last = problem.points[problem.points.length - 1];
  if (last !== undefined) {
    const total = show(Number(last.text));
    zh.push("截至", labelOfTime(last.time), "年累计", total, "。");
    en.push("Running total to ", labelOfTime(last.time), ": ", total, ". ");
  }
  const verdict = EACH_YEAR_VERDICTS[status] ?? STATUS_WORDS[status];
  zh.push("评估: ", verdict.zh, "。");
  en.push("Verdict: ", verdict.en, ".");
}

function subjectWords(
  parts: Parts,
  problem: Problem<unknown>,
  facts: Facts,
  latestYear: string,
  show: (value: number) => string,
): void {
  const latest = show(facts.latest);
  if (problem.flavour === "running-total") {
    parts.zh.push("截至", latestYear, "年累计", latest);
    parts.en.push("The running total of ", latest, " to ", latestYear);
    return;
  }
  if (problem.flavour === "benchmark") {
    const benchmark = problem.figures.benchmarkValue;
    const shown = benchmark === undefined ? "" : show(Number(benchmark));
    parts.zh.push(latestYear, "年为", latest, "(基准为", shown, ")");
    parts.en.push(latest, " in ", latestYear, " (benchmark ", shown, ")");
    return;
  }
  parts.zh.push(latestYear, "年为", latest);
  parts.en.push(latest, " in ", latestYear);
}

function lineWords(
  parts: Parts,
  problem: Problem<unknown>,
  facts: Facts,
  show: (value: number) => string,
): void {
  const line = show(facts.line);
  if (problem.kind === "growth-rate" && facts.requiredRate !== undefined) {
    const targetYear = labelOfTime(facts.targetTime);
    const rate = rateWords(facts.requiredRate);
    parts.zh.push("按年均", rate.zh, "推算的", targetYear, "年水平", line);
    parts.en.push(
      "the ",
      targetYear,
      " level ",
      line,
      " implied by ",
      rateNoun(facts.requiredRate),
      " a year",
    );
    return;
  }
  if (problem.kind === "comparative") {
    // Judged against the benchmark as it stands (met already, or the target year reached): its own year.
    const benchmarkYear = problem.figures.benchmarkYear;
    if (benchmarkYear !== undefined && Number(problem.figures.benchmarkValue) === facts.line) {
      parts.zh.push("比较基准(", benchmarkYear, "年为", line, ")");
      parts.en.push("the benchmark (", line, " in ", benchmarkYear, ")");
      return;
    }
    const targetYear = labelOfTime(facts.targetTime);
    parts.zh.push("比较基准(", targetYear, "年约", line, ")");
    parts.en.push("the benchmark (about ", line, " by ", targetYear, ")");
    return;
  }
  if (facts.high !== undefined) {
    // Written low to high, whichever end is the near one.
    const low = show(Math.min(facts.line, facts.high));
    const high = show(Math.max(facts.line, facts.high));
    parts.zh.push("目标区间", low, "~", high);
    parts.en.push("the target range ", low, " to ", high);
    return;
  }
  parts.zh.push("目标", line);
  parts.en.push("the target ", line);
}

function paceWords(
  parts: Parts,
  problem: Problem<unknown>,
  facts: Facts,
  baseYear: string,
  show: (value: number) => string,
): void {
  if (facts.recentSlope !== undefined && facts.recentFromTime !== undefined) {
    // A linear projection (destatis): the pace stated is the one projected, so the figures agree.
    const years = fixedTrimmed(facts.latestTime - facts.recentFromTime, 1);
    const shown = showChange(problem, Math.abs(facts.recentSlope), show);
    parts.zh.push("近", years, "年年均", facts.recentSlope >= 0 ? "增加" : "减少", shown.zh);
    parts.en.push(
      facts.recentSlope >= 0 ? "rising" : "falling",
      " by ",
      shown.en,
      " a year over the last ",
      years,
      " years",
    );
    return;
  }
  if (facts.actualRate !== undefined && problem.path === "compound") {
    const rate = rateWords(facts.actualRate);
    parts.zh.push(baseYear, "年以来年均", rate.zh);
    parts.en.push(rate.en, " a year since ", baseYear);
    return;
  }
  const slope = showChange(problem, facts.actualSlope ?? 0, show);
  parts.zh.push(baseYear, "年以来年均变化", slope.zh);
  parts.en.push("changing by ", slope.en, " a year since ", baseYear);
}

function neededWords(
  parts: Parts,
  problem: Problem<unknown>,
  facts: Facts,
  show: (value: number) => string,
): void {
  if (facts.recentSlope !== undefined && facts.targetTime > facts.latestTime) {
    // A linear projection: what the remaining years need, in the same terms.
    const needed = (facts.line - facts.latest) / (facts.targetTime - facts.latestTime);
    const shown = showChange(problem, Math.abs(needed), show);
    parts.zh.push("; 此后需年均", needed >= 0 ? "增加" : "减少", shown.zh);
    parts.en.push(
      "; the target needs ",
      needed >= 0 ? "a rise" : "a fall",
      " of ",
      shown.en,
      " a year from now",
    );
    return;
  }
  if (problem.kind === "growth-rate" && facts.requiredRate !== undefined) {
    const rate = rateWords(facts.requiredRate);
    parts.zh.push("; 目标为年均", rate.zh);
    parts.en.push("; the target is ", rateNoun(facts.requiredRate), " a year");
    return;
  }
  if (facts.requiredRate !== undefined && problem.path === "compound") {
    const rate = rateWords(facts.requiredRate);
    parts.zh.push("; 需年均", rate.zh);
    parts.en.push("; the target needs ", rateNoun(facts.requiredRate), " a year");
    return;
  }
  if (facts.requiredSlope !== undefined) {
    const slope = showChange(problem, facts.requiredSlope, show);
    parts.zh.push("; 需年均", slope.zh);
    parts.en.push("; the target needs ", slope.en, " a year");
  }
}
