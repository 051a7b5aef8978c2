import { createDecimalCalculator, floatCalculator, type Calculator } from "@guihua/growth";
import type { Evaluation, Target } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import * as exact from "../src/index.js";
import { createEvaluator } from "../src/index.js";
import * as float from "../src/float.js";
import { series, target } from "./builders.js";

// A throwaway third backend: float64 that counts its operations, to prove the evaluators use only the interface.
function countingCalculator(): Calculator<number> & { count: number } {
  const counted = { ...floatCalculator, count: 0 };
  for (const key of ["add", "subtract", "multiply", "divide", "power", "root"] as const) {
    const operation = floatCalculator[key] as (left: number, right: number) => number;
    (counted as Record<string, unknown>)[key] = (left: number, right: number) => {
      counted.count++;
      return operation(left, right);
    };
  }
  return counted;
}

const cases: [string, Target, string[]][] = [
  [
    "level",
    target("level", { value: "20000", base: { year: 2020, value: "15100" } }),
    ["16000", "16800", "17500"],
  ],
  [
    "growth-rate",
    target("growth-rate", { value: "6", unitAsWritten: "%", base: { year: 2020, value: "4.09" } }),
    ["4.30", "4.55", "4.80"],
  ],
  [
    "share",
    target("share", {
      value: "70",
      unitAsWritten: "%",
      unit: { base: "%", multiplier: 0 },
      base: { year: 2020, value: "60" },
    }),
    ["61", "63", "66"],
  ],
  ["increment", target("increment", { value: "10", base: { year: 2020, value: "30" } }), ["32", "33", "36"]],
  [
    "cumulative",
    target("cumulative", { value: "1000", period: { start: 2021, end: 2025 } }),
    ["150", "190", "210"],
  ],
];

function close(a: Evaluation, b: Evaluation): void {
  expect(b.status).toBe(a.status);
  expect(Object.keys(b.figures).sort()).toEqual(Object.keys(a.figures).sort());
  for (const [name, value] of Object.entries(a.figures)) {
    const other = Number(b.figures[name]);
    expect(Math.abs(other - Number(value))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(value))));
  }
  expect(b.schedule?.position).toBe(a.schedule?.position);
}

describe("the same evaluations on every backend", () => {
  for (const method of exact.METHOD_IDS.filter((id) => id !== "thresholds")) {
    for (const [kind, goal, values] of cases) {
      it(`${method} · ${kind}: exact and float agree to 1e-9`, () => {
        const observations = series(2021, values);
        close(
          exact.evaluateTarget(goal, observations, { asOf: "2023-12-31", method }),
          float.evaluateTarget(goal, observations, { asOf: "2023-12-31", method }),
        );
      });
    }
  }
  it("a third backend built with createEvaluator gives the same results and does its arithmetic through the calculator", () => {
    const calculator = countingCalculator();
    const evaluator = createEvaluator(calculator, { mode: "float", significant: 15 });
    for (const [, goal, values] of cases) {
      const observations = series(2021, values);
      close(
        exact.evaluateTarget(goal, observations, { asOf: "2023-12-31" }),
        evaluator.evaluateTarget(goal, observations, { asOf: "2023-12-31" }),
      );
    }
    expect(calculator.count).toBeGreaterThan(50);
  });
  it("a 50-digit decimal backend keeps more digits", () => {
    const wide = createEvaluator(createDecimalCalculator({ precision: 50 }), {
      mode: "exact",
      significant: 40,
      format: (value, digits) => value.toSignificantDigits(digits).toFixed(),
    });
    const [, goal, values] = cases[0]!;
    const evaluation = wide.evaluateTarget(goal, series(2021, values), { asOf: "2023-12-31" });
    expect(evaluation.figures.requiredRate!.replace(/^0\./, "").length).toBeGreaterThan(35);
    expect(evaluation.figures.requiredRate!.startsWith("0.057817164316095908113238566")).toBe(true);
  });
});
