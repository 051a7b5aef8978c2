import type { EvaluationIssue, EvaluationStatus, Outlook, Schedule } from "@guihua/schema";
import { plainNumber } from "./engine/plain-number.js";
import type { Engine } from "./engine/types.js";
import { meets } from "./meets.js";
import { classify, nearCutOff, type ResolvedMethod } from "./methods/presets.js";
import type { Problem } from "./problem.js";
import { fitOutlook } from "./trend.js";

const SAME_TIME = 1 / 730;

/**
 * The verdict on one problem, reached eagerly, and its details (figures as decimal strings, schedule, outlook
 * and the plain numbers an explanation is written from), rendered only when asked for: a scorecard of
 * 100,000 targets counted by status need not write 1.5 million decimal strings.
 */
export interface Assessment {
  status: EvaluationStatus;
  precision: { decimals: number; nearThreshold: boolean };
  issues: EvaluationIssue[];
  atTargetYear: boolean;
  details(): Details;
}

export interface Details {
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
  progress?: number;
  attainment?: number;
  score?: number;
  atTargetYear: boolean;
}

interface Current<N> {
  latest: N;
  latestTime: number;
  actualRate: N | undefined;
  requiredRate: N | undefined;
  actualSlope: N | undefined;
  requiredSlope: N | undefined;
  compound: boolean;
  progress: N | undefined;
  movedBy: N;
}

/**
 * Judges one problem: met already → achieved; the target year observed and not met → not-achieved; fewer than
 * two points → insufficient-data; otherwise the method's score and cut-offs decide, never "not-achieved".
 */
export function assess<N>(engine: Engine<N>, problem: Problem<N>, method: ResolvedMethod): Assessment {
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
  if (met) {
    status = "achieved";
  } else if (atTargetYear) {
    status = "not-achieved";
  } else if (count < 2 || elapsed <= 0) {
    status = "insufficient-data";
  } else {
    const scored = scoreOf(E, problem, method, current, raw);
    score = scored.score;
    projected = scored.projected;
    status = classify(method, scored.score, scored.wrong);
    if (nearCutOff(method, scored.score)) nearThreshold = true;
    trend = true;
  }
  if (problem.path === "compound" && !positive) {
    issues.push({
      code: "linear-fallback",
      message: "values are not all positive: rates replaced by linear change",
    });
  }

  const details = (): Details => {
    const write = (value: N) => E.toDecimalString(value, E.significant);
    const figures: Record<string, string> = { ...problem.figures };
    figures.targetValue = write(line);
    if (problem.high !== undefined) figures.targetHigh = write(problem.high);
    figures.baseValue = write(base.value);
    figures.latestValue = write(latest);
    figures.gap = write(E.sub(line, latest));
    if (requiredRate !== undefined) figures.requiredRate = write(requiredRate);
    if (actualRate !== undefined) figures.actualRate = write(actualRate);
    if (!compound) {
      if (requiredSlope !== undefined) figures.requiredChangePerYear = write(requiredSlope);
      if (actualSlope !== undefined) figures.actualChangePerYear = write(actualSlope);
    }
    if (progress !== undefined) figures.progress = write(progress);
    const attainment = E.sign(line) !== 0 ? E.div(latest, line) : undefined;
    if (attainment !== undefined) figures.attainment = write(attainment);
    for (const name in raw) figures[name] = write(raw[name]!);
    // The rate-ratio measure needs no projection to score; the explanation does.
    if (trend && projected === undefined) {
      projected = projectFrom(E, problem, current);
      if (projected !== undefined) figures.projectedValue = write(projected);
    }
    const number = (value: N | undefined) => (value === undefined ? undefined : E.toNumber(value));
    const facts: Facts = {
      observations: count,
      baseTime: base.time,
      latestTime,
      targetTime,
      base: E.toNumber(base.value),
      latest: E.toNumber(latest),
      line: E.toNumber(line),
      high: number(problem.high),
      actualRate: number(actualRate),
      requiredRate: number(requiredRate),
      actualSlope: number(actualSlope),
      requiredSlope: number(requiredSlope),
      projected: number(projected),
      progress: number(progress),
      attainment: number(attainment),
      score,
      atTargetYear,
    };
    const rendered: Details = { figures, facts };
    const scheduled = trend || (status === "achieved" && count >= 2 && !atTargetYear && elapsed > 0);
    if (scheduled) rendered.schedule = scheduleOf(E, problem, current);
    if (trend && count >= 3) {
      const outlook = outlookOf(problem, facts, figures);
      if (outlook) rendered.outlook = outlook;
    }
    return rendered;
  };
  return { status, precision: { decimals: problem.decimals, nearThreshold }, issues, atTargetYear, details };
}

