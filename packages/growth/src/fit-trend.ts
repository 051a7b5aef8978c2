import type { Calculator, GrowthInput } from "./calculator/types.js";
import { GrowthError } from "./errors.js";
import { type DateInput, readDate, yearPosition } from "./internal/dates.js";
import { read, readYear } from "./internal/read.js";
import { expm1 } from "./internal/series.js";
import { studentTQuantile } from "./internal/student-t.js";

/** One observation: at a plan year (year N means 31 December N; may be fractional) or at a date. */
export type TrendPoint = { year: number; value: GrowthInput } | { date: DateInput; value: GrowthInput };

export interface ProjectOptions {
  /** Two-sided coverage of the interval, in (0, 1). Default 0.9. */
  level?: number;
  /**
   * `"prediction"` (default): where a single future reading should fall, trend uncertainty plus scatter.
   * `"confidence"`: where the trend line itself lies.
   */
  interval?: "prediction" | "confidence";
}

export interface TrendInterval<V> {
  level: number;
  kind: "prediction" | "confidence";
  low: V;
  high: V;
}

export interface TrendProjection<V> {
  /** The year projected to, on the plan-year axis. */
  year: V;
  /** exp of the fitted log-linear trend at `year`. */
  value: V;
  /** From Student's t with `degreesOfFreedom`; null when the fit has no residual degrees of freedom. */
  interval: TrendInterval<V> | null;
}

export interface TrendFit<V> {
  /** Number of points fitted. */
  points: number;
  /** Residual degrees of freedom, points − 2. Zero for two points: the line is exact and no error can be estimated. */
  degreesOfFreedom: number;
  /** The fitted yearly growth rate, e^slope − 1. */
  rate: V;
  /** Standard error of `rate` by the delta method, e^slope · SE(slope); null with zero degrees of freedom. */
  rateStandardError: V | null;
  /** Slope of ln(value) against year. */
  logSlope: V;
  /** Standard error of `logSlope`; null with zero degrees of freedom. */
  logSlopeStandardError: V | null;
  /** Residual standard deviation in ln units; null with zero degrees of freedom. */
  residualStandardError: V | null;
  /** The fitted value (and interval) at a year or date. */
  project(at: number | DateInput, options?: ProjectOptions): TrendProjection<V>;
}

function position<V>(calc: Calculator<V>, at: unknown, path: (string | number)[]): V {
  if (typeof at === "number") return calc.from(readYear(at, path));
  const { whole, days, yearLength } = yearPosition(readDate(at, path));
  return calc.add(calc.from(whole), calc.divide(calc.from(days), calc.from(yearLength)));
}

/**
 * Least-squares fit of ln(value) = a + b · year over two or more points (plans give 2–6), returning the
 * yearly rate e^b − 1, its standard error, and `project(year)` with a 90% interval from Student's t on
 * points − 2 degrees of freedom. With two points the fit is the CAGR between them and every uncertainty
 * field is null: there is nothing left to estimate it from.
 *
 * Fails with `too_few_points`, `non_positive_value` (a log needs value > 0), `degenerate_years` (all at
 * one year), `invalid_date`, `invalid_year`, `invalid_option`.
 *
 * @example
 * const fit = fitTrend(calc, [
 *   { year: 2018, value: 100 }, { year: 2019, value: 109 }, { year: 2020, value: 121 }, { year: 2021, value: 130 },
 * ]);
 * fit.rate;                          // 0.0932… a year
 * fit.project(2025).interval?.high;  // upper end of the 90% prediction interval for 2025
 */
