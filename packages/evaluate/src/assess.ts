import type { EvaluationIssue, EvaluationStatus, Outlook, Schedule } from "@guihua/schema";
import type { Engine } from "./engine/types.js";
import { meets } from "./meets.js";
import type { Current } from "./current.js";
import { classify, nearCutOff, type ResolvedMethod } from "./methods/presets.js";
import { projectFrom, scoreOf } from "./methods/score.js";
import { outlookOf } from "./outlook.js";
import { scheduleOf } from "./schedule.js";
import type { Problem } from "./problem.js";

const SAME_TIME = 1 / 730;

export interface Verdict {
  status: EvaluationStatus;
  precision: { decimals: number; nearThreshold: boolean };
  issues: EvaluationIssue[];
  atTargetYear: boolean;
}

/** A verdict with everything written from it: figures as decimal strings, schedule, outlook, plain facts. */
export interface Assessment extends Verdict {
  figures: Record<string, string>;
  schedule?: Schedule;
  outlook?: Outlook;
  facts: Facts;
}

/** Plain numbers the explanation is written from. */
export interface Facts {
  observations: number;
  baseTime: number;
  latestTime: number;
  targetTime: number;
  base: number;
  latest: number;
  line: number;
  high?: number;
  actualRate?: number;
  requiredRate?: number;
  actualSlope?: number;
  requiredSlope?: number;
  projected?: number;
  /** The linear projection's pace (destatis): mean change per year since `recentFromTime`. */
  recentSlope?: number;
  recentFromTime?: number;
  progress?: number;
  attainment?: number;
  score?: number;
  atTargetYear: boolean;
}

/**
 * Judges one problem: met already → achieved; the target year observed and not met → not-achieved; fewer than
 * two points → insufficient-data; otherwise the method's score and cut-offs decide, never "not-achieved".
 * `adjust` may revise the verdict (per-year "each" targets) before the figures are written.
 */
