import type { Calculator, GrowthInput } from "./calculator/types.js";
import { GrowthError } from "./errors.js";
import { finite, read, readRate } from "./internal/read.js";
import { log1p } from "./internal/series.js";

/**
 * Years until `base` growing at `rate` reaches `target`: ln(target / base) / ln(1 + rate).
 * Zero when they are equal. Only forward in time: a target the series moves away from is `unreachable`.
 *
 * Fails with `non_positive_base`, `sign_mismatch` (target <= 0), `rate_out_of_range`, `unreachable`.
 *
 * @example
 * yearsToReach(calc, 100, 200, 0.07); // 10.2447… (doubling at 7%)
 */
export function yearsToReach<V>(
  calc: Calculator<V>,
  base: GrowthInput,
  target: GrowthInput,
  rate: GrowthInput,
): V {
  const start = read(calc, base, "base");
  const goal = read(calc, target, "target");
  const growth = readRate(calc, rate, "rate");
  const zero = calc.from(0);
  if (calc.compare(start, zero) <= 0) {
    throw new GrowthError(
      "non_positive_base",
      ["base"],
      `compound growth needs a positive base, got ${String(base)}`,
    );
  }
  if (calc.compare(goal, zero) <= 0) {
    throw new GrowthError("sign_mismatch", ["target"], "compound growth from a positive base stays positive");
  }
  const change = calc.divide(calc.subtract(goal, start), start);
  const direction = calc.compare(change, zero);
  if (direction === 0) return zero;
  if (direction !== calc.compare(growth, zero)) {
    throw new GrowthError(
      "unreachable",
      ["rate"],
      `at a rate of ${String(rate)} the value never reaches ${String(target)} from ${String(base)}`,
    );
  }
  return finite(calc, calc.divide(log1p(calc, change), log1p(calc, growth)), "the number of years");
}
