import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateTarget } from "../src/index.js";
import * as float from "../src/float.js";
import { observation, target } from "./builders.js";

const RANK = {
  deteriorating: 0,
  "off-track": 1,
  "acceleration-needed": 2,
  "on-track": 3,
  achieved: 4,
} as const;

const value = fc.integer({ min: 1000, max: 40000 });
const method = fc.constantFrom("statcan", "unsd", "escap-csi", "destatis" as const);

describe("laws", () => {
  it("exact and float reach the same status and figures within 1e-9 on random series", () => {
    fc.assert(
      fc.property(
        value,
        value,
        value,
        fc.integer({ min: 1, max: 60000 }),
        method,
        (base, first, second, goal, id) => {
          const level = target("level", { value: String(goal), base: { year: 2020, value: String(base) } });
          const observations = [observation(2021, String(first)), observation(2022, String(second))];
          const exact = evaluateTarget(level, observations, { asOf: "2022-12-31", method: id });
          const fast = float.evaluateTarget(level, observations, { asOf: "2022-12-31", method: id });
          expect(fast.status).toBe(exact.status);
          for (const [name, figure] of Object.entries(exact.figures)) {
            const expected = Number(figure);
            expect(Math.abs(Number(fast.figures[name]) - expected)).toBeLessThanOrEqual(
              1e-9 * Math.max(1, Math.abs(expected)),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
  it("a higher latest value never gives a worse status (statcan, unsd, escap-csi)", () => {
    fc.assert(
      fc.property(
        value,
        value,
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom("statcan", "unsd", "escap-csi" as const),
        (base, latest, step, id) => {
          const level = target("level", { value: "30000", base: { year: 2020, value: String(base) } });
          const lower = evaluateTarget(level, [observation(2022, String(latest))], {
            asOf: "2022-12-31",
            method: id,
          });
          const higher = evaluateTarget(level, [observation(2022, String(latest + step))], {
            asOf: "2022-12-31",
            method: id,
          });
          expect(RANK[higher.status as keyof typeof RANK]).toBeGreaterThanOrEqual(
            RANK[lower.status as keyof typeof RANK],
          );
        },
      ),
      { numRuns: 200 },
    );
  });
  it("before the target year nothing is not-achieved; at it nothing is on-track", () => {
    fc.assert(
      fc.property(value, value, fc.integer({ min: 2021, max: 2025 }), method, (base, latest, year, id) => {
        const level = target("level", { value: "20000", base: { year: 2020, value: String(base) } });
        const status = evaluateTarget(level, [observation(year, String(latest))], {
          asOf: `${year}-12-31`,
          method: id,
        }).status;
        if (year < 2025) expect(status).not.toBe("not-achieved");
        else expect(["achieved", "not-achieved"]).toContain(status);
      }),
      { numRuns: 200 },
    );
  });
});
