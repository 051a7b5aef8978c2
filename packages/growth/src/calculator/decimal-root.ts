import type { Decimal } from "decimal.js";

/** Exponents with at most this many decimal places are treated as exact fractions p/q. */
const MAX_EXPONENT_DECIMALS = 6;
/** Largest numerator or denominator the fraction path takes on; beyond it `Decimal#pow` is cheaper. */
const MAX_FRACTION_TERM = 10_000_000;
/** Extra digits carried inside the Newton iteration, dropped by the final rounding. */
const GUARD_DIGITS = 10;

function gcd(left: number, right: number): number {
  while (right !== 0) [left, right] = [right, left % right];
  return left;
}

/** `value` as p / q in lowest terms, or undefined when it is not a short decimal. */
function asFraction(value: Decimal): { numerator: number; denominator: number } | undefined {
  const places = value.decimalPlaces();
  if (places > MAX_EXPONENT_DECIMALS) return undefined;
  const denominator = Math.pow(10, places);
  const numerator = value.times(denominator).toNumber();
  if (!Number.isSafeInteger(numerator)) return undefined;
  const divisor = gcd(Math.abs(numerator), denominator);
  const reduced = { numerator: numerator / divisor, denominator: denominator / divisor };
  if (Math.abs(reduced.numerator) > MAX_FRACTION_TERM || reduced.denominator > MAX_FRACTION_TERM) {
    return undefined;
  }
  return reduced;
}

/**
 * Fractional powers for a decimal backend. Newton's iteration for x^n = a,
 * x ← x − (x − a / x^(n−1)) / n, doubles the correct digits each step, so a float64 seed
 * (about 16 digits) reaches 34 digits in two steps of cheap integer powers and one division.
 */
export function createRootFinder(Exact: Decimal.Constructor, precision: number, rounding: Decimal.Rounding) {
  const Working = Exact.clone({ defaults: true, precision: precision + GUARD_DIGITS, rounding });
  const ten = new Working(10);
  const settleExponent = -(precision + GUARD_DIGITS - 2);

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

  /** The positive `degree`-th root of `value >= 0`, rounded to the working precision. */
  function integerRoot(value: Decimal, degree: number): Decimal {
    if (value.isZero() || degree === 1) return new Working(value);
    if (degree === 2) return new Working(value).sqrt();
    const target = new Working(value);
    let x = seed(target, degree);
    // Newton's error after a step is about (degree − 1) / 2 · step², so once step² is below the
    // working precision the next step cannot change the rounded result.
    const settle = Math.pow(10, settleExponent) / degree;
    for (let iteration = 0; iteration < 64; iteration++) {
      const step = x.minus(target.div(x.pow(degree - 1))).div(degree);
      x = x.minus(step);
      if (step.isZero()) break;
      const relative = step.div(x).toNumber();
      if (relative * relative < settle) break;
    }
    return x;
  }

  /** base^(numerator/denominator) for base > 0, rounded to the working precision. */
  function fractionPower(base: Decimal, numerator: number, denominator: number): Decimal {
    const raised = new Working(base).pow(Math.abs(numerator));
    const rooted = integerRoot(raised, denominator);
    return numerator < 0 ? new Working(1).div(rooted) : rooted;
  }

  const finish = (value: Decimal): Decimal => new Exact(value).toSD(precision, rounding);

  function power(base: Decimal, exponent: Decimal): Decimal {
    if (exponent.isInteger() && exponent.abs().lte(Number.MAX_SAFE_INTEGER)) return base.pow(exponent);
    const fraction = asFraction(exponent);
    if (fraction === undefined) return base.pow(exponent);
    return finish(fractionPower(base, fraction.numerator, fraction.denominator));
  }

  function root(value: Decimal, degree: Decimal): Decimal {
    const fraction = asFraction(degree);
    if (fraction === undefined) return value.pow(new Exact(1).div(degree));
    // value^(1 / (p/q)) = value^(q/p)
    const sign = Math.sign(fraction.numerator);
    return finish(fractionPower(value, sign * fraction.denominator, Math.abs(fraction.numerator)));
  }

  return { power, root };
}
