import { describe, expect, it } from "vitest";
import { EvaluateError, evaluateTarget, METHOD_IDS, resolveMethod } from "../src/index.js";
import type { MethodId, MethodSpec } from "../src/index.js";
import { observation, series, target } from "./builders.js";

// 通辽-like: 15100 (2020) → 20000 (2025); observed 16000 (2021), 16800 (2022); as of the end of 2022.
const level = target("level", { value: "20000", base: { year: 2020, value: "15100" } });
const observations = series(2021, ["16000", "16800"]);
const run = (method: MethodId | MethodSpec) =>
  evaluateTarget(level, observations, { asOf: "2022-12-31", method });

describe("method presets (methods.md §3), hand-checked on one series", () => {
  it("statcan (default): R = d·CAGR_actual / |CAGR_required| = 0.054790 / 0.057817 = 0.9476 → acceleration-needed", () => {
    const evaluation = run("statcan");
    expect(evaluation.method).toEqual({
      id: "statcan",
      parameters: expect.objectContaining({ measure: "rate-ratio", onTrack: 0.95, accelerationNeeded: 0.6 }),
    });
    expect(Number(evaluation.figures.ratio)).toBeCloseTo(0.947649, 6);
    expect(evaluation.status).toBe("acceleration-needed");
    expect(evaluateTarget(level, observations, { asOf: "2022-12-31" }).status).toBe("acceleration-needed");
  });
  it("unsd: (projected − base) / (target − base) = (19715.50 − 15100) / 4900 = 0.9419 → acceleration-needed", () => {
    const evaluation = run("unsd");
    expect(Number(evaluation.figures.projectedValue)).toBeCloseTo(19715.4994, 3);
    expect(Number(evaluation.figures.ratio)).toBeCloseTo(0.941939, 6);
    expect(evaluation.status).toBe("acceleration-needed");
  });
  it("destatis: mean change 850 a year → 19350 in 2025; shortfall 650 of the remaining 3200 = 20.3% → off-track", () => {
    const evaluation = run("destatis");
    expect(evaluation.figures.recentChangePerYear).toBe("850");
    expect(evaluation.figures.projectedValue).toBe("19350");
    expect(evaluation.figures.ratio).toBe("0.203125");
    expect(evaluation.status).toBe("off-track");
    // 0.203 is 0.003 past the 0.20 line: the side is shown, but it is not within rounding of the line.
    expect(evaluation.precision?.nearThreshold).toBe(false);
    expect(evaluation.explanation.zh).toContain("预计偏差0.203 > 0.2");
  });
  it("escap-csi: index 10 · 1700 / 4900 = 3.469 against 4 expected after 2 of 5 years = 0.867 → acceleration-needed", () => {
    const evaluation = run("escap-csi");
    expect(Number(evaluation.figures.statusIndex)).toBeCloseTo(3.469388, 6);
    expect(Number(evaluation.figures.ratio)).toBeCloseTo(0.867347, 6);
    expect(evaluation.status).toBe("acceleration-needed");
  });
  it("custom thresholds on any measure", () => {
    const evaluation = run({
      id: "thresholds",
      parameters: { measure: "progress-ratio", onTrack: 0.8, accelerationNeeded: 0.5 },
    });
    expect(Number(evaluation.figures.ratio)).toBeCloseTo(0.867347, 6);
    expect(evaluation.status).toBe("on-track");
    expect(evaluation.method.id).toBe("thresholds");
  });
  it("preset parameters can be overridden: statcan at 0.9 puts 0.9476 on track", () => {
    expect(run({ id: "statcan", parameters: { onTrack: 0.9 } }).status).toBe("on-track");
  });
  it("deterioration: moving the wrong way (destatis calls it off-track)", () => {
    const falling = series(2021, ["15000", "14800"]);
    expect(evaluateTarget(level, falling, { asOf: "2022-12-31", method: "statcan" }).status).toBe(
      "deteriorating",
    );
    expect(evaluateTarget(level, falling, { asOf: "2022-12-31", method: "unsd" }).status).toBe(
      "deteriorating",
    );
    expect(evaluateTarget(level, falling, { asOf: "2022-12-31", method: "escap-csi" }).status).toBe(
      "deteriorating",
    );
    expect(evaluateTarget(level, falling, { asOf: "2022-12-31", method: "destatis" }).status).toBe(
      "off-track",
    );
  });
});

describe("rules that hold in every method", () => {
  for (const method of METHOD_IDS.filter((id) => id !== "thresholds")) {
    it(`${method}: met already → achieved; not met before the year → never not-achieved; < 2 points → insufficient-data`, () => {
      expect(
        evaluateTarget(level, series(2021, ["17000", "20001"]), { asOf: "2022-12-31", method }).status,
      ).toBe("achieved");
      const slipping = evaluateTarget(level, series(2021, ["12000", "9000"]), { asOf: "2024-12-31", method });
      expect(["deteriorating", "off-track"]).toContain(slipping.status);
      expect(slipping.status).not.toBe("not-achieved");
      const noBase = target("level", { value: "20000" });
      expect(
        evaluateTarget(noBase, [observation(2022, "16800")], { asOf: "2022-12-31", method }).status,
      ).toBe("insufficient-data");
      expect(evaluateTarget(level, [observation(2025, "19999")], { asOf: "2025-12-31", method }).status).toBe(
        "not-achieved",
      );
    });
  }
});

describe("method errors", () => {
  it("an unknown method", () => {
    expect(() => resolveMethod("sdg" as MethodId)).toThrowErrorMatchingInlineSnapshot(
      `[EvaluateError: unknown method "sdg"; choose one of statcan, unsd, destatis, escap-csi, thresholds]`,
    );
  });
  it("thresholds need their cut-offs, in order", () => {
    expect(() => resolveMethod({ id: "thresholds" })).toThrow(EvaluateError);
    expect(() =>
      resolveMethod({ id: "thresholds", parameters: { onTrack: 0.5, accelerationNeeded: 0.9 } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[EvaluateError: method thresholds: cut-offs out of order: onTrack 0.5, accelerationNeeded 0.9]`,
    );
    try {
      resolveMethod({ id: "thresholds" });
    } catch (error) {
      expect((error as EvaluateError).code).toBe("GUIHUA_EVALUATE_INVALID_METHOD_PARAMETER");
    }
  });
});
