import { describe, expect, it } from "vitest";
import { nearestYear, termEnd } from "./years.js";

describe("years", () => {
  it("gives the last year of a five-year plan", () => {
    expect(termEnd("十三五")).toBe(2020);
    expect(termEnd("十四五")).toBe(2025);
    expect(termEnd(undefined)).toBeUndefined();
  });

  it("finds the last year named before a value, skipping bases of comparison", () => {
    expect(nearestYear("由2015年的120家增加到2020年的")).toBe(2020);
    expect(nearestYear("比2015年")).toBeUndefined();
    expect(nearestYear("从“十二五”末的")).toBe(2015);
  });
});