function clamp<N>(engine: Engine<N>, problem: Problem<N>, value: N): N {
  if (!problem.bounds) return value;
  const [low, high] = problem.bounds;
  if (engine.cmp(value, engine.from(low)) < 0) return engine.from(low);
  if (engine.cmp(value, engine.from(high)) > 0) return engine.from(high);
  return value;
}

/** The projection at the target year from the current pace (compound or linear). */
function projectFrom<N>(engine: Engine<N>, problem: Problem<N>, current: Current<N>): N | undefined {
  const remaining = problem.targetTime - current.latestTime;
  if (current.compound && current.actualRate !== undefined) {
    const factor = engine.pow(engine.add(engine.from(1), current.actualRate), remaining);
    return clamp(engine, problem, engine.mul(current.latest, factor));
  }
  if (current.actualSlope !== undefined) {
    const change = engine.mul(current.actualSlope, engine.from(remaining));
    return clamp(engine, problem, engine.add(current.latest, change));
  }
  return undefined;
}

/** The method's score; its intermediate figures go into `raw`. */
function scoreOf<N>(
  E: Engine<N>,
  problem: Problem<N>,
  method: ResolvedMethod,
  current: Current<N>,
  raw: Record<string, N>,
): { score: number; wrong: boolean; projected?: N } {
  const { base, line, targetTime, direction } = problem;
  const wrong = E.sign(current.movedBy) < 0;
  const toLine = E.sub(line, base.value);
  const elapsedShare = (current.latestTime - base.time) / (targetTime - base.time);
  const signed = (value: N) => (direction === 1 ? value : E.neg(value));
  let value: N;
  let projected: N | undefined;
  switch (method.measure) {
    case "rate-ratio": {
      const actual = current.compound ? current.actualRate : current.actualSlope;
      const required = current.compound ? current.requiredRate : current.requiredSlope;
      if (actual === undefined || required === undefined) return { score: 0, wrong };
      value =
        E.sign(required) === 0
          ? E.from(E.sign(signed(actual)) >= 0 ? 1 : -1)
          : E.div(signed(actual), E.abs(required));
      break;
    }
    case "projected-progress": {
      projected = projectFrom(E, problem, current);
      if (projected === undefined || E.sign(toLine) === 0) return { score: 0, wrong, projected };
      value = E.div(E.sub(projected, base.value), toLine);
      break;
    }
    case "gap-deviation": {
      // Mean change over the last `window` years (Destatis), extrapolated linearly to the target year.
      const from = current.latestTime - method.window - SAME_TIME;
      let first: { time: number; value: N } = { time: base.time, value: base.value };
      if (base.time < from) {
        first = problem.points.find((point) => point.time >= from) ?? first;
        if (first.time >= current.latestTime - SAME_TIME)
          first = problem.points[problem.points.length - 2] ?? first;
      }
      const slope = E.div(E.sub(current.latest, first.value), E.from(current.latestTime - first.time));
      projected = clamp(
        E,
        problem,
        E.add(current.latest, E.mul(slope, E.from(targetTime - current.latestTime))),
      );
      raw.recentChangePerYear = slope;
      const remaining = E.sub(line, current.latest);
      value = E.sign(remaining) === 0 ? E.from(0) : E.div(signed(E.sub(line, projected)), E.abs(remaining));
      raw.ratio = value;
      raw.projectedValue = projected;
      return { score: E.toNumber(value), wrong: E.sign(signed(slope)) < 0, projected };
    }
    case "status-index-ratio": {
      if (current.progress === undefined) return { score: 0, wrong };
      const ten = E.from(10);
      let index = E.mul(ten, current.progress);
      if (E.cmp(index, ten) > 0) index = ten;
      raw.statusIndex = index;
      value = E.div(index, E.from(10 * elapsedShare));
      break;
    }
    case "progress-ratio": {
      if (current.progress === undefined) return { score: 0, wrong };
      value = E.div(current.progress, E.from(elapsedShare));
      break;
    }
  }
  raw.ratio = value;
  if (projected !== undefined) raw.projectedValue = projected;
  return { score: E.toNumber(value), wrong, projected };
}

