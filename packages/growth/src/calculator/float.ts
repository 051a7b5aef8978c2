import type { Calculator, GrowthInput } from "./types.js";

function toFloat(value: GrowthInput): number {
  if (typeof value === "number") return value;
  if (typeof value === "string") return Number(value);
  return value.toNumber();
}

/**
 * Builds the float64 backend: plain `number`s and `Math`, for speed where 15–16 significant digits do.
 *
 * @example
 * const float = createFloatCalculator();
 * float.power(1.1, 5); // 1.6105100000000006
 */
export function createFloatCalculator(): Calculator<number> {
  return {
    name: "float",
    epsilon: Number.EPSILON,
    from: toFloat,
    add: (left, right) => left + right,
    subtract: (left, right) => left - right,
    multiply: (left, right) => left * right,
    divide: (left, right) => left / right,
    power: Math.pow,
    root: (value, degree) => (degree === 2 ? Math.sqrt(value) : Math.pow(value, 1 / degree)),
    ln: Math.log,
    exp: Math.exp,
    compare: (left, right) => (left < right ? -1 : left > right ? 1 : 0),
    isFinite: Number.isFinite,
    toNumber: (value) => value,
  };
}

/**
 * The default float64 backend.
 *
 * @example
 * floatCalculator.power(1.06, 5); // 1.3382255776000003
 */
export const floatCalculator: Calculator<number> = createFloatCalculator();
