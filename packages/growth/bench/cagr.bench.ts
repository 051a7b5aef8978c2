import { Decimal } from "decimal.js";
import { bench, describe } from "vitest";
import { cagr, DEFAULT_DECIMAL_PRECISION, DEFAULT_DECIMAL_ROUNDING } from "@guihua/growth";

/** The naive exact computation at the same precision and rounding as the decimal entry. */
const Exact = Decimal.clone({
  defaults: true,
  precision: DEFAULT_DECIMAL_PRECISION,
  rounding: DEFAULT_DECIMAL_ROUNDING,
});

/** Pairs from the seed plans, over the spans plans use. */
const CASES: [number, number, number][] = [
  [15100, 20000, 5],
  [7011, 7811, 5],
  [7811, 8611, 5],
  [4.09, 5.4733, 5],
  [757, 1429, 5],
  [5.29, 10.98, 5],
  [8824, 16604, 5],
  [1, 2, 5],
  [235, 456, 3],
  [0.08, 2.195, 10],
];
let sink: Decimal | undefined;

/** Enough samples of each side that one noisy second on the shared machine does not decide the ratio. */
const OPTIONS = { time: 2000, warmupTime: 500 };

describe("cagr at 34 significant digits", () => {
  bench(
    "Decimal#pow(1/n)",
    () => {
      for (const [from, to, years] of CASES) {
        sink = new Exact(to).div(from).pow(new Exact(1).div(years)).minus(1);
      }
    },
    OPTIONS,
  );

  bench(
    "@guihua/growth cagr",
    () => {
      for (const [from, to, years] of CASES) sink = cagr(from, to, years);
    },
    OPTIONS,
  );
});

export { sink };
