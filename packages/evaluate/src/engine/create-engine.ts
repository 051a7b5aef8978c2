import type { Calculator } from "@guihua/growth";
import { plainNumber } from "./plain-number.js";
import type { Engine } from "./types.js";

export interface EngineOptions<V> {
  mode: "exact" | "float";
  /** Significant digits written into figures. */
  significant: number;
  /** Writes a backend number as a plain decimal string; default through float64. */
  format?: (value: V, significant: number) => string;
}

/** Binds the evaluator's arithmetic to a `@guihua/growth` calculator (decimal, float64 or your own). */
export function createEngine<V>(calculator: Calculator<V>, options: EngineOptions<V>): Engine<V> {
  const zero = calculator.from(0);
  const format =
    options.format ??
    ((value: V, significant: number) => plainNumber(calculator.toNumber(value), Math.min(significant, 17)));
  return {
    mode: options.mode,
    significant: options.significant,
    from: (value) => calculator.from(value),
    add: (a, b) => calculator.add(a, b),
    sub: (a, b) => calculator.subtract(a, b),
    mul: (a, b) => calculator.multiply(a, b),
    div: (a, b) => calculator.divide(a, b),
    neg: (a) => calculator.subtract(zero, a),
    abs: (a) => (calculator.compare(a, zero) < 0 ? calculator.subtract(zero, a) : a),
    cmp: (a, b) => calculator.compare(a, b),
    sign: (a) => calculator.compare(a, zero),
    pow: (a, exponent) => calculator.power(a, calculator.from(exponent)),
    root: (a, degree) => calculator.root(a, calculator.from(degree)),
    toNumber: (a) => calculator.toNumber(a),
    toDecimalString: (a, significant = options.significant) => format(a, significant),
  };
}
