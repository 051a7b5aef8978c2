import type { Calculator, GrowthInput } from "./calculator/types.js";
import { readShare } from "./internal/read.js";

/** Two different quantities, kept under different names so they cannot be mixed up. */
export interface ShareChange<V> {
  /** to − from, in percentage points (70% → 75% is 5 points). */
  percentagePoints: V;
  /** (to − from) / from, as a fraction (70% → 75% is 0.0714…, i.e. 7.14%); null when from is 0. */
  relative: V | null;
}

/**
 * How a share (in percent, 0–100) changed, both as percentage points and as a relative change.
 *
 * Fails with `share_out_of_range`.
 *
 * @example
 * shareChange(calc, 70, 75); // { percentagePoints: 5, relative: 0.0714… }
 */
export function shareChange<V>(calc: Calculator<V>, from: GrowthInput, to: GrowthInput): ShareChange<V> {
  const start = readShare(calc, from, "from");
  const end = readShare(calc, to, "to");
  const points = calc.subtract(end, start);
  return {
    percentagePoints: points,
    relative: calc.compare(start, calc.from(0)) === 0 ? null : calc.divide(points, start),
  };
}
