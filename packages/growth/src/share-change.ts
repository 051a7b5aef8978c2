import type { Calculator, GrowthInput } from "./calculator/types.js";
import { rateBetween } from "./internal/rate-between.js";
import { readShare, readSpan } from "./internal/read.js";

/** Two different quantities, kept under different names so they cannot be mixed up. */
export interface ShareChange<V> {
  /** to − from, in percentage points (70% → 75% is 5 points). */
  percentagePoints: V;
  /** (to − from) / from, as a fraction (70% → 75% is 0.0714…, i.e. 7.14%); null when from is 0. */
  relative: V | null;
  /** The same change spread over `years`, when they are given: points per year and a compound yearly rate. */
  perYear?: {
    /** Average percentage points a year. */
    percentagePoints: V;
    /** The compound yearly relative rate (a CAGR of the share); null when from or to is 0. */
    relativeRate: V | null;
  };
}

/**
 * How a share (in percent, 0–100) changed, both as percentage points and as a relative change, and per
 * year when `years` is given — the two readings of 占比年均提高x.
 *
 * Fails with `share_out_of_range`, `zero_years`, `negative_years`.
 *
 * @example
 * shareChange(calc, 70, 75); // { percentagePoints: 5, relative: 0.0714… }
 * shareChange(calc, 30, 40, 5).perYear; // { percentagePoints: 2, relativeRate: 0.0592… }
 */
export function shareChange<V>(
  calc: Calculator<V>,
  from: GrowthInput,
  to: GrowthInput,
  years?: GrowthInput,
): ShareChange<V> {
  const start = readShare(calc, from, "from");
  const end = readShare(calc, to, "to");
  const zero = calc.from(0);
  const points = calc.subtract(end, start);
  const change: ShareChange<V> = {
    percentagePoints: points,
    relative: calc.compare(start, zero) === 0 ? null : calc.divide(points, start),
  };
  if (years === undefined) return change;
  const span = readSpan(calc, years, "years");
  const positive = calc.compare(start, zero) > 0 && calc.compare(end, zero) > 0;
  change.perYear = {
    percentagePoints: calc.divide(points, span),
    relativeRate: positive ? rateBetween(calc, from, to, years, ["from", "to"]) : null,
  };
  return change;
}
