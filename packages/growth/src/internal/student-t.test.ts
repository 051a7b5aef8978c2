import { describe, expect, it } from "vitest";
import { GrowthError } from "../errors.js";
import { incompleteBeta, logGamma, studentTCdf, studentTQuantile, studentTUpperTail } from "./student-t.js";

describe("studentTQuantile", () => {
  // Two-sided 90% critical values from printed t tables.
  it.each([
    [1, 6.3138],
    [2, 2.92],
    [3, 2.3534],
    [4, 2.1318],
    [5, 2.015],
    [10, 1.8125],
    [30, 1.6973],
    [120, 1.6577],
  ])("gives the two-sided 90%% value for %i degrees of freedom", (degrees, expected) => {
    expect(studentTQuantile(0.95, degrees)).toBeCloseTo(expected, 4);
  });

  it.each([
    [0.975, 1, 12.7062],
    [0.975, 3, 3.1824],
    [0.995, 4, 4.6041],
    [0.975, 10, 2.2281],
  ])("gives P(T <= t) = %f with %i degrees of freedom", (probability, degrees, expected) => {
    expect(studentTQuantile(probability, degrees)).toBeCloseTo(expected, 4);
  });

  it("is odd around the median and inverts the tail", () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.05, 6)).toBeCloseTo(-studentTQuantile(0.95, 6), 12);
    for (const degrees of [3, 4, 6, 9, 25]) {
      const t = studentTQuantile(0.95, degrees);
      expect(studentTUpperTail(t, degrees)).toBeCloseTo(0.05, 13);
    }
  });

  it("approaches the normal quantile as degrees of freedom grow", () => {
    expect(studentTQuantile(0.95, 1e6)).toBeCloseTo(1.644854, 5);
  });

  it("rejects probabilities outside (0, 1) and non-positive degrees of freedom", () => {
    expect(() => studentTQuantile(1, 3)).toThrow(GrowthError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(GrowthError);
    expect(() => studentTCdf(Number.NaN, 3)).toThrow(GrowthError);
  });
});

describe("studentTCdf", () => {
  it("inverts the quantile on both sides", () => {
    for (const degrees of [1, 2, 3, 7, 30]) {
      for (const probability of [0.05, 0.3, 0.5, 0.9, 0.995]) {
        expect(studentTCdf(studentTQuantile(probability, degrees), degrees)).toBeCloseTo(probability, 12);
      }
    }
    expect(studentTCdf(Number.POSITIVE_INFINITY, 3)).toBe(1);
    expect(studentTCdf(0, 3)).toBe(0.5);
  });
});

describe("special functions", () => {
  it("computes ln Γ at known points", () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
  });

  it("computes the regularized incomplete beta at closed forms", () => {
    // I_x(1, b) = 1 − (1 − x)^b and I_x(a, 1) = x^a
    expect(incompleteBeta(0.3, 1, 4)).toBeCloseTo(1 - 0.7 ** 4, 14);
    expect(incompleteBeta(0.8, 3, 1)).toBeCloseTo(0.8 ** 3, 14);
    expect(incompleteBeta(0, 2, 2)).toBe(0);
    expect(incompleteBeta(1, 2, 2)).toBe(1);
  });
});
