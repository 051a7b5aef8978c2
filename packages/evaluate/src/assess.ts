import type { EvaluationIssue, EvaluationStatus, Outlook, Schedule } from "@guihua/schema";
import type { Engine } from "./engine/types.js";
import { meets } from "./meets.js";
import { classify, nearCutOff, type ResolvedMethod } from "./methods/presets.js";
import type { Problem } from "./problem.js";
import { fitOutlook } from "./trend.js";

const SAME_TIME = 1 / 730;

/** What an assessment found, as numbers for the explanation and decimal strings for the record. */
export interface Assessment {
  status: EvaluationStatus;
  figures: Record<string, string>;
  schedule?: Schedule;
  outlook?: Outlook;
  precision: { decimals: number; nearThreshold: boolean };
  issues: EvaluationIssue[];
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
  wrongDirection: boolean;
  atTargetYear: boolean;
}

/**
 * Judges one problem: met already → achieved; the target year observed and not met → not-achieved; fewer than
 * two points → insufficient-data; otherwise the method's score and cut-offs decide, never "not-achieved".
 */
export function assess<N>(engine: Engine<N>, problem: Problem<N>, method: ResolvedMethod): Assessment {
  const E = engine;
  const { base, line, targetTime, direction } = problem;
  const d = E.from(direction);
  const latestPoint = problem.points[problem.points.length - 1];
  const latest = latestPoint?.value ?? base.value;
  const latestTime = latestPoint?.time ?? base.time;
  const count = problem.points.length + 1;
  const elapsed = latestTime - base.time;
  const span = targetTime - base.time;
  const figures: Record<string, string> = { ...problem.figures };
  const issues: EvaluationIssue[] = [...problem.issues];
  const write = (value: N) => E.toDecimalString(value, E.significant);
  const zero = E.from(0);
  const one = E.from(1);

  figures.targetValue = write(line);
  if (problem.high !== undefined) figures.targetHigh = write(problem.high);
  figures.baseValue = write(base.value);
  figures.latestValue = write(latest);
  figures.gap = write(E.sub(line, latest));

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
  if (requiredRate !== undefined) figures.requiredRate = write(requiredRate);
  if (actualRate !== undefined) figures.actualRate = write(actualRate);
  if (!compound) {
    if (requiredSlope !== undefined) figures.requiredChangePerYear = write(requiredSlope);
    if (actualSlope !== undefined) figures.actualChangePerYear = write(actualSlope);
  }
  let progress: N | undefined;
  if (E.sign(toLine) !== 0) {
    progress = E.div(E.sub(latest, base.value), toLine);
    figures.progress = write(progress);
  }
  let attainment: N | undefined;
  if (E.sign(line) !== 0) {
    attainment = E.div(latest, line);
    figures.attainment = write(attainment);
  }

  const met = meets(E, problem, latest, method.approximateTolerance);
  const atTargetYear = latestTime >= targetTime - SAME_TIME;
  const movedBy = E.mul(d, E.sub(latest, base.value));
  const facts: Facts = {
    observations: count,
    baseTime: base.time,
    latestTime,
    targetTime,
    base: E.toNumber(base.value),
    latest: E.toNumber(latest),
    line: E.toNumber(line),
    high: problem.high === undefined ? undefined : E.toNumber(problem.high),
    actualRate: actualRate === undefined ? undefined : E.toNumber(actualRate),
    requiredRate: requiredRate === undefined ? undefined : E.toNumber(requiredRate),
    actualSlope: actualSlope === undefined ? undefined : E.toNumber(actualSlope),
    requiredSlope: requiredSlope === undefined ? undefined : E.toNumber(requiredSlope),
    progress: progress === undefined ? undefined : E.toNumber(progress),
    attainment: attainment === undefined ? undefined : E.toNumber(attainment),
    wrongDirection: E.sign(movedBy) < 0,
    atTargetYear,
  };

  // Within rounding of the line: the verdict could flip at the precision the target was written with.
  const distance = E.abs(E.sub(latest, line));
  let nearThreshold = E.cmp(distance, problem.halfUnit) <= 0;
  if (
    problem.kind === "growth-rate" &&
    actualRate !== undefined &&
    problem.statedRate !== undefined &&
    elapsed > 0
  ) {
    const rateHalfUnit = 0.5 * 10 ** -(problem.rateDecimals ?? 0);
    nearThreshold =
      Math.abs(E.toNumber(actualRate) * 100 - E.toNumber(problem.statedRate) * 100) <= rateHalfUnit;
  }

  let status: EvaluationStatus;
  let schedule: Schedule | undefined;
  let outlook: Outlook | undefined;
  if (met) {
    status = "achieved";
  } else if (atTargetYear) {
    status = "not-achieved";
  } else if (count < 2 || elapsed <= 0) {
    status = "insufficient-data";
  } else {
    const scored = score(E, problem, method, {
      latest,
      latestTime,
      actualRate,
      requiredRate,
      actualSlope,
      requiredSlope,
      compound,
      progress,
      movedBy,
    });
    Object.assign(figures, scored.figures);
    facts.score = scored.score;
    facts.projected = scored.projected;
    facts.wrongDirection = scored.wrong;
    status = classify(method, scored.score, scored.wrong);
    if (nearCutOff(method, scored.score)) nearThreshold = true;
    schedule = scheduleOf(E, problem, { latest, latestTime, actualRate, actualSlope, compound });
    if (count >= 3) outlook = outlookOf(E, problem, figures);
  }
  if (schedule === undefined && status === "achieved" && count >= 2 && !atTargetYear && elapsed > 0) {
    schedule = scheduleOf(E, problem, { latest, latestTime, actualRate, actualSlope, compound });
  }
  if (problem.path === "compound" && !positive) {
    issues.push({
      code: "linear-fallback",
      message: "values are not all positive: rates replaced by linear change",
    });
  }
  return {
    status,
    figures,
    schedule,
    outlook,
    precision: { decimals: problem.decimals, nearThreshold },
    issues,
    facts,
  };
}

