import type { Calculator, GrowthInput } from "./calculator/types.js";
import { GrowthError } from "./errors.js";
import { read, readRate, readShare } from "./internal/read.js";

/**
 * A yearly change of a share, named for what it is: 占比年均提高2个百分点 is `{ percentagePointsPerYear: 2 }`,
 * 占比年均提高20% read as relative growth is `{ relativeRatePerYear: 0.2 }`.
 */
export type ShareStep = { percentagePointsPerYear: GrowthInput } | { relativeRatePerYear: GrowthInput };

/**
 * A share (in percent) after `years` of a yearly step: points add linearly, a relative rate compounds.
 * A result outside 0–100 fails with `share_out_of_range`: that reading of the target is impossible.
 *
 * Fails with `share_out_of_range`, `invalid_option` (neither or both kinds of step), `negative_years`,
 * `rate_out_of_range`.
 *
 * @example
 * projectShare(calc, 30, { percentagePointsPerYear: 2 }, 5); // 40
 * projectShare(calc, 30, { relativeRatePerYear: 0.2 }, 5);   // 74.6496
 * projectShare(calc, 50, { relativeRatePerYear: 0.2 }, 5);   // throws share_out_of_range (124.4%)
 */
export function projectShare<V>(
  calc: Calculator<V>,
  base: GrowthInput,
  step: ShareStep,
  years: GrowthInput,
): V {
  const start = readShare(calc, base, "base");
  const span = read(calc, years, "years");
  if (calc.compare(span, calc.from(0)) < 0) {
    throw new GrowthError("negative_years", ["years"], `cannot project a share backwards: ${String(years)}`);
  }
  const hasPoints = typeof step === "object" && step !== null && "percentagePointsPerYear" in step;
  const hasRelative = typeof step === "object" && step !== null && "relativeRatePerYear" in step;
  if (hasPoints === hasRelative) {
    throw new GrowthError(
      "invalid_option",
      ["step"],
      "give exactly one of percentagePointsPerYear and relativeRatePerYear",
    );
  }
  const result =
    "percentagePointsPerYear" in step
      ? calc.add(
          start,
          calc.multiply(read(calc, step.percentagePointsPerYear, ["step", "percentagePointsPerYear"]), span),
        )
      : calc.multiply(
          start,
          calc.power(
            calc.add(calc.from(1), readRate(calc, step.relativeRatePerYear, ["step", "relativeRatePerYear"])),
            span,
          ),
        );
  if (calc.compare(result, calc.from(0)) < 0 || calc.compare(result, calc.from(100)) > 0) {
    throw new GrowthError(
      "share_out_of_range",
      ["step"],
      `the share would reach ${calc.toNumber(result)}%, outside 0–100: this reading of the target is impossible`,
    );
  }
  return result;
}
