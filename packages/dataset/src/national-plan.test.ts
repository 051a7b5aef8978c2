import { readFileSync } from "node:fs";
import { parsePlan } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { nationalDirectory, renderNationalFiles } from "../scripts/render-national-files.js";
import { nationalObservations } from "./national-observations.js";
import { nationalPlan, nationalPlanText } from "./national-plan.js";

describe("nationalPlan", () => {
  it("validates with every span inside the published sentence", () => {
    expect(() => parsePlan(structuredClone(nationalPlan), { text: nationalPlanText })).not.toThrow();
  });

  it("states the four expected 2025 targets of the 纲要", () => {
    const expected = nationalPlan.targets.filter((target) => target.attribute === "expected");
    expect(
      expected.map((target) => [target.indicator.id, target.kind, "value" in target && target.value]),
    ).toEqual([
      ["patent-intensive-industries-gdp-share", "share", "13"],
      ["copyright-industries-gdp-share", "share", "7.5"],
      ["ip-royalties-trade", "level", "350000000000"],
      ["high-value-invention-patents-per-10k", "level", "12"],
    ]);
    for (const target of nationalPlan.targets) expect(target.targetYear).toBe(2025);
  });

  it("is written to seeds/national (run `npm run seeds -w @guihua/dataset` when this fails)", () => {
    for (const [name, content] of Object.entries(renderNationalFiles()))
      expect(readFileSync(nationalDirectory + name, "utf8"), name).toBe(content);
  });

  it("holds the fourteen national readings as its facts", () => {
    expect(nationalPlan.facts).toEqual([...nationalObservations]);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(nationalPlan.targets[0])).toBe(true);
  });
});
