import { describe, expect, it } from "vitest";
import { parsePeriod } from "./parse-period.js";

describe("parsePeriod", () => {
  it("a year, a month (its last day) and a date", () => {
    expect(parsePeriod("2023")).toEqual({ year: 2023 });
    expect(parsePeriod("2023-06")).toEqual({ date: "2023-06-30" });
    expect(parsePeriod("2024-02")).toEqual({ date: "2024-02-29" });
    expect(parsePeriod("2023-06-30")).toEqual({ date: "2023-06-30" });
  });

  it.each(["2023年", "23", "2023/06", "2023-6", "2023-13", "2023-02-29", "1800", "2023-06-31", " 2023"])(
    "rejects %j",
    (cell) => {
      expect(typeof parsePeriod(cell)).toBe("string");
    },
  );
});
