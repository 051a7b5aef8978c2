import type { Calculator, GrowthInput } from "../calculator/types.js";
import { GrowthError } from "../errors.js";

/** A plain decimal literal, optionally signed, with an optional exponent. No spaces, no units. */
const NUMERIC_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

interface DecimalLike {
  isFinite(): boolean;
  toNumber(): number;
}

function isDecimalLike(value: unknown): value is DecimalLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as DecimalLike).isFinite === "function" &&
    typeof (value as DecimalLike).toNumber === "function"
  );
}

/** A path for an error, built only when one is thrown (reads sit on hot paths). */
const pathOf = (name: string | (string | number)[]) => (typeof name === "string" ? [name] : name);

/**
 * Checks one input and converts it with the backend: finite, numeric, representable.
 * The common case (a finite number the backend can hold) is kept tiny so engines inline it.
 */
export function read<V>(calc: Calculator<V>, input: unknown, name: string | (string | number)[]): V {
  if (typeof input === "number" && Number.isFinite(input)) {
    const value = calc.from(input);
    if (calc.isFinite(value)) return value;
  }
  return readOther(calc, input, name);
}

function readOther<V>(calc: Calculator<V>, input: unknown, name: string | (string | number)[]): V {
  const path = pathOf(name);
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new GrowthError("non_finite", path, `must be finite, got ${input}`);
  } else if (typeof input === "string") {
    if (!NUMERIC_STRING.test(input)) {
      throw new GrowthError("not_numeric", path, `not a decimal number: ${JSON.stringify(input)}`);
    }
  } else if (isDecimalLike(input)) {
    if (!input.isFinite()) throw new GrowthError("non_finite", path, `must be finite, got ${String(input)}`);
  } else {
    throw new GrowthError(
      "not_numeric",
      path,
      `expected a number, decimal string or Decimal, got ${typeof input}`,
    );
  }
  const value = calc.from(input as GrowthInput);
  if (!calc.isFinite(value)) {
    throw new GrowthError("overflow", path, `${String(input)} is out of range for the ${calc.name} backend`);
  }
  return value;
}

/** Reads a growth rate and checks it is above -100%. */
export function readRate<V>(calc: Calculator<V>, input: unknown, name: string | (string | number)[]): V {
  const rate = read(calc, input, name);
  if (calc.compare(rate, calc.from(-1)) > 0) return rate;
  throw new GrowthError(
    "rate_out_of_range",
    pathOf(name),
    `a rate must be above -1 (-100%), got ${String(input)}`,
  );
}

/** Reads a plain JS number used as a calendar year (may be fractional). */
export function readYear(input: unknown, name: string | (string | number)[]): number {
  if (typeof input !== "number") {
    throw new GrowthError("invalid_year", pathOf(name), `a year must be a number, got ${typeof input}`);
  }
  if (!Number.isFinite(input))
    throw new GrowthError("non_finite", pathOf(name), `must be finite, got ${input}`);
  return input;
}

/** Checks that an options argument is a plain object (or absent, when `optional`). */
export function readOptions<T extends object>(input: T | undefined, name: string, optional: boolean): T {
  if (input === undefined && optional) return {} as T;
  if (typeof input !== "object" || input === null) {
    throw new GrowthError(
      "invalid_option",
      [name],
      `expected an object, got ${input === null ? "null" : typeof input}`,
    );
  }
  return input;
}

/** Fails with `overflow` when a result left the backend's range, so no Infinity or NaN escapes. */
export function finite<V>(calc: Calculator<V>, value: V, what: string): V {
  if (calc.isFinite(value)) return value;
  throw new GrowthError("overflow", [], `${what} is out of range for the ${calc.name} backend`);
}

/** Reads a positive span of years, failing with `zero_years` or `negative_years`. */
export function readSpan<V>(calc: Calculator<V>, input: unknown, name: string): V {
  const years = read(calc, input, name);
  const sign = calc.compare(years, calc.from(0));
  if (sign === 0) throw new GrowthError("zero_years", [name], "the span must not be zero years");
  if (sign < 0)
    throw new GrowthError("negative_years", [name], `the span must be positive, got ${String(input)}`);
  return years;
}

/** Reads a share in percent and checks it lies in [0, 100]. */
export function readShare<V>(calc: Calculator<V>, input: unknown, name: string): V {
  const share = read(calc, input, name);
  if (calc.compare(share, calc.from(0)) < 0 || calc.compare(share, calc.from(100)) > 0) {
    throw new GrowthError(
      "share_out_of_range",
      [name],
      `a share in percent must be within 0–100, got ${String(input)}`,
    );
  }
  return share;
}