/** Where the value stands against the required path at its own date, in value and in months at the current pace. */
function scheduleOf<N>(E: Engine<N>, problem: Problem<N>, current: Current<N>): Schedule {
  const { base, line, targetTime } = problem;
  const elapsed = current.latestTime - base.time;
  const span = targetTime - base.time;
  let expected: N;
  if (current.compound && problem.statedRate !== undefined) {
    expected = E.mul(base.value, E.pow(E.add(E.from(1), problem.statedRate), elapsed));
  } else if (current.compound) {
    const ratio = E.div(line, base.value);
    expected =
      Number.isInteger(elapsed) && Number.isInteger(span)
        ? E.mul(base.value, E.pow(E.root(ratio, span), elapsed))
        : E.mul(base.value, E.pow(ratio, elapsed / span));
  } else {
    expected = E.add(base.value, E.mul(E.sub(line, base.value), E.from(elapsed / span)));
  }
  const difference = E.sub(current.latest, expected);
  const signed = problem.direction * E.sign(difference);
  const onPath = E.cmp(E.abs(difference), problem.halfUnit) <= 0;
  const schedule: Schedule = {
    position: onPath ? "on-path" : signed > 0 ? "ahead" : "behind",
    valueDifference: E.toDecimalString(difference, E.significant),
  };
  // Months at the current pace between the expected value and the actual one (an estimate to 0.1 month).
  const latest = E.toNumber(current.latest);
  const expectedNumber = E.toNumber(expected);
  let years: number | undefined;
  if (current.compound && current.actualRate !== undefined) {
    const rate = E.toNumber(current.actualRate);
    if (problem.direction * rate > 0 && expectedNumber > 0) {
      years = Math.log(latest / expectedNumber) / Math.log1p(rate);
    }
  } else if (current.actualSlope !== undefined) {
    const slope = E.toNumber(current.actualSlope);
    if (problem.direction * slope > 0) years = (latest - expectedNumber) / slope;
  }
  if (years !== undefined && Number.isFinite(years)) {
    const months = Math.round(years * 120) / 10;
    schedule.monthsDifference = String(months === 0 ? 0 : months);
  }
  return schedule;
}

function outlookOf<N>(
  problem: Problem<N>,
  facts: Facts,
  figures: Record<string, string>,
): Outlook | undefined {
  const times = [problem.base.time];
  const values = [facts.base];
  for (const point of problem.points) {
    times.push(point.time);
    values.push(Number(point.text));
  }
  const trend = fitOutlook(times, values, problem.targetTime, facts.line, problem.direction);
  if (trend === undefined || !Number.isFinite(trend.low) || !Number.isFinite(trend.high)) return undefined;
  const [lowBound, highBound] = problem.bounds ?? [-Infinity, Infinity];
  const fit = (value: number) => plainNumber(Math.min(highBound, Math.max(lowBound, value)), 12);
  figures.trendValue = fit(trend.value);
  figures.trendRate = plainNumber(trend.rate, 12);
  return {
    level: 0.9,
    low: fit(trend.low),
    high: fit(trend.high),
    probability: Math.round(trend.probability * 10000) / 10000,
  };
}
