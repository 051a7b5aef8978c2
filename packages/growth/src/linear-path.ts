import type { Calculator, GrowthInput } from "./calculator/types.js";
import type { PathPoint } from "./compound-path.js";
import { GrowthError } from "./errors.js";
import { read, readOptions } from "./internal/read.js";
import { pathYears } from "./internal/path-years.js";

export interface LinearPathOptions {
  base: GrowthInput;
  baseYear: number;
  target: GrowthInput;
  targetYear: number;
}

/**
 * The straight line from `base` in `baseYear` to `target` in `targetYear`: one point per year, both
 * ends included. The path a plan implies when it states only a base and a target level.
 *
 * Fails with `zero_years` (same year), `negative_years` (targetYear before baseYear), `invalid_year`.
 *
 * @example
 * linearPath(calc, { base: 757, baseYear: 2015, target: 1600, targetYear: 2020 });
 * // [{ year: 2015, value: 757 }, { year: 2016, value: 925.6 }, …, { year: 2020, value: 1600 }]
 */
export function linearPath<V>(calc: Calculator<V>, input: LinearPathOptions): PathPoint<V>[] {
  const options = readOptions(input, "options", false);
  const base = read(calc, options.base, "base");
  const target = read(calc, options.target, "target");
  const years = pathYears(options.baseYear, options.targetYear, ["baseYear", "targetYear"]);
  if (years.length === 1) throw new GrowthError("zero_years", ["targetYear"], "targetYear equals baseYear");
  const start = calc.from(options.baseYear);
  const slope = calc.divide(calc.subtract(target, base), calc.subtract(calc.from(options.targetYear), start));
  return years.map((year, index) => ({
    year,
    value:
      index === years.length - 1
        ? target
        : calc.add(base, calc.multiply(slope, calc.subtract(calc.from(year), start))),
  }));
}
