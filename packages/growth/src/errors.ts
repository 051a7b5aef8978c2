/**
 * The closed set of codes a {@link GrowthError} carries.
 *
 * @example
 * GROWTH_ERROR_CODES.includes("zero_years"); // true
 */
export const GROWTH_ERROR_CODES = [
  "not_numeric",
  "non_finite",
  "non_positive_base",
  "sign_mismatch",
  "rate_out_of_range",
  "zero_years",
  "negative_years",
  "invalid_year",
  "unreachable",
  "no_solution",
  "not_converged",
  "too_few_points",
  "invalid_point",
  "degenerate_years",
  "non_positive_value",
  "invalid_date",
  "invalid_option",
  "share_out_of_range",
  "overflow",
] as const;
export type GrowthErrorCode = (typeof GROWTH_ERROR_CODES)[number];

/** A problem as data: which rule, where (argument name, then keys and indexes), and why. */
export interface GrowthIssue {
  code: GrowthErrorCode;
  path: (string | number)[];
  message: string;
}

/**
 * Thrown by every growth function on bad input or an undefined result. Never NaN or Infinity instead.
 *
 * @example
 * try {
 *   cagr(0, 100, 5);
 * } catch (error) {
 *   if (error instanceof GrowthError) error.code; // "non_positive_base"
 * }
 */
export class GrowthError extends Error {
  readonly code: GrowthErrorCode;
  readonly path: (string | number)[];
  /** The message without the path prefix and code suffix. */
  readonly reason: string;

  constructor(code: GrowthErrorCode, path: (string | number)[], reason: string) {
    super(`${path.length > 0 ? `${path.join(".")}: ` : ""}${reason} [${code}]`);
    this.name = "GrowthError";
    this.code = code;
    this.path = path;
    this.reason = reason;
  }

  /** The same problem as a plain `{ code, path, message }` object. */
  toIssue(): GrowthIssue {
    return { code: this.code, path: [...this.path], message: this.reason };
  }
}
