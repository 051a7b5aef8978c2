import { GrowthError, type GrowthIssue } from "./errors.js";

/** The result of {@link safeCall}: the value, or the problem as data. */
export type GrowthResult<T> = { success: true; data: T } | { success: false; issues: GrowthIssue[] };

/**
 * The `safe*` twin of every growth function at once: runs `compute` and returns a `GrowthError` as
 * `{ success: false, issues: [{ code, path, message }] }` instead of throwing. Other errors are rethrown:
 * they are bugs, not bad input.
 *
 * @example
 * safeCall(() => cagr(0, 100, 5));
 * // { success: false, issues: [{ code: "non_positive_base", path: ["from"], message: "a growth rate needs a positive base, got 0" }] }
 * safeCall(() => cagr(1, 2, 5)).success; // true
 */
export function safeCall<T>(compute: () => T): GrowthResult<T> {
  try {
    return { success: true, data: compute() };
  } catch (error) {
    if (error instanceof GrowthError) return { success: false, issues: [error.toIssue()] };
    throw error;
  }
}
