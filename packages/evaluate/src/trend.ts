import { fitTrend } from "@guihua/growth/float";

/**
 * A log-linear trend fitted by `@guihua/growth`'s `fitTrend`, with its 90% prediction interval and the
 * probability of meeting the line. Computed in float64 in both modes: the interval is a statistical estimate,
 * so more digits would be false precision.
 */
export interface TrendOutlook {
  /** Central projection at the target time. */
  value: number;
  low: number;
  high: number;
  /** Probability that the value at the target time is at or beyond the line in the desired direction. */
  probability: number;
  /** Fitted yearly rate. */
  rate: number;
}

// Student t 0.95 quantiles for 1..30 degrees of freedom: the half-width of a two-sided 90% interval.
const T95 = [
  6.314, 2.92, 2.353, 2.132, 2.015, 1.943, 1.895, 1.86, 1.833, 1.812, 1.796, 1.782, 1.771, 1.761, 1.753,
  1.746, 1.74, 1.734, 1.729, 1.725, 1.721, 1.717, 1.714, 1.711, 1.708, 1.706, 1.703, 1.701, 1.699, 1.697,
];

function tQuantile95(degrees: number): number {
  return T95[degrees - 1] ?? 1.645 + (1.645 ** 3 + 1.645) / (4 * degrees);
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
