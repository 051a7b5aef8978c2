import { studentTCdf } from "@guihua/growth";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { plainNumber } from "../src/engine/plain-number.js";
import { fixedTrimmed } from "../src/explain.js";
import { studentCdf } from "../src/trend.js";

// A deterministic generator so every run checks the same values.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// The reference: the shortest decimal that reads back as the value (String(value)), rounded half away from
// zero by decimal.js; toFixed rounds the binary double instead (2.195 → "2.19").
function slowFixed(value: number, decimals: number): string {
  const text =
    Number.isFinite(value) && Math.abs(value) < 1e21
      ? Object.is(value, -0) ||
        (value < 0 &&
          new Decimal(String(value)).toFixed(decimals, Decimal.ROUND_HALF_UP).replace(/[-.0]/g, "") === "")
        ? value.toFixed(decimals)
        : new Decimal(String(value)).toFixed(decimals, Decimal.ROUND_HALF_UP)
      : value.toFixed(decimals);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

describe("fast number formatting writes what the slow path writes", () => {
  it("fixedTrimmed is toFixed without trailing zeros, ties and signs included", () => {
    const next = random(7);
    // Mismatches are collected and compared once: 60,000 expect calls would time the test out on a busy machine.
    const mismatches: string[] = [];
    for (let index = 0; index < 20_000; index++) {
      const decimals = index % 7;
      const value = (next() - 0.3) * 10 ** (Math.floor(next() * 14) - 6);
      for (const candidate of [value, Math.round(value * 1000) / 1000, Math.round(value * 8) / 8]) {
        const fast = fixedTrimmed(candidate, decimals);
        const slow = slowFixed(candidate, decimals);
        if (fast !== slow) mismatches.push(`${candidate} @${decimals}: ${fast} ≠ ${slow}`);
      }
    }
    expect(mismatches).toEqual([]);
    for (const value of [0, -0, -0.001, 0.125, 2.5, -2.5, 1.005, 1.45, 8.345, 1e9, 123456789.123, NaN])
      for (let decimals = 0; decimals < 8; decimals++)
        expect(fixedTrimmed(value, decimals)).toBe(slowFixed(value, decimals));
  });
  it("plainNumber at 12 digits is String(Number(toPrecision(12))) without an exponent", () => {
    const next = random(11);
    const mismatches: string[] = [];
    for (let index = 0; index < 20_000; index++) {
      const value = (next() - 0.4) * 10 ** (Math.floor(next() * 30) - 10);
      const slow = String(Number(value.toPrecision(12)));
      if (!slow.includes("e") && plainNumber(value, 12) !== slow) mismatches.push(`${value}: ${slow}`);
    }
    expect(mismatches).toEqual([]);
    expect(plainNumber(999999999999.5, 12)).toBe("1000000000000");
    expect(plainNumber(1.5e-7, 12)).toBe("0.00000015");
    expect(plainNumber(0.1 + 0.2)).toBe("0.30000000000000004");
  });
});

describe("the closed-form Student t distribution function", () => {
  it("agrees with @guihua/growth's incomplete-beta form to 1e-12", () => {
    for (const degrees of [1, 2, 3, 4, 5, 6, 7, 10, 29, 30, 31, 100, 200, 250, 2.5])
      for (let t = -12; t <= 12; t += 0.37)
        expect(studentCdf(t, degrees)).toBeCloseTo(studentTCdf(t, degrees), 12);
    expect(studentCdf(Infinity, 5)).toBe(1);
    expect(studentCdf(-Infinity, 5)).toBe(0);
  });
});
