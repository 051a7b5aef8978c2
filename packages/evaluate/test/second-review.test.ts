// Defects found by the second review of the package against issue 5, each with the case that showed it.
import { describe, expect, it } from "vitest";
import type { Plan } from "@guihua/schema";
import {
  auditPlan,
  evaluatePlan,
  evaluateTarget,
  safeEvaluatePlan,
  safeEvaluateTarget,
} from "../src/index.js";
import { evaluateTarget as evaluateFloat } from "../src/float.js";
import { observation, series, target } from "./builders.js";

const tonnes = { unit: { asWritten: "吨", base: "吨", multiplier: 0 } } as const;
const fall = {
  indicator: { name: "有效注册商标总量" },
  direction: "decrease",
  unitAsWritten: "%",
  unit: { base: "%", multiplier: 0 },
  base: { year: 2020, value: "20", unit: { base: "吨", multiplier: 0 } },
} as const;

describe("a stated fall with a bound (下降15%以上) bounds the level from above", () => {
  const total = target("total-growth", { ...fall, comparator: ">=", value: "15", valueAsWritten: "15" });
  const rate = target("growth-rate", { ...fall, comparator: ">=", value: "5", valueAsWritten: "5" });
  const increment = target("increment", {
    ...fall,
    comparator: ">=",
    value: "3",
    valueAsWritten: "3",
    unitAsWritten: "吨",
    unit: { base: "吨", multiplier: 0 },
    base: { year: 2020, value: "20" },
  });
  const rising = series(2021, ["21", "21.5", "22", "22", "22"], tonnes);
  const falling = series(2021, ["19", "18", "17", "16", "15.4"], tonnes);

  it.each([
    ["total-growth", total],
    ["growth-rate", rate],
    ["increment", increment],
  ] as const)("%s: a rising value is not achieved, a fall beyond the bound is", (_, goal) => {
    for (const evaluate of [evaluateTarget, evaluateFloat]) {
      expect(evaluate(goal, rising, { asOf: "2025-12-31" }).status).toBe("not-achieved");
      expect(evaluate(goal, rising.slice(0, 2), { asOf: "2022-12-31" }).status).toBe("deteriorating");
      expect(evaluate(goal, falling, { asOf: "2025-12-31" }).status).toBe("achieved");
    }
  });

  it("a bound on the size of a rise is unchanged: 增长15%以上 from 20 needs at least 23", () => {
    const rise = target("total-growth", { ...fall, direction: "increase", comparator: ">=", value: "15" });
    expect(evaluateTarget(rise, series(2021, ["21", "22", "22.5", "22.9", "23"], tonnes)).status).toBe(
      "achieved",
    );
    expect(evaluateTarget(rise, series(2021, ["21", "22", "22.5", "22.9", "22.99"], tonnes)).status).toBe(
      "not-achieved",
    );
  });
});

describe("malformed input is a typed error with its JSON path, in both modes, never a crash or a silent verdict", () => {
  const level = target("level", { value: "20000", base: { year: 2020, value: "15000" } });
  const data = series(2021, ["16000", "16800"]);
  const cases: [string, unknown, unknown, string][] = [
    ["a target without indicator", { ...level, indicator: undefined }, data, "target.indicator.name"],
    ["a base without a year", { ...level, base: { value: "15000" } }, data, "target.base.year"],
    ["a target year as a string", { ...level, targetYear: "2025" }, data, "target.targetYear"],
    ["a range without its high end", target("range", { value: "3" }), data, "target.valueHigh"],
    [
      "a comparative without a benchmark",
      { ...target("comparative"), benchmark: undefined },
      data,
      "target.benchmark",
    ],
    ["a null observation", level, [null], "observations[0]"],
    [
      "an observation without a period",
      level,
      [{ ...observation(2021, "1"), period: undefined }],
      "observations[0].period",
    ],
    [
      "a value that is not a decimal",
      level,
      [observation(2021, "1"), observation(2022, "abc")],
      "observations[1].value",
    ],
    [
      "an observation without a unit",
      level,
      [{ ...observation(2021, "1"), unit: undefined }],
      "observations[0].unit",
    ],
    [
      "an observation without a region",
      level,
      [{ ...observation(2021, "1"), region: undefined }],
      "observations[0].region",
    ],
  ];
  it.each(cases)("%s", (_, goal, observations, path) => {
    for (const evaluate of [evaluateTarget, evaluateFloat]) {
      expect(() => evaluate(goal as never, observations as never)).toThrow(
        expect.objectContaining({
          code: "GUIHUA_EVALUATE_INVALID_INPUT",
          message: expect.stringContaining(path),
        }),
      );
    }
    const safe = safeEvaluateTarget(goal as never, observations as never);
    expect(safe.success === false && safe.error.code).toBe("GUIHUA_EVALUATE_INVALID_INPUT");
  });

  const plan: Plan = {
    schemaVersion: "1.0",
    id: "p",
    title: "测试规划",
    region: { name: "沈阳市", level: "prefecture" },
    period: { start: 2021, end: 2025 },
    script: "simplified",
    basedOn: [],
    targets: [level],
    facts: [],
  };
  it("plans: the path names the target or the observation", () => {
    const broken = { ...plan, targets: [level, { ...level, id: "b", value: 5 }] } as never;
    const result = safeEvaluatePlan(broken, data);
    expect(result.success === false && result.error.message).toBe(
      '$.targets[1].value (target b): must be a decimal string such as "30.96", got 5',
    );
    expect(() =>
      evaluatePlan(plan, [...data, { ...observation(2023, "1"), vintage: undefined }] as never),
    ).toThrow("observations[2].vintage");
    expect(() => evaluatePlan({ ...plan, region: undefined } as never, data)).toThrow("$.region.name");
    expect(() => auditPlan({ ...plan, targets: [null] } as never)).toThrow(
      "$.targets[0]: not a target object",
    );
    // A plan without facts has none: nothing is read from it.
    const { facts: _facts, ...withoutFacts } = plan;
    expect(evaluatePlan(withoutFacts as never, data).total).toBe(1);
  });
});
