import { cagr } from "./cagr.js";
import type { Calculator, GrowthInput } from "./calculator/types.js";
import { type CompoundPathOptions, compoundPath, type PathPoint } from "./compound-path.js";
import { cumulativeSum } from "./cumulative-sum.js";
import { fitTrend, type TrendFit, type TrendPoint } from "./fit-trend.js";
import type { DateInput } from "./internal/dates.js";
import { type LinearPathOptions, linearPath } from "./linear-path.js";
import { projectCompound } from "./project-compound.js";
import { projectShare, type ShareStep } from "./project-share.js";
import { requiredRate } from "./required-rate.js";
import { type ShareChange, shareChange } from "./share-change.js";
import { type SolveRateOptions, solveRateForCumulative } from "./solve-rate-for-cumulative.js";
import { yearFraction } from "./year-fraction.js";
import { yearsToReach } from "./years-to-reach.js";

/** Every growth function bound to one calculator: what `@guihua/growth` and `@guihua/growth/float` export. */
export interface Growth<V> {
  /** The backend these functions compute with. */
  readonly calculator: Calculator<V>;
  /** (to / from)^(1 / years) − 1. */
  cagr(from: GrowthInput, to: GrowthInput, years: GrowthInput): V;
  /** base · (1 + rate)^years. */
  projectCompound(base: GrowthInput, rate: GrowthInput, years: GrowthInput): V;
  /** (target / base)^(1 / years) − 1. */
  requiredRate(base: GrowthInput, target: GrowthInput, years: GrowthInput): V;
  /** ln(target / base) / ln(1 + rate), forward only. */
  yearsToReach(base: GrowthInput, target: GrowthInput, rate: GrowthInput): V;
  /** One `{ year, value }` per year along base · (1 + rate)^(year − baseYear). */
  compoundPath(options: CompoundPathOptions): PathPoint<V>[];
  /** One `{ year, value }` per year along the line from base to target. */
  linearPath(options: LinearPathOptions): PathPoint<V>[];
  /** firstFlow · ((1 + rate)^years − 1) / rate. */
  cumulativeSum(firstFlow: GrowthInput, rate: GrowthInput, years: GrowthInput): V;
  /** The rate at which `years` flows from `firstFlow` sum to `total`. */
  solveRateForCumulative(
    firstFlow: GrowthInput,
    total: GrowthInput,
    years: GrowthInput,
    options?: SolveRateOptions,
  ): V;
  /** Years between two dates, whole years plus days / length of year. */
  yearFraction(from: DateInput, to: DateInput): V;
  /** Log-linear least squares: rate, standard error, and `project(year)` with a t interval. */
  fitTrend(points: readonly TrendPoint[]): TrendFit<V>;
  /** A share's change as percentage points and, separately, as a relative change. */
  shareChange(from: GrowthInput, to: GrowthInput, years?: GrowthInput): ShareChange<V>;
  /** A share after `years` of a yearly step in percentage points or at a relative rate. */
  projectShare(base: GrowthInput, step: ShareStep, years: GrowthInput): V;
}

/**
 * Binds every growth function to a calculator. Use it to run the same computation exactly and in float64
 * (`createGrowth(decimalCalculator)` / `createGrowth(floatCalculator)`), or on a backend of your own.
 *
 * @example
 * const exact = createGrowth(createDecimalCalculator({ precision: 50 }));
 * exact.cagr(15100, 20000, 5).toFixed(4); // "0.0578"
 */
export function createGrowth<V>(calculator: Calculator<V>): Growth<V> {
  return {
    calculator,
    cagr: (from, to, years) => cagr(calculator, from, to, years),
    projectCompound: (base, rate, years) => projectCompound(calculator, base, rate, years),
    requiredRate: (base, target, years) => requiredRate(calculator, base, target, years),
    yearsToReach: (base, target, rate) => yearsToReach(calculator, base, target, rate),
    compoundPath: (options) => compoundPath(calculator, options),
    linearPath: (options) => linearPath(calculator, options),
    cumulativeSum: (firstFlow, rate, years) => cumulativeSum(calculator, firstFlow, rate, years),
    solveRateForCumulative: (firstFlow, total, years, options) =>
      solveRateForCumulative(calculator, firstFlow, total, years, options),
    yearFraction: (from, to) => yearFraction(calculator, from, to),
    fitTrend: (points) => fitTrend(calculator, points),
    shareChange: (from, to, years) => shareChange(calculator, from, to, years),
    projectShare: (base, step, years) => projectShare(calculator, base, step, years),
  };
}
