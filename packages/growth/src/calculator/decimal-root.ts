import type { Decimal } from "decimal.js";

/** Exponents with at most this many decimal places are exact fractions p/q; others may round one. */
const MAX_EXPONENT_DECIMALS = 6;
/** Largest numerator or denominator the fraction path takes on; beyond it `Decimal#pow` is cheaper. */
const MAX_FRACTION_TERM = 10_000_000;
/** Extra digits carried inside the Newton iteration, dropped by the final rounding. */
const GUARD_DIGITS = 6;
/** Correct digits trusted in a float64 seed: Math.pow is within a few ulps (15–16 digits). */
const SEED_DIGITS = 13;

function gcd(left: number, right: number): number {
  while (right !== 0) [left, right] = [right, left % right];
  return left;
}

type Fraction = { numerator: number; denominator: number };

/** p / q when both terms are within the fraction path's limits. */
function bounded(numerator: number, denominator: number): Fraction | undefined {
  if (Math.abs(numerator) > MAX_FRACTION_TERM || denominator > MAX_FRACTION_TERM) return undefined;
  return { numerator, denominator };
}

/** A short decimal (at most six places) as p / q in lowest terms. */
function shortDecimal(value: Decimal): Fraction | undefined {
  // A whole number below 10^7 sits in one base-10^7 limb: read it without a string round trip.
  if (value.e < 7 && value.d.length === 1 && value.isInteger()) {
    return { numerator: value.s * value.d[0]!, denominator: 1 };
  }
  const places = value.decimalPlaces();
  if (places > MAX_EXPONENT_DECIMALS) return undefined;
  const denominator = Math.pow(10, places);
  const numerator = value.times(denominator).toNumber();
  if (!Number.isSafeInteger(numerator)) return undefined;
  const divisor = gcd(Math.abs(numerator), denominator);
  return bounded(numerator / divisor, denominator / divisor);
}

/**
 * A rounded quotient such as 911/365 (a span of 2 years and 181 days) recognised as that fraction: the
 * continued fraction of its float64 value proposes p / q, kept only if `value` equals it to within the
 * last of `precision` digits.
 */
function roundedFraction(value: Decimal, precision: number): Fraction | undefined {
  const target = value.toNumber();
  if (!(Math.abs(target) < MAX_FRACTION_TERM)) return undefined;
  let [numerator, previousNumerator, denominator, previousDenominator] = [1, 0, 0, 1];
  let rest = target;
  for (let term = 0; term < 48; term++) {
    const whole = Math.floor(rest);
    [numerator, previousNumerator] = [whole * numerator + previousNumerator, numerator];
    [denominator, previousDenominator] = [whole * denominator + previousDenominator, denominator];
    if (denominator > MAX_FRACTION_TERM) return undefined;
    if (Math.abs(target - numerator / denominator) <= 1e-15 * Math.abs(target) || rest === whole) break;
    rest = 1 / (rest - whole);
  }
  const gap = value.times(denominator).minus(numerator).abs();
  if (
    gap.gt(
      value
        .abs()
        .times(denominator)
        .times(`1e-${precision - 1}`),
    )
  )
    return undefined;
  return bounded(numerator, denominator);
}

/**
 * Fractional powers for a decimal backend. Halley's iteration for x^n = a triples the correct digits
 * each step, so a float64 seed (15–16 digits) reaches 36 digits in one step of cheap integer powers
 * and a single division — where `Decimal#pow` with a fractional exponent runs exp and ln series.
 */
