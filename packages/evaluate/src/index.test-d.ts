import type { Evaluation, Finding } from "@guihua/schema";
import { describe, expectTypeOf, it } from "vitest";
import * as exact from "./index.js";
import * as float from "./float.js";
import type { Engine } from "./index.js";
import type { Decimal } from "decimal.js";

describe("public types", () => {
  it("both entries return schema Evaluations, Scorecards and Findings", () => {
    expectTypeOf(exact.evaluateTarget).returns.toEqualTypeOf<Evaluation>();
    expectTypeOf(float.evaluateTarget).returns.toEqualTypeOf<Evaluation>();
    expectTypeOf(exact.evaluatePlan).returns.toEqualTypeOf<exact.Scorecard>();
    expectTypeOf(float.evaluatePlan).returns.toEqualTypeOf<float.Scorecard>();
    expectTypeOf(exact.auditPlan).returns.toEqualTypeOf<Finding[]>();
  });
  it("the engines: decimal.js in the default entry, number in float", () => {
    expectTypeOf(exact.decimalEngine).toEqualTypeOf<Engine<Decimal>>();
    expectTypeOf(exact.floatEngine).toEqualTypeOf<Engine<number>>();
  });
  it("methods are named presets or specs", () => {
    expectTypeOf<exact.MethodId>().toEqualTypeOf<
      "statcan" | "unsd" | "destatis" | "escap-csi" | "thresholds"
    >();
    expectTypeOf(exact.evaluateTarget).parameter(2).toEqualTypeOf<exact.EvaluateOptions | undefined>();
    expectTypeOf(exact.safeEvaluateTarget).returns.toEqualTypeOf<exact.SafeResult<Evaluation>>();
  });
});
