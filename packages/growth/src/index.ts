/**
 * @guihua/growth — exact compound-growth maths. Every function returns a decimal.js `Decimal` computed
 * on the default decimal backend (34 significant digits, half-even rounding, its own `Decimal.clone`).
 * The same names returning `number` live in `@guihua/growth/float`.
 */
import type { Decimal } from "decimal.js";
import { decimalCalculator } from "./calculator/decimal.js";
import { createGrowth, type Growth } from "./create-growth.js";

const exact: Growth<Decimal> = createGrowth(decimalCalculator);

/**
 * Compound annual growth rate, (to / from)^(1 / years) − 1, as a fraction.
 * @example
 * cagr(15100, 20000, 5).toFixed(4); // "0.0578" (通辽)
 */
export const cagr: Growth<Decimal>["cagr"] = exact.cagr;

/**
 * base · (1 + rate)^years; years may be fractional or negative.
 * @example
 * projectCompound(4.09, 0.06, 5).toFixed(4); // "5.4733" (辽宁 表2)
 */
export const projectCompound: Growth<Decimal>["projectCompound"] = exact.projectCompound;

/**
 * The yearly rate that takes base to target in years, (target / base)^(1 / years) − 1.
 * @example
 * requiredRate(1, 2, 5).toFixed(4); // "0.1487" (翻番 in five years)
 */
export const requiredRate: Growth<Decimal>["requiredRate"] = exact.requiredRate;

/**
 * Years for base to reach target at rate: ln(target / base) / ln(1 + rate); forward only.
 * @example
 * yearsToReach(100, 200, 0.07).toFixed(2); // "10.24"
 */
export const yearsToReach: Growth<Decimal>["yearsToReach"] = exact.yearsToReach;

/**
 * One `{ year, value }` per year on the compound path, both ends included.
 * @example
 * compoundPath({ base: 318, baseYear: 2020, rate: 0.1, toYear: 2025 }).at(-1)?.value.toFixed(2); // "512.14"
 */
export const compoundPath: Growth<Decimal>["compoundPath"] = exact.compoundPath;

/**
 * One `{ year, value }` per year on the straight line from base to target.
 * @example
 * linearPath({ base: 757, baseYear: 2015, target: 1600, targetYear: 2020 })[1]?.value.toString(); // "925.6"
 */
export const linearPath: Growth<Decimal>["linearPath"] = exact.linearPath;

/**
 * The sum of `years` flows, the first `firstFlow`, growing at rate: firstFlow · ((1 + rate)^years − 1) / rate.
 * @example
 * cumulativeSum(2200, 0.1, 5).toString(); // "13431.22"
 */
export const cumulativeSum: Growth<Decimal>["cumulativeSum"] = exact.cumulativeSum;

/**
 * The rate at which `years` flows from `firstFlow` sum to `total` (Illinois root finder, tolerance 1e-30).
 * @example
 * solveRateForCumulative(2200, 13431.22, 5).toFixed(10); // "0.1000000000"
 */
export const solveRateForCumulative: Growth<Decimal>["solveRateForCumulative"] = exact.solveRateForCumulative;

/**
 * Years between two dates: whole years plus days into the next year / its length.
 * @example
 * yearFraction("2022-12-31", "2023-06-30").toFixed(4); // "0.4959" (181/365)
 */
export const yearFraction: Growth<Decimal>["yearFraction"] = exact.yearFraction;

/**
 * Log-linear least squares over `{ year, value }` or `{ date, value }` points: the yearly rate, its standard
 * error, and `project(year)` with a 90% interval from Student's t (none with two points: no degrees of freedom).
 * @example
 * const fit = fitTrend([{ year: 2018, value: 100 }, { year: 2019, value: 109 }, { year: 2020, value: 121 }, { year: 2021, value: 130 }]);
 * fit.rate.toFixed(4); // "0.0932"
 */
export const fitTrend: Growth<Decimal>["fitTrend"] = exact.fitTrend;

/**
 * A share's change (shares in percent), as percentage points and, apart, as a relative change.
 * @example
 * shareChange(70, 75).percentagePoints.toString(); // "5"
 */
export const shareChange: Growth<Decimal>["shareChange"] = exact.shareChange;

/**
 * A share (in percent) after `years` of a yearly step named for its kind: percentage points or a relative rate.
 * @example
 * projectShare(30, { relativeRatePerYear: 0.2 }, 5).toString(); // "74.6496"
 */
export const projectShare: Growth<Decimal>["projectShare"] = exact.projectShare;

export { createGrowth } from "./create-growth.js";
export type { Growth } from "./create-growth.js";
export {
  createDecimalCalculator,
  decimalCalculator,
  DEFAULT_DECIMAL_PRECISION,
  DEFAULT_DECIMAL_ROUNDING,
} from "./calculator/decimal.js";
export type { DecimalCalculatorOptions } from "./calculator/decimal.js";
export { createFloatCalculator, floatCalculator } from "./calculator/float.js";
export type { Calculator, GrowthInput } from "./calculator/types.js";
export { GrowthError, GROWTH_ERROR_CODES } from "./errors.js";
export { safeCall } from "./safe-call.js";
export { studentTCdf, studentTQuantile } from "./internal/student-t.js";
export type { GrowthResult } from "./safe-call.js";
export type { GrowthErrorCode, GrowthIssue } from "./errors.js";
export type { CompoundPathOptions, PathPoint } from "./compound-path.js";
export type { LinearPathOptions } from "./linear-path.js";
export type { SolveRateOptions } from "./solve-rate-for-cumulative.js";
export type { DateInput } from "./internal/dates.js";
export type { ProjectOptions, TrendFit, TrendInterval, TrendPoint, TrendProjection } from "./fit-trend.js";
export type { ShareChange } from "./share-change.js";
export type { ShareStep } from "./project-share.js";
