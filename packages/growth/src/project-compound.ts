import type { Calculator, GrowthInput } from "./calculator/types.js";
import { finite, read, readRate } from "./internal/read.js";

/**
 * `base` grown at `rate` a year for `years` (may be fractional or negative, to look back):
 * base · (1 + rate)^years.
 *
 * Fails with `rate_out_of_range` (rate <= −1), `overflow` when the result leaves the backend's range.
 *
 * @example
 * projectCompound(calc, 4.09, 0.06, 5); // 5.47334… (辽宁 表2, 2025)
 */
export function projectCompound<V>(
  calc: Calculator<V>,
  base: GrowthInput,
  rate: GrowthInput,
  years: GrowthInput,
): V {
  const start = read(calc, base, "base");
  const growth = readRate(calc, rate, "rate");
  const span = read(calc, years, "years");
  return finite(
    calc,
    calc.multiply(start, calc.power(calc.add(calc.from(1), growth), span)),
    "the projection",
  );
}
