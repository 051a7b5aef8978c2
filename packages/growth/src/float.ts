/**
 * @guihua/growth/float — the same functions as `@guihua/growth`, computed in float64 and returning `number`.
 * This entry does not load decimal.js; it accepts `Decimal` inputs by calling their `toNumber()`.
 */
import { floatCalculator } from "./calculator/float.js";
import { createGrowth, type Growth } from "./create-growth.js";

const float: Growth<number> = createGrowth(floatCalculator);

/**
 * Compound annual growth rate, (to / from)^(1 / years) − 1, as a fraction.
 * @example
 * cagr(15100, 20000, 5); // 0.05781… (通辽)
 */
export const cagr: Growth<number>["cagr"] = float.cagr;

/**
 * base · (1 + rate)^years; years may be fractional or negative.
 * @example
 * projectCompound(4.09, 0.06, 5); // 5.4733426… (辽宁 表2)
 */
export const projectCompound: Growth<number>["projectCompound"] = float.projectCompound;

/**
 * The yearly rate that takes base to target in years, (target / base)^(1 / years) − 1.
 * @example
 * requiredRate(1, 2, 5); // 0.14869835… (翻番 in five years)
 */
export const requiredRate: Growth<number>["requiredRate"] = float.requiredRate;

/**
 * Years for base to reach target at rate: ln(target / base) / ln(1 + rate); forward only.
 * @example
 * yearsToReach(100, 200, 0.07); // 10.24476…
 */
export const yearsToReach: Growth<number>["yearsToReach"] = float.yearsToReach;

/**
 * One `{ year, value }` per year on the compound path, both ends included.
 * @example
 * compoundPath({ base: 318, baseYear: 2020, rate: 0.1, toYear: 2025 }).at(-1)?.value; // 512.14218…
 */
export const compoundPath: Growth<number>["compoundPath"] = float.compoundPath;

/**
 * One `{ year, value }` per year on the straight line from base to target.
 * @example
 * linearPath({ base: 757, baseYear: 2015, target: 1600, targetYear: 2020 })[1]?.value; // 925.6
 */
export const linearPath: Growth<number>["linearPath"] = float.linearPath;

/**
 * The sum of `years` flows, the first `firstFlow`, growing at rate: firstFlow · ((1 + rate)^years − 1) / rate.
 * @example
 * cumulativeSum(2200, 0.1, 5); // 13431.22…
 */
export const cumulativeSum: Growth<number>["cumulativeSum"] = float.cumulativeSum;

/**
 * The rate at which `years` flows from `firstFlow` sum to `total` (Illinois root finder, tolerance 2.2e-13).
 * @example
 * solveRateForCumulative(2200, 13431.22, 5); // 0.1 within 1e-12
 */
export const solveRateForCumulative: Growth<number>["solveRateForCumulative"] = float.solveRateForCumulative;

/**
 * Years between two dates: whole years plus days into the next year / its length.
 * @example
 * yearFraction("2022-12-31", "2023-06-30"); // 0.49589… (181/365)
 */
export const yearFraction: Growth<number>["yearFraction"] = float.yearFraction;

/**
 * Log-linear least squares over `{ year, value }` or `{ date, value }` points: the yearly rate, its standard
 * error, and `project(year)` with a 90% interval from Student's t (none with two points: no degrees of freedom).
 * @example
 * const fit = fitTrend([{ year: 2018, value: 100 }, { year: 2019, value: 109 }, { year: 2020, value: 121 }, { year: 2021, value: 130 }]);
 * fit.rate; // 0.09324…
 */
export const fitTrend: Growth<number>["fitTrend"] = float.fitTrend;

/**
 * A share's change (shares in percent), as percentage points and, apart, as a relative change.
 * @example
 * shareChange(70, 75); // { percentagePoints: 5, relative: 0.0714… }
 */
export const shareChange: Growth<number>["shareChange"] = float.shareChange;

/**
 * A share (in percent) after `years` of a yearly step named for its kind: percentage points or a relative rate.
 * @example
 * projectShare(30, { percentagePointsPerYear: 2 }, 5); // 40
 */
export const projectShare: Growth<number>["projectShare"] = float.projectShare;

export { createGrowth } from "./create-growth.js";
export type { Growth } from "./create-growth.js";
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
