import { bench, describe } from "vitest";
import type * as exact from "../src/index.js";
import type * as float from "../src/float.js";
import { syntheticPlan } from "./synthetic.js";

// The built entries, as users get them: each carries its own copy of the evaluators (see tsup.config.ts), so
// running exact first does not slow float down. `npm run bench` builds first; the paths are computed so the
// type check does not need a build.
const dist = (entry: string) => new URL(`../dist/${entry}.js`, import.meta.url).href;
const { evaluatePlan } = (await import(/* @vite-ignore */ dist("index"))) as typeof exact;
const { evaluatePlan: evaluatePlanFloat } = (await import(/* @vite-ignore */ dist("float"))) as typeof float;

// 100,000 growth-rate and level targets with six-point series (issue 5). One operation scores the whole
// plan, so targets a second = 100,000 × the "hz" column; vitest prints how many times faster float is than
// exact within the same run.
const COUNT = 100_000;
const { plan, observations } = syntheticPlan(COUNT);
const options = { asOf: "2025-12-31" } as const;
const exactRuns = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };
const floatRuns = { iterations: 10, time: 0, warmupIterations: 2, warmupTime: 0 };

describe("evaluatePlan, 100,000 targets: verdicts (figures and explanations written on read)", () => {
  bench(
    "exact (decimal.js)",
    () => {
      evaluatePlan(plan, observations, options);
    },
    exactRuns,
  );
  bench(
    "float64",
    () => {
      evaluatePlanFloat(plan, observations, options);
    },
    floatRuns,
  );
});

describe("evaluatePlan, 100,000 targets: every evaluation written out as JSON", () => {
  bench(
    "exact (decimal.js)",
    () => {
      JSON.stringify(evaluatePlan(plan, observations, options).evaluations);
    },
    { ...exactRuns, iterations: 2 },
  );
  bench(
    "float64",
    () => {
      JSON.stringify(evaluatePlanFloat(plan, observations, options).evaluations);
    },
    { ...floatRuns, iterations: 4 },
  );
});
