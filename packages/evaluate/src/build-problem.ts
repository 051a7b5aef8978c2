import type { Observation } from "@guihua/schema";
import type { Engine } from "./engine/types.js";
import type { EarlyResult, Problem } from "./problem.js";
import { comparativeProblem } from "./problems/comparative.js";
import { cumulativeProblem } from "./problems/cumulative.js";
import { levelProblem } from "./problems/level.js";
import { perYearProblem } from "./problems/per-year.js";
import { relativeProblem } from "./problems/relative.js";
import type { BuildContext, NumericTarget } from "./problems/shared.js";

export { decimalsOf } from "./problems/shared.js";
export type { BuildContext } from "./problems/shared.js";

/** Reduces a numeric target and its observations to a {@link Problem}, or an early verdict. */
export function buildProblem<N>(
  engine: Engine<N>,
  target: NumericTarget,
  observations: readonly Observation[],
  context: BuildContext,
): Problem<N> | EarlyResult {
  switch (target.kind) {
    case "level":
    case "share":
    case "range":
    case "increment":
      return levelProblem(engine, target, observations, context);
    case "growth-rate":
    case "total-growth":
    case "multiple":
      return relativeProblem(engine, target, observations, context);
    case "cumulative":
      return cumulativeProblem(engine, target, observations, context);
    case "per-year":
      return perYearProblem(engine, target, observations, context);
    case "comparative":
      return comparativeProblem(engine, target, observations, context);
  }
}
