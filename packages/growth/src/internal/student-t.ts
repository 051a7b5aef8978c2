import { GrowthError } from "../errors.js";

/**
 * Student's t distribution in float64: the quantile for prediction intervals on trend fits.
 * The upper tail is P(T > t) = ½ · I_{ν/(ν+t²)}(ν/2, ½) with I the regularized incomplete beta
 * function (continued fraction, modified Lentz); the quantile solves it by safeguarded Newton steps.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7), accurate to about 1e-15 relative. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = LANCZOS[0]!;
  for (let index = 1; index < LANCZOS.length; index++) sum += LANCZOS[index]! / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Continued fraction for the incomplete beta function (Numerical Recipes' betacf, modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= 500; m++) {
    const m2 = 2 * m;
    let numerator = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + numerator * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + numerator / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    result *= d * c;
    numerator = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + numerator * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + numerator / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return result;
}

/** The regularized incomplete beta function I_x(a, b) for 0 <= x <= 1. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  // The continued fraction converges fast only for x < (a + 1) / (a + b + 2); use symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** P(T > t) for t >= 0 with `degrees` degrees of freedom. */
export function studentTUpperTail(t: number, degrees: number): number {
  return 0.5 * incompleteBeta(degrees / (degrees + t * t), degrees / 2, 0.5);
}

function studentTDensity(t: number, degrees: number): number {
  const logNormaliser =
    logGamma((degrees + 1) / 2) - logGamma(degrees / 2) - 0.5 * Math.log(degrees * Math.PI);
  return Math.exp(logNormaliser - ((degrees + 1) / 2) * Math.log1p((t * t) / degrees));
}

function checkDegrees(degrees: number): void {
  if (!(typeof degrees === "number" && degrees > 0 && Number.isFinite(degrees))) {
    throw new GrowthError(
      "invalid_option",
      ["degrees"],
      `degrees of freedom must be positive, got ${degrees}`,
    );
  }
}

/**
 * P(T <= t) for Student's t with `degrees` degrees of freedom (float64 in both entries).
 *
 * Fails with `invalid_option` (degrees not positive), `non_finite` (t NaN).
 *
 * @example
 * studentTCdf(2.919986, 2); // 0.95
 */
export function studentTCdf(t: number, degrees: number): number {
  checkDegrees(degrees);
  if (typeof t !== "number" || Number.isNaN(t))
    throw new GrowthError("non_finite", ["t"], `t must be a number`);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const tail = studentTUpperTail(Math.abs(t), degrees);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * The t with P(T <= t) = probability, for 0 < probability < 1 and degrees > 0, to about 1e-12 relative
 * (float64 in both entries). Closed forms for 1 and 2 degrees of freedom; otherwise Newton on the upper
 * tail inside a bisection bracket. The half-width factor of a two-sided 90% interval is
 * `studentTQuantile(0.95, degrees)`.
 *
 * Fails with `invalid_option` (probability outside (0, 1), degrees not positive).
 *
 * @example
 * studentTQuantile(0.95, 4); // 2.131846786…
 */
export function studentTQuantile(probability: number, degrees: number): number {
  if (!(typeof probability === "number" && probability > 0 && probability < 1)) {
    throw new GrowthError("invalid_option", ["probability"], `must be in (0, 1), got ${probability}`);
  }
  checkDegrees(degrees);
  if (probability === 0.5) return 0;
  if (probability < 0.5) return -studentTQuantile(1 - probability, degrees);
  const tail = 1 - probability;
  if (degrees === 1) return Math.tan(Math.PI * (probability - 0.5));
  if (degrees === 2) return (2 * probability - 1) / Math.sqrt(2 * probability * tail);
  let low = 0;
  let high = 1;
  while (studentTUpperTail(high, degrees) > tail) {
    low = high;
    high *= 2;
  }
  let t = (low + high) / 2;
  for (let iteration = 0; iteration < 200; iteration++) {
    const excess = studentTUpperTail(t, degrees) - tail;
    if (excess > 0) low = t;
    else high = t;
    // The tail falls as t grows, so Newton adds excess / density.
    let next = t + excess / studentTDensity(t, degrees);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 1e-14 * Math.abs(next)) return next;
    t = next;
  }
  return t;
}
