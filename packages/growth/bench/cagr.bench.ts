import { Decimal } from "decimal.js";
import { bench, describe } from "vitest";
import { cagr, DEFAULT_DECIMAL_PRECISION, DEFAULT_DECIMAL_ROUNDING, yearFraction } from "@guihua/growth";

/** The naive exact computation at the same precision and rounding as the decimal entry. */
const Exact = Decimal.clone({
  defaults: true,
  precision: DEFAULT_DECIMAL_PRECISION,
  rounding: DEFAULT_DECIMAL_ROUNDING,
});

/** Pairs from the seed plans, over the spans plans use. */
const PAIRS: [number, number][] = [
  [15100, 20000],
  [7011, 7811],
  [7811, 8611],
  [4.09, 5.4733],
  [757, 1429],
  [5.29, 10.98],
  [8824, 16604],
  [1, 2],
  [235, 456],
  [0.08, 2.195],
];
const WHOLE_YEARS = [5, 5, 5, 5, 5, 5, 5, 5, 3, 10];

/**
 * The span cases. Whole years: the plans' own spans. Mid-year: a 截至6月 reading measured from the
 * previous year end, as `yearFraction` gives it (2 + 181/365 = 911/365, a rounded 34-digit quotient).
 * Arbitrary: fractions that are neither a short decimal nor a small rounded quotient (π-like spans), where
 * `cagr` falls back to `Decimal#pow`.
 */
const SPANS: Record<string, Decimal[]> = {
  "whole years": WHOLE_YEARS.map((years) => new Exact(years)),
  "mid-year, 911/365 years (截至6月)": PAIRS.map(() => new Exact(yearFraction("2020-12-31", "2023-06-30"))),
  "arbitrary fraction (3.14159265358979…)": PAIRS.map((_, index) =>
    new Exact(Math.PI).plus(index).dividedBy(index + 1),
  ),
};
let sink: Decimal | undefined;

/** Enough samples of each side that one noisy second on the shared machine does not decide the ratio. */
const OPTIONS = { time: 2000, warmupTime: 500 };

for (const [name, spans] of Object.entries(SPANS)) {
  describe(`cagr at 34 significant digits, ${name}`, () => {
    bench(
      "Decimal#pow(1/n)",
      () => {
        for (let index = 0; index < PAIRS.length; index++) {
          const [from, to] = PAIRS[index]!;
          sink = new Exact(to).div(from).pow(new Exact(1).div(spans[index]!)).minus(1);
        }
      },
      OPTIONS,
    );

    bench(
      "@guihua/growth cagr",
      () => {
        for (let index = 0; index < PAIRS.length; index++) {
          const [from, to] = PAIRS[index]!;
          sink = cagr(from, to, spans[index]!);
        }
      },
      OPTIONS,
    );
  });
}

export { sink };