export function fitTrend<V>(calc: Calculator<V>, points: readonly TrendPoint[]): TrendFit<V> {
  if (!Array.isArray(points) || points.length < 2) {
    throw new GrowthError("too_few_points", ["points"], "a trend needs at least two points");
  }
  const zero = calc.from(0);
  const xs: V[] = [];
  const ys: V[] = [];
  points.forEach((point: TrendPoint | null, index) => {
    if (typeof point !== "object" || point === null) {
      throw new GrowthError(
        "invalid_point",
        ["points", index],
        "a point is { year, value } or { date, value }",
      );
    }
    const value = read(calc, point.value, ["points", index, "value"]);
    if (calc.compare(value, zero) <= 0) {
      throw new GrowthError(
        "non_positive_value",
        ["points", index, "value"],
        "a log-linear trend needs values > 0",
      );
    }
    xs.push(
      "date" in point
        ? position(calc, point.date, ["points", index, "date"])
        : position(calc, point.year, ["points", index, "year"]),
    );
    ys.push(calc.ln(value));
  });
  const count = calc.from(points.length);
  const sum = (values: V[]) => values.reduce((total, value) => calc.add(total, value), zero);
  const meanX = calc.divide(sum(xs), count);
  const meanY = calc.divide(sum(ys), count);
  const dx = xs.map((x) => calc.subtract(x, meanX));
  const sxx = sum(dx.map((d) => calc.multiply(d, d)));
  if (calc.compare(sxx, zero) === 0) {
    throw new GrowthError("degenerate_years", ["points"], "all points are at the same year");
  }
  const slope = calc.divide(
    sum(dx.map((d, index) => calc.multiply(d, calc.subtract(ys[index]!, meanY)))),
    sxx,
  );
  const degreesOfFreedom = points.length - 2;
  const two = calc.from(2);
  let residual: V | null = null;
  if (degreesOfFreedom > 0) {
    const errors = ys.map((y, index) =>
      calc.subtract(calc.subtract(y, meanY), calc.multiply(slope, dx[index]!)),
    );
    const variance = calc.divide(
      sum(errors.map((error) => calc.multiply(error, error))),
      calc.from(degreesOfFreedom),
    );
    residual = calc.root(variance, two);
  }
  const slopeError = residual === null ? null : calc.divide(residual, calc.root(sxx, two));
  const inverseCount = calc.divide(calc.from(1), count);

  function project(at: number | DateInput, options: ProjectOptions = {}): TrendProjection<V> {
    const level = options.level ?? 0.9;
    const kind = options.interval ?? "prediction";
    if (!(typeof level === "number" && level > 0 && level < 1)) {
      throw new GrowthError(
        "invalid_option",
        ["options", "level"],
        `must be in (0, 1), got ${String(level)}`,
      );
    }
    if (kind !== "prediction" && kind !== "confidence") {
      throw new GrowthError(
        "invalid_option",
        ["options", "interval"],
        `must be "prediction" or "confidence"`,
      );
    }
    const year = position(calc, at, ["at"]);
    const offset = calc.subtract(year, meanX);
    const center = calc.add(meanY, calc.multiply(slope, offset));
    const value = calc.exp(center);
    if (residual === null) return { year, value, interval: null };
    // Var(ŷ) = s² (1/n + (x0 − x̄)² / Sxx), plus s² for a new reading.
    let spread = calc.add(inverseCount, calc.divide(calc.multiply(offset, offset), sxx));
    if (kind === "prediction") spread = calc.add(spread, calc.from(1));
    const t = calc.from(studentTQuantile((1 + level) / 2, degreesOfFreedom));
    const half = calc.multiply(t, calc.multiply(residual, calc.root(spread, two)));
    return {
      year,
      value,
      interval: {
        level,
        kind,
        low: calc.exp(calc.subtract(center, half)),
        high: calc.exp(calc.add(center, half)),
      },
    };
  }

  return {
    points: points.length,
    degreesOfFreedom,
    rate: expm1(calc, slope),
    rateStandardError: slopeError === null ? null : calc.multiply(calc.exp(slope), slopeError),
    logSlope: slope,
    logSlopeStandardError: slopeError,
    residualStandardError: residual,
    project,
  };
}
