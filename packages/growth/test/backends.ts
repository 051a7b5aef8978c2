import type { Calculator, GrowthInput } from "../src/index.js";
import { createGrowth, decimalCalculator, floatCalculator, type Growth } from "../src/index.js";

/** A value of the test-only backend: a float64 in a box, so no operator on it can slip through. */
export interface Boxed {
  readonly boxed: number;
}
const box = (value: number): Boxed => ({ boxed: value });

/**
 * A throwaway third backend proving the calculator interface is the only thing the maths uses:
 * boxed values, and powers and roots through exp/ln instead of Math.pow (so they differ in the last bits).
 */
export const boxedCalculator: Calculator<Boxed> = {
  name: "boxed",
  epsilon: Number.EPSILON,
  from: (value: GrowthInput) =>
    box(typeof value === "number" ? value : typeof value === "string" ? Number(value) : value.toNumber()),
  add: (left, right) => box(left.boxed + right.boxed),
  subtract: (left, right) => box(left.boxed - right.boxed),
  multiply: (left, right) => box(left.boxed * right.boxed),
  divide: (left, right) => box(left.boxed / right.boxed),
  power: (base, exponent) =>
    Number.isInteger(exponent.boxed)
      ? box(base.boxed ** exponent.boxed)
      : box(Math.exp(exponent.boxed * Math.log(base.boxed))),
  root: (value, degree) => box(value.boxed === 0 ? 0 : Math.exp(Math.log(value.boxed) / degree.boxed)),
  ln: (value) => box(Math.log(value.boxed)),
  exp: (value) => box(Math.exp(value.boxed)),
  compare: (left, right) => (left.boxed < right.boxed ? -1 : left.boxed > right.boxed ? 1 : 0),
  isFinite: (value) => Number.isFinite(value.boxed),
  toNumber: (value) => value.boxed,
};

export interface Backend<V> {
  name: string;
  growth: Growth<V>;
  toNumber: (value: V) => number;
  /** Turns a result back into an input without losing digits (the boxed backend's values are not inputs). */
  toInput: (value: V) => GrowthInput;
  /** Relative agreement expected with exact arithmetic on well-conditioned inputs. */
  tolerance: number;
}

function backend<V>(growth: Growth<V>, tolerance: number, toInput: (value: V) => GrowthInput): Backend<V> {
  return {
    name: growth.calculator.name,
    growth,
    toNumber: (value) => growth.calculator.toNumber(value),
    toInput,
    tolerance,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const BACKENDS: Backend<any>[] = [
  backend(createGrowth(decimalCalculator), 1e-15, (value) => value),
  backend(createGrowth(floatCalculator), 1e-12, (value) => value),
  backend(createGrowth(boxedCalculator), 1e-11, (value) => value.boxed),
];
