import { describe, expect, it } from "vitest";
import { SchemaValidationError } from "./errors.js";
import { parseObservation, safeParseObservation } from "./parse-observation.js";
import { parseObservations, safeParseObservations } from "./parse-observations.js";

const reading = {
  indicator: { id: "high-value-invention-patents-per-10k", name: "每万人口高价值发明专利拥有量" },
  region: "中华人民共和国",
  period: { year: 2023 },
  value: "11.8",
  unit: { asWritten: "件", base: "件", multiplier: 0 },
  status: "final",
  vintage: { source: "国家统计局 统计公报", publishedOn: "2024-02-29" },
};

describe("observations", () => {
  it("a valid reading parses unchanged", () => {
    expect(parseObservation(structuredClone(reading))).toStrictEqual(reading);
    expect(
      parseObservations([reading, { ...reading, period: { date: "2025-06-30" }, value: "15.3" }]),
    ).toHaveLength(2);
  });
  it("a bad reading in a list is reported at its row", () => {
    const result = safeParseObservations([reading, { ...reading, value: "1.2万" }]);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues).toContainEqual(
        expect.objectContaining({ code: "invalid_decimal", path: [1, "value"] }),
      );
  });
  it("a forbidden key", () => {
    const result = safeParseObservation(
      JSON.parse(JSON.stringify(reading).replace('"region"', '"__proto__":{},"region"')),
    );
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues).toContainEqual(
        expect.objectContaining({ code: "forbidden_key", path: ["__proto__"] }),
      );
  });
  it("a missing vintage source and a non-integer year, both", () => {
    const result = safeParseObservation({ ...reading, period: { year: 2023.5 }, vintage: {} });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toContainEqual(
        expect.objectContaining({ code: "invalid_year", path: ["period", "year"] }),
      );
      expect(result.issues).toContainEqual(
        expect.objectContaining({ code: "missing", path: ["vintage", "source"] }),
      );
    }
  });
  it("the throwing variants throw a SchemaValidationError", () => {
    expect(() => parseObservation({ ...reading, status: "guessed" })).toThrow(SchemaValidationError);
    expect(() => parseObservations([{ ...reading, value: -1 }])).toThrow(/\$\[0\]\.value/);
  });
});
