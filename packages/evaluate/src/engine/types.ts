/**
 * The arithmetic an evaluator needs, written once and bound twice: exact decimals (the default entry)
 * and float64 (the `./float` entry). Evaluation code never imports decimal.js directly.
 */
export interface Engine<N> {
  readonly mode: "exact" | "float";
  from(value: string | number): N;
  add(a: N, b: N): N;
  sub(a: N, b: N): N;
  mul(a: N, b: N): N;
  div(a: N, b: N): N;
  neg(a: N): N;
  abs(a: N): N;
  /** -1, 0 or 1. */
  cmp(a: N, b: N): number;
  sign(a: N): number;
  /** `a` to a real power; `a` must be positive unless `exponent` is an integer. */
  pow(a: N, exponent: number): N;
  /** The `degree`-th root of a positive `a`: `a^(1/degree)`. Fast and exact to precision for integer degrees. */
  root(a: N, degree: number): N;
  toNumber(a: N): number;
  /** A plain decimal string (no exponent) rounded to at most `significant` digits. */
  toDecimalString(a: N, significant?: number): string;
  /** Default significant digits for figures. */
  readonly significant: number;
}
