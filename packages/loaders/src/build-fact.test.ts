import { describe, expect, it } from "vitest";
import { buildFact } from "./build-fact.js";
import { findQuantities } from "./find-quantities.js";
import type { QuantityReading } from "./read-quantity.js";

const text = "2019年全县森林面积超过12万亩";
const quantity = findQuantities(text)[0];
const reading: QuantityReading = {
  skip: false,
  quantityEnd: text.length,
  carried: false,
  start: 5,
  end: text.length,
  name: "森林面积",
  kind: "level",
  comparator: ">",
  direction: "increase",
  ambiguities: [],
};
const source = { document: "test", start: 5, end: text.length, quote: text.slice(5) };

describe("buildFact", () => {
  it("builds an observation with the year, the value and the comparator it was stated with", () => {
    if (quantity === undefined) throw new Error("no quantity");
    expect(buildFact(reading, quantity, { id: "f1", year: 2019, region: "某县", source })).toMatchObject({
      indicator: { name: "森林面积" },
      period: { year: 2019 },
      value: "120000",
      comparator: ">",
      unit: { asWritten: "万亩", base: "亩" },
    });
  });

  it("refuses a year that cannot be one", () => {
    if (quantity === undefined) throw new Error("no quantity");
    expect(buildFact(reading, quantity, { id: "f1", year: 12, region: "某县", source })).toBeUndefined();
  });
});
