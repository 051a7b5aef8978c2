import type { Engine } from "../engine/types.js";
import type { Current } from "../current.js";
import type { Problem } from "../problem.js";
import type { ResolvedMethod } from "./presets.js";

const SAME_TIME = 1 / 730;

function clamp<N>(engine: Engine<N>, problem: Problem<N>, value: N): N {
  if (!problem.bounds) return value;
  const [low, high] = problem.bounds;
  if (engine.cmp(value, engine.from(low)) < 0) return engine.from(low);
  if (engine.cmp(value, engine.from(high)) > 0) return engine.from(high);
  return value;
}

/** The projection at the target year from the current pace (compound or linear). */
export function projectFrom<N>(engine: Engine<N>, problem: Problem<N>, current: Current<N>): N | undefined {
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
export function scoreOf<N>(
  E: Engine<N>,
  problem: Problem<N>,
  method: ResolvedMethod,
  current: Current<N>,
  raw: Record<string, N>,
): { score: number; wrong: boolean; projected?: N; recentFrom?: number } {
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
      return {
        score: E.toNumber(value),
        wrong: E.sign(signed(slope)) < 0,
        projected,
        recentFrom: first.time,
      };
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
