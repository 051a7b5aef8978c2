import type { Calculator, GrowthInput } from "./calculator/types.js";
import { finite, read, readOptions, readRate } from "./internal/read.js";
import { pathYears } from "./internal/path-years.js";

/** One point of a path: a (possibly fractional) year and the value there. */
export interface PathPoint<V> {
  year: number;
  value: V;
}

export interface CompoundPathOptions {
  base: GrowthInput;
  baseYear: number;
  /** Yearly growth as a fraction, above −1. */
  rate: GrowthInput;
  toYear: number;
}

/**
 * The compound path from `base` in `baseYear` at `rate` a year: one point per year from `baseYear`
 * to `toYear` inclusive (fractional end years add a point at the end). Each value is computed from the
 * base, not from the previous point, so no rounding accumulates.
 *
 * Fails with `rate_out_of_range`, `negative_years` (toYear before baseYear), `invalid_year`.
 *
 * @example
 * compoundPath(calc, { base: 318, baseYear: 2020, rate: 0.1, toYear: 2025 });
 * // [{ year: 2020, value: 318 }, { year: 2021, value: 349.8 }, …, { year: 2025, value: 512.1421… }]
 */
export function compoundPath<V>(calc: Calculator<V>, input: CompoundPathOptions): PathPoint<V>[] {
  const options = readOptions(input, "options", false);
  const base = read(calc, options.base, "base");
  const factor = calc.add(calc.from(1), readRate(calc, options.rate, "rate"));
  const years = pathYears(options.baseYear, options.toYear, ["baseYear", "toYear"]);
  const start = calc.from(options.baseYear);
  return years.map((year) => {
    const span = calc.subtract(calc.from(year), start);
    return {
      year,
      value: finite(calc, calc.multiply(base, calc.power(factor, span)), `the value in ${year}`),
    };
  });
}
