import { rateBetween } from "./internal/rate-between.js";
import type { Calculator, GrowthInput } from "./calculator/types.js";

/**
 * The yearly rate that takes `base` to `target` in `years`: (target / base)^(1 / years) − 1.
 * The same formula as `cagr`, read forward: the growth a plan needs rather than the growth it got.
 *
 * Fails with `non_positive_base`, `sign_mismatch`, `zero_years`, `negative_years`.
 *
 * @example
 * requiredRate(calc, 757, 1600, 5); // 0.16146… (16.1% a year needed)
 */
export function requiredRate<V>(
  calc: Calculator<V>,
  base: GrowthInput,
  target: GrowthInput,
  years: GrowthInput,
): V {
  return rateBetween(calc, base, target, years, ["base", "target"]);
}
