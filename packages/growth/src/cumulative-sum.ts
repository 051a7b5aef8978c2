import type { Calculator, GrowthInput } from "./calculator/types.js";
import { GrowthError } from "./errors.js";
import { finite, read, readRate } from "./internal/read.js";
import { geometricFactor } from "./internal/series.js";

/**
 * The sum of `years` yearly flows, the first `firstFlow`, each `rate` above the one before:
 * firstFlow · ((1 + rate)^years − 1) / rate, or firstFlow · years at rate 0 (exact near 0 too).
 * Fractional `years` interpolate the closed form.
 *
 * Fails with `rate_out_of_range`, `negative_years`.
 *
 * @example
 * // 鞍山: 2.2万 applications by 2010, then 2000 a year growing 10% (2200 in 2011)
 * cumulativeSum(calc, 2200, 0.1, 5);  // 13431.22 → 22000 + 13431.22 = 35431 by 2015
 * cumulativeSum(calc, 2200, 0.1, 10); // 35062.33… → 57062 by 2020
 */
export function cumulativeSum<V>(
  calc: Calculator<V>,
  firstFlow: GrowthInput,
  rate: GrowthInput,
  years: GrowthInput,
): V {
  const flow = read(calc, firstFlow, "firstFlow");
  const growth = readRate(calc, rate, "rate");
  const count = read(calc, years, "years");
  if (calc.compare(count, calc.from(0)) < 0) {
    throw new GrowthError(
      "negative_years",
      ["years"],
      `cannot sum a negative number of years: ${String(years)}`,
    );
  }
  return finite(calc, calc.multiply(flow, geometricFactor(calc, growth, count)), "the cumulative sum");
}
