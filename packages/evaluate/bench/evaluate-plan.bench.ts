import { bench, describe } from "vitest";
import { evaluatePlan } from "../src/index.js";
import { evaluatePlan as evaluatePlanFloat } from "../src/float.js";
import { syntheticPlan } from "./synthetic.js";

// 100,000 growth-rate and level targets with six-point series. One operation scores the whole plan, so
// targets a second = 100,000 × operations a second; vitest prints the float/exact ratio from the same run.
const COUNT = 100_000;
const { plan, observations } = syntheticPlan(COUNT);
const options = { asOf: "2025-12-31" } as const;

describe(`evaluatePlan over ${COUNT.toLocaleString("en")} targets`, () => {
  bench(
    "exact (decimal.js)",
    () => {
      evaluatePlan(plan, observations, options);
    },
    { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 },
  );
  bench(
    "float64",
    () => {
      evaluatePlanFloat(plan, observations, options);
    },
    { iterations: 10, time: 0, warmupIterations: 2, warmupTime: 0 },
  );
});
