import { fitTrend } from "@guihua/growth/float";

/**
 * The outlook: `@guihua/growth`'s `fitTrend` (log-linear least squares of ln(value) on the year) projected to
 * the target year with its 90% prediction interval, and the probability of meeting the line. Computed in
 * float64 in both modes: it is a statistical estimate, where more digits would be false precision.
 */
export interface TrendOutlook {
  /** Central projection at the target time. */
  value: number;
  low: number;
  high: number;
  /** Probability that the value at the target time is at or beyond the line in the desired direction. */
  probability: number;
  /** Fitted yearly rate, e^slope − 1. */
  rate: number;
}

// Student t 0.95 quantiles for 1..30 degrees of freedom: the half-width factor of a two-sided 90% interval,
// used to recover the prediction's standard error from the interval fitTrend returns.
const T95 = [
  6.313752, 2.919986, 2.353363, 2.131847, 2.015048, 1.94318, 1.894579, 1.859548, 1.833113, 1.812461, 1.795885,
  1.782288, 1.770933, 1.76131, 1.75305, 1.745884, 1.739607, 1.734064, 1.729133, 1.724718, 1.720743, 1.717144,
  1.713872, 1.710882, 1.708141, 1.705618, 1.703288, 1.701131, 1.699127, 1.697261,
];

function tQuantile95(degrees: number): number {
  const tabled = T95[degrees - 1];
  if (tabled !== undefined) return tabled;
  // Cornish–Fisher expansion around the normal quantile.
  const z = 1.6448536269514722;
  return z + (z ** 3 + z) / (4 * degrees) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * degrees ** 2);
}

/** Fits a trend to positive (time, value) points and projects it to `time`; undefined when it cannot. */
export function fitOutlook(
  times: readonly number[],
  values: readonly number[],
  time: number,
  line: number,
  direction: 1 | -1,
): TrendOutlook | undefined {
  if (times.length < 3 || !values.every((value) => value > 0)) return undefined;
  const fit = fitTrend(times.map((year, index) => ({ year, value: values[index]! })));
  const projection = fit.project(time, { level: 0.9 });
  const interval = projection.interval;
  if (interval === null) return undefined;
  const centre = Math.log(projection.value);
  const standardError = (Math.log(interval.high) - centre) / tQuantile95(fit.degreesOfFreedom);
  const distance = direction * (centre - (line > 0 ? Math.log(line) : -Infinity));
  const standardised = standardError > 0 ? distance / standardError : distance >= 0 ? Infinity : -Infinity;
  return {
    value: projection.value,
    low: interval.low,
    high: interval.high,
    probability: studentCdf(standardised, fit.degreesOfFreedom),
    rate: fit.rate,
  };
}

/** The Student t distribution function through the regularised incomplete beta function. */
export function studentCdf(t: number, degrees: number): number {
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const x = degrees / (degrees + t * t);
  const tail = 0.5 * incompleteBeta(x, degrees / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * continuedFraction(x, a, b)) / a;
  return 1 - (front * continuedFraction(1 - x, b, a)) / b;
}

// Lentz's method for the incomplete beta continued fraction (Numerical Recipes 6.4).
function continuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= 200; m++) {
    const m2 = 2 * m;
    let term = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + term * d;
    c = 1 + term / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    result *= d * c;
    term = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + term * d;
    c = 1 + term / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < 1e-12) break;
  }
  return result;
}

// Lanczos approximation (g = 7, n = 9).
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const shifted = z - 1;
  let sum = LANCZOS[0]!;
  for (let index = 1; index < 9; index++) sum += LANCZOS[index]! / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}
