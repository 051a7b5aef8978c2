import { evaluatePlan } from "./src/float.js";
import { evaluatePlan as ex } from "./src/index.js";
import { syntheticPlan } from "./bench/synthetic.js";
const N = 100000;
const { plan, observations } = syntheticPlan(N);
for (const [name, run, rounds] of [["float", evaluatePlan, 4], ["exact", ex, 1], ["float", evaluatePlan, 4]] as const) {
  run(plan, observations, { asOf: "2025-12-31" });
  const start = performance.now();
  for (let i = 0; i < rounds; i++) run(plan, observations, { asOf: "2025-12-31" });
  console.log(name, "µs/target", ((performance.now() - start) / (rounds * N) * 1000).toFixed(2));
}