interface Current<N> {
  latest: N;
  latestTime: number;
  actualRate: N | undefined;
  requiredRate?: N | undefined;
  actualSlope: N | undefined;
  requiredSlope?: N | undefined;
  compound: boolean;
  progress?: N | undefined;
  movedBy?: N;
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
    return clamp(
      engine,
      problem,
      engine.mul(current.latest, engine.pow(engine.add(engine.from(1), current.actualRate), remaining)),
    );
  }
  if (current.actualSlope !== undefined) {
    return clamp(
      engine,
      problem,
      engine.add(current.latest, engine.mul(current.actualSlope, engine.from(remaining))),
    );
  }
  return undefined;
}

function score<N>(
  E: Engine<N>,
  problem: Problem<N>,
  method: ResolvedMethod,
  current: Current<N> & { movedBy: N },
): { score: number; wrong: boolean; projected?: number; figures: Record<string, string> } {
  const figures: Record<string, string> = {};
  const write = (value: N) => E.toDecimalString(value, E.significant);
  const d = E.from(problem.direction);
  const { base, line, targetTime } = problem;
  const wrong = E.sign(current.movedBy) < 0;
  const projected = projectFrom(E, problem, current);
  if (projected !== undefined && method.measure !== "gap-deviation")
    figures.projectedValue = write(projected);
  const projectedNumber = projected === undefined ? undefined : E.toNumber(projected);
  const toLine = E.sub(line, base.value);
  const elapsedShare = (current.latestTime - base.time) / (targetTime - base.time);
  let value: N;
  switch (method.measure) {
    case "rate-ratio": {
      const actual = current.compound ? current.actualRate : current.actualSlope;
      const required = current.compound ? current.requiredRate : current.requiredSlope;
      if (actual === undefined || required === undefined) return { score: 0, wrong, figures };
      value =
        E.sign(required) === 0
          ? E.from(E.sign(E.mul(d, actual)) >= 0 ? 1 : -1)
          : E.div(E.mul(d, actual), E.abs(required));
      break;
    }
    case "projected-progress": {
      if (projected === undefined || E.sign(toLine) === 0) return { score: 0, wrong, figures };
      value = E.div(E.sub(projected, base.value), toLine);
      break;
    }
    case "gap-deviation": {
      const window = [{ time: base.time, value: base.value }, ...problem.points].filter(
        (point) => point.time >= current.latestTime - method.window - SAME_TIME,
      );
      const first =
        window.length >= 2
          ? window[0]!
          : (problem.points[problem.points.length - 2] ?? { time: base.time, value: base.value });
      const years = current.latestTime - first.time;
      const slope = E.div(E.sub(current.latest, first.value), E.from(years));
      const linearProjection = clamp(
        E,
        problem,
        E.add(current.latest, E.mul(slope, E.from(targetTime - current.latestTime))),
      );
      figures.recentChangePerYear = write(slope);
      figures.projectedValue = write(linearProjection);
      const remaining = E.sub(line, current.latest);
      value =
        E.sign(remaining) === 0
          ? E.from(0)
          : E.div(E.mul(d, E.sub(line, linearProjection)), E.abs(remaining));
      figures.ratio = write(value);
      const slopeWrong = E.sign(E.mul(d, slope)) < 0;
      return {
        score: E.toNumber(value),
        wrong: slopeWrong,
        projected: E.toNumber(linearProjection),
        figures,
      };
    }
    case "status-index-ratio": {
      if (current.progress === undefined) return { score: 0, wrong, figures };
      let index = E.mul(E.from(10), current.progress);
      if (E.cmp(index, E.from(10)) > 0) index = E.from(10);
      figures.statusIndex = write(index);
      value = E.div(index, E.from(10 * elapsedShare));
      break;
    }
    case "progress-ratio": {
      if (current.progress === undefined) return { score: 0, wrong, figures };
      value = E.div(current.progress, E.from(elapsedShare));
      break;
    }
  }
  figures.ratio = write(value);
  return { score: E.toNumber(value), wrong, projected: projectedNumber, figures };
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
  // Months at the current pace between the expected value and the actual one (float: an estimate to 0.1 month).
  const latest = E.toNumber(current.latest);
  const expectedNumber = E.toNumber(expected);
  let years: number | undefined;
  if (current.compound && current.actualRate !== undefined) {
    const rate = E.toNumber(current.actualRate);
    if (problem.direction * rate > 0 && expectedNumber > 0)
      years = Math.log(latest / expectedNumber) / Math.log1p(rate);
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
  E: Engine<N>,
  problem: Problem<N>,
  figures: Record<string, string>,
): Outlook | undefined {
  const times = [problem.base.time];
  const values = [E.toNumber(problem.base.value)];
  for (const point of problem.points) {
    times.push(point.time);
    values.push(E.toNumber(point.value));
  }
  const trend = fitOutlook(times, values, problem.targetTime, E.toNumber(problem.line), problem.direction);
  if (trend === undefined || !Number.isFinite(trend.low) || !Number.isFinite(trend.high)) return undefined;
  const [lowBound, highBound] = problem.bounds ?? [-Infinity, Infinity];
  const fit = (value: number) =>
    E.toDecimalString(E.from(Math.min(highBound, Math.max(lowBound, value))), 12);
  figures.trendValue = fit(trend.value);
  figures.trendRate = E.toDecimalString(E.from(trend.rate), 12);
  return { level: 0.9, low: fit(trend.low), high: fit(trend.high), probability: round4(trend.probability) };
}

function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}
