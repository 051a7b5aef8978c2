import { describe, expect, it } from "vitest";
import { fakeEvaluation } from "../../test/fixtures.js";
import { figuresLine } from "./figures-line.js";

describe("figuresLine", () => {
  it("states rates, the schedule and the chance of meeting the target", () => {
    const line = figuresLine(
      fakeEvaluation("t", {
        figures: { requiredRate: "0.0578", actualRate: "0.061" },
        schedule: { position: "behind", valueDifference: "-3", monthsDifference: "-4.25" },
        outlook: { level: 0.9, low: "1", high: "2", probability: 0.72 },
      }),
    );
    expect(line).toEqual({
      zh: "所需年均 5.78% · 实际年均 6.10% · 落后要求路径 4.3 个月 · 按趋势达标概率 72%",
      en: "required 5.78% a year · actual 6.10% a year · 4.3 months behind the required path · 72% chance on trend",
    });
  });

  it("gives nothing when there are no figures to show", () => {
    expect(figuresLine(fakeEvaluation("t", { figures: {}, outlook: undefined }))).toBeUndefined();
  });
});