export function assess<N>(
  engine: Engine<N>,
  problem: Problem<N>,
  method: ResolvedMethod,
  adjust?: (verdict: Verdict) => void,
): Assessment {
  const E = engine;
  const { base, line, targetTime, direction } = problem;
  const latestPoint = problem.points[problem.points.length - 1];
  const latest = latestPoint?.value ?? base.value;
  const latestTime = latestPoint?.time ?? base.time;
  const count = problem.points.length + 1;
  const elapsed = latestTime - base.time;
  const span = targetTime - base.time;
  const issues: EvaluationIssue[] = problem.issues;
  const one = E.from(1);
  // Figures kept in the engine's numbers until rendered.
  const raw: Record<string, N> = {};

  const positive = E.sign(base.value) > 0 && E.sign(latest) > 0 && E.sign(line) > 0;
  const compound = problem.path === "compound" && positive;
  const toLine = E.sub(line, base.value);
  let requiredRate: N | undefined;
  let actualRate: N | undefined;
  let requiredSlope: N | undefined;
  let actualSlope: N | undefined;
  if (problem.statedRate !== undefined) requiredRate = problem.statedRate;
  else if (compound && span > 0) requiredRate = E.sub(E.root(E.div(line, base.value), span), one);
  if (compound && elapsed > 0) actualRate = E.sub(E.root(E.div(latest, base.value), elapsed), one);
  if (span > 0) requiredSlope = E.div(toLine, E.from(span));
  if (elapsed > 0) actualSlope = E.div(E.sub(latest, base.value), E.from(elapsed));
  const progress = E.sign(toLine) !== 0 ? E.div(E.sub(latest, base.value), toLine) : undefined;
  const movedBy = direction === 1 ? E.sub(latest, base.value) : E.sub(base.value, latest);

  const met = meets(E, problem, latest, method.approximateTolerance);
  const atTargetYear = latestTime >= targetTime - SAME_TIME;

  // Within rounding of the line: the verdict could flip at the precision the target was written with.
  let nearThreshold = E.cmp(E.abs(E.sub(latest, line)), problem.halfUnit) <= 0;
  if (problem.kind === "growth-rate" && actualRate !== undefined && requiredRate !== undefined) {
    // Rates are written in percent: 2% with no decimals is a half-unit of 0.5 points, 0.005 as a fraction.
    const half = E.from(0.005 * 10 ** -(problem.rateDecimals ?? 0));
    nearThreshold = E.cmp(E.abs(E.sub(actualRate, requiredRate)), half) <= 0;
  }

  const current: Current<N> = {
    latest,
    latestTime,
    actualRate,
    requiredRate,
    actualSlope,
    requiredSlope,
    compound,
    progress,
    movedBy,
  };
  let status: EvaluationStatus;
  let score: number | undefined;
  let projected: N | undefined;
  let trend = false;
  let recentFrom: number | undefined;
  // A running total under a cap (累计不超过1000) can only grow: meeting the cap before the period ends says
  // nothing yet, so it is judged on its projection instead.
  const openCap =
    met &&
    !atTargetYear &&
    problem.flavour === "running-total" &&
    (problem.comparator === "<=" || problem.comparator === "<");
  if (met && !openCap) {
    status = "achieved";
  } else if (atTargetYear) {
    status = "not-achieved";
  } else if (count < 2 || elapsed <= 0) {
    status = "insufficient-data";
  } else if (openCap) {
    const ahead = projectFrom(E, problem, current);
    status =
      ahead !== undefined && meets(E, problem, ahead, method.approximateTolerance) ? "on-track" : "off-track";
    projected = ahead;
    trend = true;
  } else {
    const scored = scoreOf(E, problem, method, current, raw);
    score = scored.score;
    projected = scored.projected;
    recentFrom = scored.recentFrom;
    status = classify(method, scored.score, scored.wrong);
    if (nearCutOff(method, scored.score)) nearThreshold = true;
    trend = true;
    // A bound the base already kept (下降不超过5%: a floor of 19 under a base of 20) and the latest value has
    // crossed: progress "toward" a line behind the base means nothing, so no method score can put it on track.
    if (
      (status === "on-track" || status === "acceleration-needed") &&
      direction * E.sign(E.sub(line, base.value)) < 0
    ) {
      status = "off-track";
      issues.push({
        code: "bound-crossed",
        message: "the base already met the line and the latest value has crossed it",
      });
    }
    // 3~5个 and already 7: past the far end of a range before its year is off the path, whatever the pace.
    if (problem.high !== undefined && beyond(E, problem, latest, problem.high)) {
      status = "off-track";
      issues.push({
        code: "range-overshot",
        message: "the latest value is already beyond the far end of the target range",
      });
    }
  }
  if (problem.path === "compound" && !positive) {
    issues.push({
      code: "linear-fallback",
      message: "values are not all positive: rates replaced by linear change",
    });
  }

  const verdict: Verdict = {
    status,
    precision: { decimals: problem.decimals, nearThreshold },
    issues,
    atTargetYear,
  };
  if (adjust) adjust(verdict);
  const float = E.mode === "float";
  // Each figure is written once; the explanation reads it back as a plain number (in float mode the number
  // itself), so no decimal is converted twice.
  const figures: Record<string, string> = problem.figures;
  const put = (name: string, value: N): number => {
    const text = E.toDecimalString(value, E.significant);
    figures[name] = text;
    return float ? (value as unknown as number) : Number(text);
  };
  const lineNumber = put("targetValue", line);
  // A range's far end: its upper end on a rising indicator, its lower end on a falling one.
  const highNumber =
    problem.high === undefined
      ? undefined
      : put(problem.direction === 1 ? "targetHigh" : "targetLow", problem.high);
  const baseNumber = put("baseValue", base.value);
  const latestNumber = put("latestValue", latest);
  figures.gap = E.toDecimalString(E.sub(line, latest), E.significant);
  const requiredRateNumber = requiredRate === undefined ? undefined : put("requiredRate", requiredRate);
  const actualRateNumber = actualRate === undefined ? undefined : put("actualRate", actualRate);
  let requiredSlopeNumber: number | undefined;
  let actualSlopeNumber: number | undefined;
  if (!compound) {
    if (requiredSlope !== undefined) requiredSlopeNumber = put("requiredChangePerYear", requiredSlope);
    if (actualSlope !== undefined) actualSlopeNumber = put("actualChangePerYear", actualSlope);
  }
  // On a compound path the explanation speaks in rates: the slopes are neither written nor shown.
  const progressNumber = progress === undefined ? undefined : put("progress", progress);
  const attainmentNumber = E.sign(line) !== 0 ? put("attainment", E.div(latest, line)) : undefined;
  for (const name in raw) figures[name] = E.toDecimalString(raw[name]!, E.significant);
  // The rate-ratio measure needs no projection to score; the explanation does.
  if (trend && projected === undefined) {
    projected = projectFrom(E, problem, current);
    if (projected !== undefined) figures.projectedValue = E.toDecimalString(projected, E.significant);
  }
  // A range reached by pace but projected past its far end: the verdict follows the method, the data say so.
  if (
    trend &&
    problem.high !== undefined &&
    projected !== undefined &&
    !beyond(E, problem, latest, problem.high) &&
    beyond(E, problem, projected, problem.high)
  ) {
    issues.push({
      code: "range-overshoot-projected",
      message: "at the current pace the value would pass the far end of the target range by the target year",
    });
  }
  const facts: Facts = {
    observations: count,
    baseTime: base.time,
    latestTime,
    targetTime,
    base: baseNumber,
    latest: latestNumber,
    line: lineNumber,
    high: highNumber,
    actualRate: actualRateNumber,
    requiredRate: requiredRateNumber,
    actualSlope: actualSlopeNumber,
    requiredSlope: requiredSlopeNumber,
    projected:
      projected === undefined
        ? undefined
        : float
          ? (projected as unknown as number)
          : figures.projectedValue !== undefined
            ? Number(figures.projectedValue)
            : E.toNumber(projected),
    recentSlope:
      recentFrom === undefined || raw.recentChangePerYear === undefined
        ? undefined
        : float
          ? (raw.recentChangePerYear as unknown as number)
          : Number(figures.recentChangePerYear),
    recentFromTime: recentFrom,
    progress: progressNumber,
    attainment: attainmentNumber,
    score,
    atTargetYear,
  };
  const assessment: Assessment = {
    status: verdict.status,
    precision: verdict.precision,
    issues: verdict.issues,
    atTargetYear,
    figures,
    facts,
  };
  // The schedule and outlook follow the method's verdict (before any per-year adjustment).
  const scheduled = trend || (status === "achieved" && count >= 2 && !atTargetYear && elapsed > 0);
  if (scheduled) {
    assessment.schedule = scheduleOf(E, problem, current, {
      latest: latestNumber,
      actualRate: actualRateNumber,
      actualSlope: actualSlopeNumber,
    });
  }
  if (trend && count >= 3) {
    const outlook = outlookOf(problem, baseNumber, lineNumber, figures);
    if (outlook) assessment.outlook = outlook;
  }
  return assessment;
}

/** Whether a value lies past `end` in the direction the indicator should move. */
function beyond<N>(E: Engine<N>, problem: Problem<N>, value: N, end: N): boolean {
  return problem.direction * E.cmp(value, end) > 0;
}
