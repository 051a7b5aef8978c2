import { describe, expect, it } from "vitest";
import { cagr } from "./index.js";
import { safeCall } from "./safe-call.js";

describe("safeCall", () => {
  it("returns the value on success", () => {
    const result = safeCall(() => cagr(1, 2, 5).toFixed(4));
    expect(result).toEqual({ success: true, data: "0.1487" });
  });

  it("returns a growth problem as data", () => {
    expect(safeCall(() => cagr(0, 100, 5))).toEqual({
      success: false,
      issues: [
        { code: "non_positive_base", path: ["from"], message: "a growth rate needs a positive base, got 0" },
      ],
    });
  });

  it("rethrows errors that are not bad input", () => {
    expect(() =>
      safeCall(() => {
        throw new TypeError("a bug");
      }),
    ).toThrow(TypeError);
  });
});
