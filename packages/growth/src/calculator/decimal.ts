import { Decimal } from "decimal.js";
import type { Calculator, GrowthInput } from "./types.js";
import { createRootFinder } from "./decimal-root.js";

/**
 * Significant digits of the default decimal backend (IEEE 754 decimal128 carries 34).
 *
 * @example
 * decimalCalculator.divide(decimalCalculator.from(1), decimalCalculator.from(3)).toString();
 * // "0.3333333333333333333333333333333333" (34 threes)
 */
export const DEFAULT_DECIMAL_PRECISION = 34;
/**
 * Rounding of the default decimal backend: half to even, so repeated rounding does not drift.
 *
 * @example
 * DEFAULT_DECIMAL_ROUNDING === Decimal.ROUND_HALF_EVEN; // true
 */
export const DEFAULT_DECIMAL_ROUNDING = Decimal.ROUND_HALF_EVEN;

export interface DecimalCalculatorOptions {
  /** Significant digits kept after every operation, 10 to 1000. Default 34. */
  precision?: number;
  /** A decimal.js rounding mode (0–8). Default `Decimal.ROUND_HALF_EVEN` (6). */
  rounding?: Decimal.Rounding;
}

/**
 * Builds the exact backend on its own `Decimal.clone({ precision, rounding })`, so the global decimal.js
 * settings never change a result. Integer powers use decimal.js's binary powering; fractional powers and
 * roots with a short decimal exponent (`1/5`, `4.5` years) use a Newton n-th root seeded from float64,
 * which is many times faster than `Decimal#pow` with a fractional exponent; anything else falls back to it.
 *
 * @example
 * const exact = createDecimalCalculator({ precision: 50 });
 * exact.root(exact.from(2), exact.from(5)).toFixed(10); // "1.1486983550"
 */
export function createDecimalCalculator(options: DecimalCalculatorOptions = {}): Calculator<Decimal> {
  const precision = options.precision ?? DEFAULT_DECIMAL_PRECISION;
  const rounding = options.rounding ?? DEFAULT_DECIMAL_ROUNDING;
  if (!Number.isInteger(precision) || precision < 10 || precision > 1000) {
    throw new RangeError(`precision must be an integer from 10 to 1000, got ${precision}`);
  }
  if (!Number.isInteger(rounding) || rounding < 0 || rounding > 8) {
    throw new RangeError(`rounding must be a decimal.js rounding mode 0–8, got ${rounding}`);
  }
  const Exact = Decimal.clone({ defaults: true, precision, rounding });
  const { power, root } = createRootFinder(Exact, precision, rounding);
  return {
    name: "decimal",
    epsilon: Math.pow(10, 1 - precision),
    from: (value: GrowthInput) => new Exact(value),
    add: (left, right) => left.plus(right),
    subtract: (left, right) => left.minus(right),
    multiply: (left, right) => left.times(right),
    divide: (left, right) => left.div(right),
    power,
    root,
    ln: (value) => value.ln(),
    exp: (value) => value.exp(),
    compare: (left, right) => left.cmp(right) as -1 | 0 | 1,
    isFinite: (value) => value.isFinite(),
    toNumber: (value) => value.toNumber(),
  };
}

/**
 * The default exact backend: 34 significant digits, half-even rounding.
 *
 * @example
 * decimalCalculator.root(decimalCalculator.from(2), decimalCalculator.from(5)).toFixed(10); // "1.1486983550"
 */
export const decimalCalculator: Calculator<Decimal> = createDecimalCalculator();
