import { studentTCdf, studentTQuantile } from "@guihua/growth";

/**
 * The outlook: `@guihua/growth`'s `fitTrend` (log-linear least squares of ln(value) on the year) projected to
 * the target year with its 90% prediction interval, and the probability of meeting the line. Computed in
 * float64 in both modes: it is a statistical estimate, where more digits would be false precision. The fit is
 * `fitTrend`'s own arithmetic, step for step, written on plain arrays (a scorecard fits one per target, and the
 * Student t quantile is computed once per degrees of freedom rather than once per fit).
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

const quantiles: number[] = [];

/** The 0.95 quantile of Student's t: the half-width factor of a two-sided 90% interval. */
function tQuantile95(degrees: number): number {
  return (quantiles[degrees] ??= studentTQuantile(0.95, degrees));
}

/** A least-squares line through (time, y) projected to a time, with its 90% prediction half-width. */
interface LineFit {
  centre: number;
  half: number;
  probability: number;
  slope: number;
}

/**
 * As fitTrend: means, centred years, Sxx, the slope, residual variance on n − 2 degrees of freedom, and the
 * prediction interval Var(ŷ) = s² (1/n + (x0 − x̄)² / Sxx) plus s² for a new reading. `target` is the line on the
 * same scale as `ys`; `probability` is that of ending at or beyond it in `direction`.
 */
function fitLine(
  times: ArrayLike<number>,
  ys: ArrayLike<number>,
  count: number,
  time: number,
  target: number,
  direction: 1 | -1,
): LineFit | undefined {
  let sumX = 0;
  let sumY = 0;
  for (let index = 0; index < count; index++) {
    sumX += times[index]!;
    sumY += ys[index]!;
  }
  const meanX = sumX / count;
  const meanY = sumY / count;
  let sxx = 0;
  let sxy = 0;
  for (let index = 0; index < count; index++) {
    const dx = times[index]! - meanX;
    sxx += dx * dx;
    sxy += dx * (ys[index]! - meanY);
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  const degrees = count - 2;
  let squares = 0;
  for (let index = 0; index < count; index++) {
    const error = ys[index]! - meanY - slope * (times[index]! - meanX);
    squares += error * error;
  }
  const residual = Math.sqrt(squares / degrees);
  const offset = time - meanX;
  const centre = meanY + slope * offset;
  const standardError = residual * Math.sqrt(1 / count + (offset * offset) / sxx + 1);
  const distance = direction * (centre - target);
  const standardised = standardError > 0 ? distance / standardError : distance >= 0 ? Infinity : -Infinity;
  return {
    centre,
    half: tQuantile95(degrees) * standardError,
    probability: studentCdf(standardised, degrees),
    slope,
  };
}

// Scratch space for the logarithms of one fit (plans give a handful of points).
let logs = new Float64Array(16);

/**
 * Fits a log-linear trend to positive (time, value) points and projects it to `time`; undefined when it cannot.
 * `times` and `values` are read for `count` entries.
 */
export function fitOutlook(
  times: ArrayLike<number>,
  values: ArrayLike<number>,
  count: number,
  time: number,
  line: number,
  direction: 1 | -1,
): TrendOutlook | undefined {
  if (count < 3) return undefined;
  if (logs.length < count) logs = new Float64Array(count * 2);
  for (let index = 0; index < count; index++) {
    const value = values[index]!;
    if (!(value > 0)) return undefined;
    logs[index] = Math.log(value);
  }
  const fit = fitLine(times, logs, count, time, line > 0 ? Math.log(line) : -Infinity, direction);
  if (fit === undefined) return undefined;
  return {
    value: Math.exp(fit.centre),
    low: Math.exp(fit.centre - fit.half),
    high: Math.exp(fit.centre + fit.half),
    probability: fit.probability,
    rate: Math.abs(fit.slope) >= 0.01 ? Math.exp(fit.slope) - 1 : Math.expm1(fit.slope),
  };
}

/**
 * A straight-line fit (least squares of value on time) projected to `time` with its 90% prediction interval and
 * the probability of meeting the line: for running totals, which start from zero and grow by a roughly even
 * amount a year, where a log-linear trend cannot be fitted. `rate` is the fitted change a year.
 */
export function fitLinearOutlook(
  times: ArrayLike<number>,
  values: ArrayLike<number>,
  count: number,
  time: number,
  line: number,
  direction: 1 | -1,
): TrendOutlook | undefined {
  if (count < 3) return undefined;
  const fit = fitLine(times, values, count, time, line, direction);
  if (fit === undefined) return undefined;
  return {
    value: fit.centre,
    low: fit.centre - fit.half,
    high: fit.centre + fit.half,
    probability: fit.probability,
    rate: fit.slope,
  };
}

/**
 * The Student t distribution function. Whole degrees of freedom up to 200 use the closed forms of Abramowitz
 * and Stegun 26.7.3–4 (a finite sum in cos θ, θ = atan(t/√ν)); anything else goes to
 * `@guihua/growth`'s `studentTCdf` (the regularised incomplete beta).
 */
export function studentCdf(t: number, degrees: number): number {
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  if (Number.isInteger(degrees) && degrees >= 1 && degrees <= 200) {
    const theta = Math.atan(t / Math.sqrt(degrees));
    const cos = Math.cos(theta);
    const cos2 = cos * cos;
    let within: number; // A(t|ν) = P(|T| <= t), signed with t
    if (degrees % 2 === 1) {
      let sum = 0;
      if (degrees > 1) {
        let term = cos;
        sum = term;
        for (let k = 3; k <= degrees - 2; k += 2) {
          term *= (cos2 * (k - 1)) / k;
          sum += term;
        }
      }
      within = (2 / Math.PI) * (theta + Math.sin(theta) * sum);
    } else {
      let term = 1;
      let sum = 1;
      for (let k = 2; k <= degrees - 2; k += 2) {
        term *= (cos2 * (k - 1)) / k;
        sum += term;
      }
      within = Math.sin(theta) * sum;
    }
    return Math.min(1, Math.max(0, 0.5 + 0.5 * within));
  }
  return studentTCdf(t, degrees);
}
