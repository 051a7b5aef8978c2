import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeLoadObservations } from "./observations/load-observations.js";
import { safeLoadPlan } from "./plan/load-plan.js";

const HEADER = "indicator,region,period,value,unit,status,source\n";

describe("the safe loaders never throw", () => {
  it.each(["json", "yaml"] as const)("safeLoadPlan, %s", (format) => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = safeLoadPlan(text, { format });
        if (!result.success) for (const issue of result.issues) expect(issue.line).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("safeLoadObservations", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom("2023", "7.5", "万件", "final", '"', ",", "\n"));
    const row = fc.array(cell, { maxLength: 9 }).map((cells) => cells.join(","));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const result = safeLoadObservations(HEADER + rows.join("\n"));
        if (!result.success)
          for (const issue of result.issues) expect(issue.column).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