export function createRootFinder(Exact: Decimal.Constructor, precision: number, rounding: Decimal.Rounding) {
  const Working = Exact.clone({ defaults: true, precision: precision + GUARD_DIGITS, rounding });
  const ten = new Working(10);

  /**
   * Halley steps needed from a float64 seed: each step cubes the relative error and scales it by about
   * (degree² − 1) / 12, so the correct digits go d → 3d − log10((degree² − 1) / 12). Two digits beyond
   * the precision are enough for the final rounding.
   */
  function halleySteps(degree: number): number {
    const loss = Math.log10(Math.max(1, (degree * degree - 1) / 12));
    let steps = 0;
    for (let digits = SEED_DIGITS; digits < precision + 2; steps++) digits = 3 * digits - loss;
    return steps;
  }

  function seed(value: Decimal, degree: number): Decimal {
    const asNumber = value.toNumber();
    if (asNumber > 1e-300 && asNumber < 1e300) return new Working(Math.pow(asNumber, 1 / degree));
    // Outside float64's comfortable range: split value = m · 10^e and root each part.
    const exponent = value.e;
    const mantissa = value.div(ten.pow(exponent)).toNumber();
    const whole = Math.floor(exponent / degree);
    const rest = (exponent - whole * degree) / degree;
    return new Working(Math.pow(mantissa, 1 / degree) * Math.pow(10, rest)).times(ten.pow(whole));
  }

  /** x^exponent for a whole exponent >= 1 by binary powering at the working precision. */
  function wholePower(x: Decimal, exponent: number): Decimal {
    let result: Decimal | undefined;
    let square = x;
    for (let rest = exponent; ;) {
      if (rest % 2 === 1) result = result === undefined ? square : result.times(square);
      rest = Math.floor(rest / 2);
      if (rest === 0) return result!;
      square = square.times(square);
    }
  }

  const constants = new Map<number, { below: Decimal; above: Decimal; steps: number }>();
  /** n − 1, n + 1 and the number of Halley steps for a degree, cached for the degrees in use. */
  function constantsFor(degree: number) {
    let cached = constants.get(degree);
    if (cached === undefined) {
      cached = { below: new Working(degree - 1), above: new Working(degree + 1), steps: halleySteps(degree) };
      if (constants.size < 64) constants.set(degree, cached);
    }
    return cached;
  }

  /** The positive `degree`-th root of `value >= 0`, rounded to the working precision. */
  function integerRoot(value: Decimal, degree: number): Decimal {
    if (value.isZero() || degree === 1) return new Working(value);
    if (degree === 2) return new Working(value).sqrt();
    const target = new Working(value);
    const { below, above, steps } = constantsFor(degree);
    const belowTarget = below.times(target);
    const aboveTarget = above.times(target);
    let x = seed(target, degree);
    for (let step = 0; step < steps; step++) {
      // Halley for x^n = a: x ← x · ((n−1)·x^n + (n+1)·a) / ((n+1)·x^n + (n−1)·a)
      const raised = wholePower(x, degree);
      x = x.times(below.times(raised).plus(aboveTarget)).div(above.times(raised).plus(belowTarget));
    }
    return x;
  }

  /** base^(numerator/denominator) for base > 0, rounded to the working precision. */
  function fractionPower(base: Decimal, numerator: number, denominator: number): Decimal {
    const raised = Math.abs(numerator) === 1 ? base : new Working(base).pow(Math.abs(numerator));
    const rooted = integerRoot(raised, denominator);
    return numerator < 0 ? new Working(1).div(rooted) : rooted;
  }

  const finish = (value: Decimal): Decimal => new Exact(value).toSD(precision, rounding);

  const asFraction = (value: Decimal) => shortDecimal(value) ?? roundedFraction(value, precision);

  function power(base: Decimal, exponent: Decimal): Decimal {
    if (exponent.isInteger() && exponent.abs().lte(Number.MAX_SAFE_INTEGER)) return base.pow(exponent);
    const fraction = asFraction(exponent);
    if (fraction === undefined) return base.pow(exponent);
    return finish(fractionPower(base, fraction.numerator, fraction.denominator));
  }

  function root(value: Decimal, degree: Decimal): Decimal {
    const fraction = asFraction(degree);
    if (fraction === undefined || fraction.numerator === 0) return value.pow(new Exact(1).div(degree));
    // value^(1 / (p/q)) = value^(q/p)
    const sign = Math.sign(fraction.numerator);
    return finish(fractionPower(value, sign * fraction.denominator, Math.abs(fraction.numerator)));
  }

  return { power, root };
}
