import type { Engine } from "./engine/types.js";
import type { Problem } from "./problem.js";

/**
 * Whether a value satisfies the target line. "=" (达到X as written) is read as "at least X" on a rising
 * indicator and "at most X" on a falling one; "~" (左右) accepts values within a relative tolerance short of
 * the line, and anything beyond it in the desired direction.
 */
export function meets<N>(engine: Engine<N>, problem: Problem<N>, value: N, tolerance: number): boolean {
  const { line, high, comparator, direction } = problem;
  if (high !== undefined) {
    // Between the two ends, whichever is the near one (a falling indicator reaches 5 of 3~5 first).
    const [low, top] = engine.cmp(line, high) <= 0 ? [line, high] : [high, line];
    const slack = comparator === "~" ? engine.mul(engine.abs(low), engine.from(tolerance)) : engine.from(0);
    return engine.cmp(value, engine.sub(low, slack)) >= 0 && engine.cmp(value, engine.add(top, slack)) <= 0;
  }
  const order = engine.cmp(value, line);
  switch (comparator) {
    case ">=":
      return order >= 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    case "<":
      return order < 0;
    case "=":
      return direction === 1 ? order >= 0 : order <= 0;
    case "~": {
      const shortfall = engine.mul(engine.from(direction), engine.sub(line, value));
      return engine.cmp(shortfall, engine.mul(engine.abs(line), engine.from(tolerance))) <= 0;
    }
  }
}
