import type { Calculator, GrowthInput } from "../calculator/types.js";
import { GrowthError } from "../errors.js";
import { finite, read, readSpan } from "./read.js";
import { rateFromGrowth } from "./series.js";

/** Shared by `cagr` and `requiredRate`: the yearly rate taking `start` to `end` in `years`. */
export function rateBetween<V>(
  calc: Calculator<V>,
  start: GrowthInput,
  end: GrowthInput,
  years: GrowthInput,
  names: [string, string],
): V {
  const [startName, endName] = names;
  const from = read(calc, start, startName);
  const to = read(calc, end, endName);
  const span = readSpan(calc, years, "years");
  const zero = calc.from(0);
  if (calc.compare(from, zero) <= 0) {
    throw new GrowthError(
      "non_positive_base",
      [startName],
      `a growth rate needs a positive base, got ${String(start)}`,
    );
  }
  if (calc.compare(to, zero) < 0) {
    throw new GrowthError("sign_mismatch", [endName], `${startName} and ${endName} have opposite signs`);
  }
  return finite(calc, rateFromGrowth(calc, calc.divide(calc.subtract(to, from), from), span), "the rate");
}
