import fc from "fast-check";
import { describe, it } from "vitest";
import * as exact from "../src/index.js";
import * as float from "../src/float.js";
import { BACKENDS } from "./backends.js";

/** Per-backend accuracy of the laws, as a relative (or, near zero, absolute) bound. */
const LAW_TOLERANCE: Record<string, number> = { decimal: 1e-28, float: 1e-12, boxed: 1e-11 };
/** The bound for decimal against float64. */
const AGREEMENT = 1e-9;

function near(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}

/** Values a plan table holds: positive integers up to ten million. */
const level = fc.integer({ min: 1, max: 10_000_000 });
/** Yearly rates from −90% to +200% in basis points, exact in every backend. */
const rate = fc.integer({ min: -9_000, max: 20_000 }).map((points) => points / 10_000);
const smallRate = fc.integer({ min: -2_000, max: 3_000 }).map((points) => points / 10_000);
/** Spans in quarter years, 0.25 to 30. */
const span = fc.integer({ min: 1, max: 120 }).map((quarters) => quarters / 4);
const wholeYears = fc.integer({ min: 2, max: 30 });

describe.each(BACKENDS)("laws on the $name backend", ({ name, growth, toNumber, toInput }) => {
  const tolerance = LAW_TOLERANCE[name]!;
  const n = toNumber;

  it("composes projections: project(project(x, r, a), r, b) = project(x, r, a + b)", () => {
    fc.assert(
      fc.property(level, smallRate, span, span, (base, r, a, b) => {
        const twoSteps = growth.projectCompound(toInput(growth.projectCompound(base, r, a)), r, b);
        const oneStep = growth.projectCompound(base, r, a + b);
        return near(n(twoSteps) / n(oneStep), 1, tolerance * 10);
      }),
    );
  });

  it("is monotone in the rate", () => {
    fc.assert(
      fc.property(level, rate, rate, span, (base, r1, r2, years) => {
        const [low, high] = r1 <= r2 ? [r1, r2] : [r2, r1];
        return n(growth.projectCompound(base, low, years)) <= n(growth.projectCompound(base, high, years));
      }),
    );
  });

  it("inverts projectCompound with requiredRate and yearsToReach", () => {
    fc.assert(
      fc.property(level, smallRate, span, (base, r, years) => {
        const target = toInput(growth.projectCompound(base, r, years));
        const recovered = n(growth.requiredRate(base, target, years));
        if (!near(recovered, r, tolerance * 10)) return false;
        if (r === 0) return true;
        return near(n(growth.yearsToReach(base, target, r)), years, tolerance * 1e3);
      }),
    );
  });

  it("puts projectCompound's values on compoundPath and the targets at linearPath's ends", () => {
    fc.assert(
      fc.property(level, level, rate, fc.integer({ min: 1, max: 15 }), (base, target, r, years) => {
        const path = growth.compoundPath({ base, baseYear: 2020, rate: r, toYear: 2020 + years });
        const onPath = path.every((point, index) =>
          near(n(point.value), n(growth.projectCompound(base, r, index)), tolerance),
        );
        const line = growth.linearPath({ base, baseYear: 2020, target, targetYear: 2020 + years });
        return (
          onPath &&
          path.length === years + 1 &&
          n(line[0]!.value) === base &&
          n(line[years]!.value) === target &&
          // The line moves monotonically from base to target.
          line.every(
            (point, index) =>
              index === 0 ||
              Math.sign(n(point.value) - n(line[index - 1]!.value)) === Math.sign(target - base),
          )
        );
      }),
    );
  });

  it("inverts cumulativeSum with solveRateForCumulative", () => {
    fc.assert(
      fc.property(level, smallRate, wholeYears, (flow, r, years) => {
        const total = toInput(growth.cumulativeSum(flow, r, years));
        return near(
          n(growth.solveRateForCumulative(flow, total, years)),
          r,
          Math.max(tolerance, 1e-10) * 1e3,
        );
      }),
    );
  });

  it("recovers the rate of an exact exponential with zero standard error", () => {
    fc.assert(
      fc.property(level, smallRate, fc.integer({ min: 3, max: 6 }), (base, r, count) => {
        const points = Array.from({ length: count }, (_, index) => ({
          year: 2020 + index,
          value: toInput(growth.projectCompound(base, r, index)),
        }));
        const fit = growth.fitTrend(points);
        return near(n(fit.rate), r, Math.max(tolerance, 1e-12) * 100) && n(fit.logSlopeStandardError!) < 1e-9;
      }),
    );
  });
});

describe("the decimal and float entries agree within 1e-9 relative", () => {
  const agree = (left: { toNumber(): number }, right: number) =>
    Math.abs(left.toNumber() - right) <= AGREEMENT * Math.abs(right) ||
    (left.toNumber() === 0 && right === 0);
  /** Rates are compared on the growth factor 1 + r: a rate of 0 has no relative error of its own. */
  const agreeRate = (left: { toNumber(): number }, right: number) =>
    Math.abs(left.toNumber() - right) <= AGREEMENT * (1 + right);

  it("on cagr, requiredRate and yearsToReach", () => {
    // Neighbouring values too, where the rate is tiny and naive formulas lose its digits.
    const pair = fc.oneof(
      fc.tuple(level, level),
      level.chain((from) => fc.tuple(fc.constant(from), fc.integer({ min: from, max: from + 3 }))),
    );
    fc.assert(
      fc.property(pair, span, rate, ([from, to], years, r) => {
        // Relative on the rate itself: near-zero rates keep their digits on both backends.
        if (!agree(exact.cagr(from, to, years), float.cagr(from, to, years))) return false;
        if (!agree(exact.requiredRate(from, to, years), float.requiredRate(from, to, years))) return false;
        if (from === to || r === 0 || to > from !== r > 0) return true;
        return agree(exact.yearsToReach(from, to, r), float.yearsToReach(from, to, r));
      }),
    );
  });

  it("on projectCompound and the paths", () => {
    fc.assert(
      fc.property(level, rate, span, (base, r, years) => {
        if (!agree(exact.projectCompound(base, r, years), float.projectCompound(base, r, years)))
          return false;
        const options = { base, baseYear: 2020, rate: r, toYear: 2020 + Math.ceil(years) };
        const exactPath = exact.compoundPath(options);
        return float
          .compoundPath(options)
          .every((point, index) => agree(exactPath[index]!.value, point.value));
      }),
    );
  });

  it("on cumulativeSum and solveRateForCumulative", () => {
    fc.assert(
      fc.property(level, smallRate, wholeYears, (flow, r, years) => {
        const total = float.cumulativeSum(flow, r, years);
        if (!agree(exact.cumulativeSum(flow, r, years), total)) return false;
        return agreeRate(
          exact.solveRateForCumulative(flow, total, years),
          float.solveRateForCumulative(flow, total, years),
        );
      }),
    );
  });

  it("on fitTrend's rate, standard error and interval", () => {
    const series = fc.array(level, { minLength: 3, maxLength: 6 });
    fc.assert(
      fc.property(series, (values) => {
        const points = values.map((value, index) => ({ year: 2018 + index, value }));
        const [left, right] = [exact.fitTrend(points), float.fitTrend(points)];
        const [leftEnd, rightEnd] = [left.project(2025), right.project(2025)];
        return (
          agreeRate(left.rate, right.rate) &&
          agree(left.rateStandardError!, right.rateStandardError!) &&
          agree(leftEnd.interval!.high, rightEnd.interval!.high) &&
          agree(leftEnd.interval!.low, rightEnd.interval!.low)
        );
      }),
    );
  });
});
