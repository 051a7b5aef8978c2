import { bench, describe } from "vitest";
import { projectCompound } from "@guihua/growth/float";

const COUNT = 1_000_000;
const bases = new Float64Array(COUNT);
const rates = new Float64Array(COUNT);
const years = new Float64Array(COUNT);
for (let index = 0; index < COUNT; index++) {
  bases[index] = 1 + ((index * 7919) % 100_000);
  rates[index] = ((index % 400) - 100) / 1000;
  years[index] = 1 + (index % 40) / 4;
}
let sink = 0;

/** Enough samples of each side that one noisy second on the shared machine does not decide the ratio. */
const OPTIONS = { time: 2000, warmupTime: 500 };

describe("projectCompound over 1e6 inputs, float64", () => {
  bench(
    "hand-written Math.pow loop",
    () => {
      let sum = 0;
      for (let index = 0; index < COUNT; index++) {
        sum += bases[index]! * Math.pow(1 + rates[index]!, years[index]!);
      }
      sink += sum;
    },
    OPTIONS,
  );

  bench(
    "@guihua/growth/float projectCompound",
    () => {
      let sum = 0;
      for (let index = 0; index < COUNT; index++) {
        sum += projectCompound(bases[index]!, rates[index]!, years[index]!);
      }
      sink += sum;
    },
    OPTIONS,
  );
});

export { sink };
