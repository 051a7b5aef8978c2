import type { Calculator, GrowthInput } from "./calculator/types.js";
import { GrowthError } from "./errors.js";
import { read, readOptions, readSpan } from "./internal/read.js";
import { geometricFactor } from "./internal/series.js";

export interface SolveRateOptions {
  /**
   * Relative tolerance on the total: the answer r satisfies |cumulativeSum(firstFlow, r, years) − total|
   * <= tolerance · |total|. Default 10³ × the backend's epsilon (2.2e-13 on float64, 1e-30 on the default
   * decimal backend). Between 0 and 0.01.
   */
  tolerance?: number;
  /** Evaluation budget of the root finder. Default 300. */
  maxIterations?: number;
}

/** Bracket expansion steps: rates from −1 + 4^-40 up to about 2^40. */
const BRACKET_STEPS = 40;

/**
 * The yearly rate at which `years` flows starting at `firstFlow` add up to `total`: the inverse of
 * `cumulativeSum`. The sum is monotone in the rate, so a bracket always exists when any answer does;
 * the root is found by regula falsi with the Illinois modification (superlinear, never leaves the bracket).
 *
 * It stops when the total is matched within the tolerance, or when the bracket around the rate is as
 * narrow as the backend resolves (64 epsilon relative to 1 + rate), whichever comes first.
 *
 * Fails with `no_solution` (firstFlow 0, total of the other sign, a total no rate above −100% gives,
 * or years = 1 where every rate gives firstFlow), `zero_years`, `negative_years`, `invalid_option`,
 * `not_converged`.
 *
 * @example
 * solveRateForCumulative(calc, 2200, 13431.22, 5); // 0.1 (within the tolerance)
 */
export function solveRateForCumulative<V>(
  calc: Calculator<V>,
  firstFlow: GrowthInput,
  total: GrowthInput,
  years: GrowthInput,
  input?: SolveRateOptions,
): V {
  const options = readOptions(input, "options", true);
  const flow = read(calc, firstFlow, "firstFlow");
  const sum = read(calc, total, "total");
  const count = readSpan(calc, years, "years");
  const tolerance = options.tolerance ?? calc.epsilon * 1e3;
  const maxIterations = options.maxIterations ?? 300;
  if (!(tolerance > 0 && tolerance <= 0.01)) {
    throw new GrowthError(
      "invalid_option",
      ["options", "tolerance"],
      `must be in (0, 0.01], got ${tolerance}`,
    );
  }
  if (!(Number.isInteger(maxIterations) && maxIterations > 0)) {
    throw new GrowthError("invalid_option", ["options", "maxIterations"], "must be a positive integer");
  }
  const zero = calc.from(0);
  const one = calc.from(1);
  if (calc.compare(flow, zero) === 0)
    throw new GrowthError("no_solution", ["firstFlow"], "a zero flow never grows");
  const ratio = calc.divide(sum, flow);
  // Per unit of first flow the sum runs from 1 (rate → −1) to n (rate 0) to ∞ (n > 1) or 0 (n < 1).
  const shape = calc.compare(count, one);
  const inRange =
    shape > 0
      ? calc.compare(ratio, one) > 0
      : shape < 0 && calc.compare(ratio, zero) > 0 && calc.compare(ratio, one) < 0;
  if (!inRange) {
    throw new GrowthError(
      "no_solution",
      ["total"],
      shape === 0
        ? "over one year the sum is the first flow whatever the rate"
        : `no rate above -100% makes ${String(years)} flows from ${String(firstFlow)} sum to ${String(total)}`,
    );
  }
  // excess(r) rises with r when n > 1 and falls when n < 1; orient it to rise.
  const excess = (rate: V): V => {
    const value = calc.subtract(geometricFactor(calc, rate, count), ratio);
    if (!calc.isFinite(value)) return calc.from(shape > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE);
    return shape > 0 ? value : calc.subtract(zero, value);
  };
  const sign = (value: V) => calc.compare(value, zero);
  let low = calc.from(-0.5);
  let lowExcess = excess(low);
  for (let step = 0; sign(lowExcess) > 0 && step < BRACKET_STEPS; step++) {
    low = calc.add(calc.from(-1), calc.divide(calc.add(low, one), calc.from(4)));
    lowExcess = excess(low);
  }
  let high = one;
  let highExcess = excess(high);
  for (let step = 0; sign(highExcess) < 0 && step < BRACKET_STEPS; step++) {
    high = calc.add(calc.multiply(high, calc.from(2)), one);
    highExcess = excess(high);
  }
  if (sign(lowExcess) > 0 || sign(highExcess) < 0) {
    throw new GrowthError("no_solution", ["total"], "the total needs a rate outside (-100%, 2^40)");
  }
  const allowed = calc.multiply(calc.from(tolerance), ratio);
  const half = calc.from(0.5);
  const resolution = calc.from(calc.epsilon * 64);
  let side = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    // The secant through the bracket ends, halving a stale end's weight (Illinois) so both ends move.
    const width = calc.subtract(high, low);
    const candidate = calc.subtract(
      high,
      calc.divide(calc.multiply(highExcess, width), calc.subtract(highExcess, lowExcess)),
    );
    const value = excess(candidate);
    const size = calc.compare(calc.subtract(zero, allowed), value) <= 0 && calc.compare(value, allowed) <= 0;
    if (size) return candidate;
    if (sign(value) > 0) {
      high = candidate;
      highExcess = value;
      if (side === 1) lowExcess = calc.multiply(lowExcess, half);
      side = 1;
    } else {
      low = candidate;
      lowExcess = value;
      if (side === -1) highExcess = calc.multiply(highExcess, half);
      side = -1;
    }
    // The bracket is as narrow as the backend can resolve: the sum's own rounding hides any better rate.
    const scale = calc.add(one, sign(candidate) < 0 ? calc.subtract(zero, candidate) : candidate);
    if (calc.compare(calc.subtract(high, low), calc.multiply(resolution, scale)) <= 0) return candidate;
  }
  throw new GrowthError(
    "not_converged",
    ["total"],
    `no rate within tolerance ${tolerance} after ${maxIterations} steps`,
  );
}
