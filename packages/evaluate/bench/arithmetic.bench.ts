import type { Observation, Target } from "@guihua/schema";
import { bench, describe } from "vitest";
import { assess } from "../src/assess.js";
import { buildProblem } from "../src/build-problem.js";
import { decimalEngine } from "../src/engine/decimal.js";
import { floatEngine } from "../src/engine/float.js";
import type { Engine } from "../src/engine/types.js";
import { resolveMethod } from "../src/methods/presets.js";
import type { Problem } from "../src/problem.js";
import { syntheticPlan } from "./synthetic.js";

// The backend-dependent part: the verdict arithmetic (rates, ratios, cut-offs) and the figures, schedule and
// outlook written from it, over prebuilt problems, without series selection, explanation or result objects.
// 10,000 targets per operation.
const COUNT = 10_000;
const { plan, observations } = syntheticPlan(COUNT);
const byIndicator = new Map<string, Observation[]>();
for (const observation of observations) {
  const list = byIndicator.get(observation.indicator.id!) ?? [];
  list.push(observation);
  byIndicator.set(observation.indicator.id!, list);
}
const method = resolveMethod("statcan");

function problems<N>(engine: Engine<N>): Problem<N>[] {
  return plan.targets.map((target) => {
    const built = buildProblem(
      engine,
      target as Exclude<Target, { kind: "qualitative" }>,
      byIndicator.get(target.indicator.id!)!,
      {
        asOfTime: 2025,
        region: "合成市",
        indicatorChecked: true,
      },
    );
    if ("status" in built) throw new Error("synthetic targets are all numeric with data");
    return built;
  });
}
const exactProblems = problems(decimalEngine);
const floatProblems = problems(floatEngine);

describe("assess: verdict, figures, schedule and outlook on 10,000 prebuilt problems", () => {
  bench(
    "exact (decimal.js)",
    () => {
      for (const problem of exactProblems)
        assess(decimalEngine, { ...problem, issues: [], figures: {} }, method);
    },
    { iterations: 5, time: 0, warmupIterations: 2, warmupTime: 0 },
  );
  bench(
    "float64",
    () => {
      for (const problem of floatProblems)
        assess(floatEngine, { ...problem, issues: [], figures: {} }, method);
    },
    { iterations: 30, time: 0, warmupIterations: 5, warmupTime: 0 },
  );
});
