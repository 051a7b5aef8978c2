import { bench, describe } from "vitest";
import type * as exact from "../src/index.js";
import type * as float from "../src/float.js";
import { outputFloor } from "./output-floor.js";
import { syntheticPlan } from "./synthetic.js";

// The built entries, as users get them: each carries its own copy of the evaluators (see tsup.config.ts), so
// running exact first does not slow float down. `npm run bench` builds first; the paths are computed so the
// type check does not need a build.
const dist = (entry: string) => new URL(`../dist/${entry}.js`, import.meta.url).href;
const { evaluatePlan } = (await import(/* @vite-ignore */ dist("index"))) as typeof exact;
const { evaluatePlan: evaluatePlanFloat } = (await import(/* @vite-ignore */ dist("float"))) as typeof float;

// 100,000 growth-rate and level targets with six-point series (issue 5). One operation scores the whole
// plan into plain, fully computed evaluations (figures, schedule, outlook, bilingual explanation), so targets a
// second = 100,000 × the "hz" column; vitest prints how many times faster float is than exact in the same run.
const COUNT = 100_000;
const { plan, observations } = syntheticPlan(COUNT);
const options = { asOf: "2025-12-31" } as const;
// The floor rewrites exactly the strings of this float64 scorecard (see output-floor.ts).
const written = evaluatePlanFloat(plan, observations, options).evaluations;
const writeOutput = outputFloor(written);
// The two sentences alone, which issue 5 asks of every evaluation: no figures, schedule or outlook.
const writeSentences = outputFloor(
  written.map(({ schedule: _schedule, outlook: _outlook, ...rest }) => ({ ...rest, figures: {} })),
);

describe("evaluatePlan, 100,000 targets, every evaluation fully computed", () => {
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
  bench(
    "output floor: the float64 scorecard's strings written from numbers, nothing else",
    () => {
      writeOutput();
    },
    { iterations: 10, time: 0, warmupIterations: 2, warmupTime: 0 },
  );
  bench(
    "sentence floor: only the two sentences written from numbers, nothing else",
    () => {
      writeSentences();
    },
    { iterations: 10, time: 0, warmupIterations: 2, warmupTime: 0 },
  );
});
