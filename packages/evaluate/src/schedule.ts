import type { Schedule } from "@guihua/schema";
import { decimalsOf, halfUnitOf } from "./problems/shared.js";
import type { Display } from "./problem.js";

const SERIES_UNIT: Display = { power: 0, label: "", decimals: 0 };
import type { Current } from "./current.js";
import type { Engine } from "./engine/types.js";
import type { Problem } from "./problem.js";

/** Plain numbers already written from the current position: the latest value and the current pace. */
export interface CurrentNumbers {
  latest: number;
  actualRate: number | undefined;
  actualSlope: number | undefined;
}

/** Where the value stands against the required path at its own date, in value and in months at the current pace. */
export function scheduleOf<N>(
  E: Engine<N>,
  problem: Problem<N>,
  current: Current<N>,
  numbers: CurrentNumbers,
): Schedule {
  const { base, line, targetTime } = problem;
  const elapsed = current.latestTime - base.time;
  const span = targetTime - base.time;
  let expected: N;
  if (current.compound && problem.statedRate !== undefined) {
    expected = E.mul(base.value, E.pow(E.add(E.from(1), problem.statedRate), elapsed));
  } else if (current.compound) {
    const ratio = E.div(line, base.value);
    // Whole years: the required yearly factor (V/b)^(1/n) is the required rate plus one, already computed
    // (in decimals taking 1 away and adding it back rounds nothing for any factor above 0.1).
    expected =
      Number.isInteger(elapsed) && Number.isInteger(span)
        ? E.mul(
            base.value,
            E.pow(
              current.requiredRate === undefined
                ? E.root(ratio, span)
                : E.add(E.from(1), current.requiredRate),
              elapsed,
            ),
          )
        : E.mul(base.value, E.pow(ratio, elapsed / span));
  } else {
    expected = E.add(base.value, E.mul(E.sub(line, base.value), E.from(elapsed / span)));
  }
  const difference = E.sub(current.latest, expected);
  const signed = problem.direction * E.sign(difference);
  // On the path only within rounding of the value's own precision in series units (23500 件: 0.5 件), never
  // more than half a unit of the target as written (5000 件 for "3万"), which would hide a real shortfall.
  const point = problem.points[problem.points.length - 1];
  const own = halfUnitOf(E, decimalsOf(point?.text), SERIES_UNIT);
  const tolerance = E.cmp(own, problem.halfUnit) < 0 ? own : problem.halfUnit;
  const onPath = E.cmp(E.abs(difference), tolerance) <= 0;
  const schedule: Schedule = {
    position: onPath ? "on-path" : signed > 0 ? "ahead" : "behind",
    valueDifference: E.toDecimalString(difference, E.significant),
  };
  // Months at the current pace between the expected value and the actual one (an estimate to 0.1 month).
  const latest = numbers.latest;
  const expectedNumber = E.toNumber(expected);
  let years: number | undefined;
  if (current.compound && numbers.actualRate !== undefined) {
    const rate = numbers.actualRate;
    if (problem.direction * rate > 0 && expectedNumber > 0) {
      years = Math.log(latest / expectedNumber) / Math.log1p(rate);
    }
  } else if (numbers.actualSlope !== undefined) {
    const slope = numbers.actualSlope;
    if (problem.direction * slope > 0) years = (latest - expectedNumber) / slope;
  }
  if (years !== undefined && Number.isFinite(years)) {
    const months = Math.round(years * 120) / 10;
    schedule.monthsDifference = String(months === 0 ? 0 : months);
  }
  return schedule;
}
