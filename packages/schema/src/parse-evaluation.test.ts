import { describe, expect, it } from "vitest";
import { SchemaValidationError } from "./errors.js";
import { parseEvaluation, safeParseEvaluation } from "./parse-evaluation.js";

const evaluation = {
  targetId: "002-T20",
  asOf: "2026-06-30",
  status: "on-track",
  method: { id: "statcan", parameters: { onTrack: 0.95, acceleration: 0.6 } },
  figures: {
    requiredRate: "0.06",
    actualRate: "0.0712",
    ratio: "1.19",
    targetValue: "5.4733",
    baseValue: "4.09",
  },
  precision: { decimals: 2, nearThreshold: false },
  schedule: { position: "ahead", valueDifference: "0.21", monthsDifference: "3.5" },
  explanation: {
    zh: "2023年为5.0, 按年均7.1%推算2025年可达5.7, 高于目标5.47",
    en: "5.0 in 2023; at 7.1% a year, 5.7 by 2025, above the 5.47 target",
  },
};

describe("evaluations", () => {
  it("a valid evaluation parses unchanged", () => {
    expect(parseEvaluation(structuredClone(evaluation))).toStrictEqual(evaluation);
  });
  it("an unknown status and a figure that is not a decimal string", () => {
    const result = safeParseEvaluation({
      ...evaluation,
      status: "fine",
      figures: { ...evaluation.figures, gap: 0.3 },
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toContainEqual(
        expect.objectContaining({ code: "invalid_value", path: ["status"] }),
      );
      expect(result.issues).toContainEqual(
        expect.objectContaining({ code: "invalid_type", path: ["figures", "gap"] }),
      );
    }
  });
  it("a constructor key", () => {
    const result = safeParseEvaluation({ ...evaluation, figures: JSON.parse('{"constructor": "1"}') });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues).toContainEqual(
        expect.objectContaining({ code: "forbidden_key", path: ["figures", "constructor"] }),
      );
  });
  it("parseEvaluation throws with the path", () => {
    expect(() => parseEvaluation({ ...evaluation, asOf: "30/06/2026" })).toThrow(SchemaValidationError);
    expect(() => parseEvaluation({ ...evaluation, asOf: "30/06/2026" })).toThrow(/\$\.asOf/);
  });
});
