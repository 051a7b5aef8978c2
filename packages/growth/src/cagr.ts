import type { Calculator, GrowthInput } from "./calculator/types.js";
import { rateBetween } from "./internal/rate-between.js";

/**
 * Compound annual growth rate from `from` to `to` over `years` (may be fractional):
 * (to / from)^(1 / years) − 1, as a fraction. A fall to zero gives −1.
 *
 * Fails with `non_positive_base` (from <= 0), `sign_mismatch` (to < 0), `zero_years`, `negative_years`.
 *
 * @example
 * cagr(calc, 15100, 20000, 5); // 0.05781… (通辽: 5.78% a year)
 * cagr(calc, 1, 2, 5);         // 0.14869… (翻番 in five years)
 */
export function cagr<V>(calc: Calculator<V>, from: GrowthInput, to: GrowthInput, years: GrowthInput): V {
  return rateBetween(calc, from, to, years, ["from", "to"]);
}
