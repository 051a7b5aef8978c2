import type { Decimal } from "decimal.js";

/** What every public function accepts as a number: a JS number, a decimal string, or a decimal.js `Decimal`. */
export type GrowthInput = number | string | Decimal;

/**
 * The arithmetic the growth maths is written against. A backend binds it to one number type `V`
 * (decimal.js `Decimal`, float64 `number`, or your own); the maths never sees anything else.
 *
 * Inputs reaching a calculator are already checked: finite, numeric, and in the domain the operation
 * needs (positive bases for fractional powers and logarithms, non-zero divisors).
 */
export interface Calculator<V> {
  /** A short name for messages and test titles: `"decimal"`, `"float"`. */
  readonly name: string;
  /** Relative spacing of the backend's numbers near 1 (float64: 2^-52; decimal: 10^(1 - precision)). */
  readonly epsilon: number;
  /** Converts a checked, finite input into the backend's number type. */
  from(value: GrowthInput): V;
  add(left: V, right: V): V;
  subtract(left: V, right: V): V;
  multiply(left: V, right: V): V;
  divide(left: V, right: V): V;
  /** `base ^ exponent`; `base > 0` whenever the exponent is not an integer. */
  power(base: V, exponent: V): V;
  /** `value ^ (1 / degree)` for `value >= 0` and `degree != 0`. */
  root(value: V, degree: V): V;
  /** Natural logarithm of a positive value. */
  ln(value: V): V;
  /** e ^ value. */
  exp(value: V): V;
  compare(left: V, right: V): -1 | 0 | 1;
  /** False for NaN, ±Infinity (float64 overflow) or a decimal beyond the exponent limit. */
  isFinite(value: V): boolean;
  toNumber(value: V): number;
}
