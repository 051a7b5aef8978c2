import { describe, expect, it } from "vitest";
import { buildTarget } from "./build-target.js";
import { findQuantities } from "./find-quantities.js";
import type { QuantityReading } from "./read-quantity.js";

const reading = (kind: QuantityReading["kind"]): QuantityReading => ({
  skip: false,
  quantityEnd: 0,
  carried: false,
  start: 0,
  end: 0,
  name: "x",
  kind,
  comparator: "=",
  direction: "increase",
  ambiguities: [],
});
const details = {
  id: "t1",
  name: "指标",
  year: { year: 2025, basis: "plan-period" as const },
  hedge: undefined,
  source: { document: "d", start: 0, end: 1, quote: "x" },
  ambiguities: [],
};

describe("buildTarget", () => {
  it("turns a share above 100% into a level and keeps ranges", () => {
    const [over] = findQuantities("150%");
    expect(over && buildTarget(reading("share"), over, details)?.kind).toBe("level");
    const [range] = findQuantities("1~2个");
    expect(range && buildTarget(reading("level"), range, details)).toMatchObject({
      kind: "range",
      value: "1",
      valueHigh: "2",
    });
    expect(range && buildTarget(reading("per-year"), range, details)).toMatchObject({
      kind: "per-year",
      valueHigh: "2",
    });
  });
});
