import { Decimal } from "decimal.js";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createDecimalCalculator, decimalCalculator } from "./decimal.js";

/** The reference: decimal.js's own exp/ln power at 60 digits, exponent numerator / denominator. */
function reference(base: string, numerator: string, denominator = "1"): Decimal {
  const Wide = Decimal.clone({ defaults: true, precision: 60 });
  return new Decimal(new Wide(base).pow(new Wide(numerator).div(denominator)).toString());
}

/** |got − expected| / |expected|, at full width. */
function relativeError(got: Decimal, expected: Decimal): Decimal {
  const Wide = Decimal.clone({ defaults: true, precision: 60 });
  return new Wide(got.toString()).minus(expected.toString()).div(expected.toString()).abs();
}

describe("the decimal calculator", () => {
  const calc = decimalCalculator;
  const d = (value: string | number) => calc.from(value);

  it.each([
    ["2", "5"],
    ["1.3245033112582781456953642384105960", "5"],
    ["0.5", "3"],
    ["123456789.987654321", "7"],
    ["1e-40", "9"],
    ["7.5e300", "4"],
    ["1.0000000001", "10"],
  ])("roots %s to degree %s correct to 33 of 34 digits", (value, degree) => {
    const got = calc.root(d(value), d(degree));
    expect(relativeError(got, reference(value, "1", degree)).lte(1e-33)).toBe(true);
    expect(got.precision()).toBeLessThanOrEqual(34);
  });

  it.each([
    ["1.06", "4.5"],
    ["1.1", "0.25"],
    ["2", "-1.5"],
    ["1.05", "2.123456"],
    ["1.05", "3.14159265358979"],
  ])("raises %s to the fractional power %s correct to 33 digits", (base, exponent) => {
    const got = calc.power(d(base), d(exponent));
    expect(relativeError(got, reference(base, exponent)).lte(1e-33)).toBe(true);
  });

  it("agrees with a 60-digit exp/ln power on random bases and short exponents", () => {
    const base = fc
      .integer({ min: 1, max: 10 ** 12 })
      .map((digits) => new Decimal(digits).div(10 ** 6).toString());
    const degree = fc
      .integer({ min: 1, max: 10 ** 5 })
      .map((digits) => new Decimal(digits).div(100).toString());
    fc.assert(
      fc.property(base, degree, (value, years) => {
        const got = calc.root(d(value), d(years));
        return relativeError(got, reference(value, "1", years)).lte(1e-33);
      }),
      { numRuns: 200 },
    );
  });

  it("handles fractional degrees as exact fractions: the 4.5th root is the 9th root of the square", () => {
    expect(relativeError(calc.root(d("1.3"), d("4.5")), reference("1.3", "2", "9")).lte(1e-33)).toBe(true);
  });

  it("recognises a rounded quotient as its fraction: 2 years and 181 days is 911/365", () => {
    const span = d(911).div(365);
    expect(relativeError(calc.power(d("1.06"), span), reference("1.06", "911", "365")).lte(1e-33)).toBe(true);
    expect(relativeError(calc.root(d("1.3"), span), reference("1.3", "365", "911")).lte(1e-33)).toBe(true);
    const third = d(-1).div(3);
    expect(relativeError(calc.power(d("8.5"), third), reference("8.5", "-1", "3")).lte(1e-33)).toBe(true);
  });

  it("raises to integer powers exactly when the digits fit", () => {
    expect(calc.power(d("1.1"), d(5)).toString()).toBe("1.61051");
    expect(calc.power(d("1.06"), d(5)).toString()).toBe("1.3382255776");
  });

  it("reaches full accuracy at 200 digits too", () => {
    const wide = createDecimalCalculator({ precision: 200 });
    const Reference = Decimal.clone({ defaults: true, precision: 240 });
    for (const [value, degree] of [
      ["2", "5"],
      ["1.0578", "4.5"],
      ["123456.789", "7"],
    ] as const) {
      const got = new Reference(wide.root(wide.from(value), wide.from(degree)).toString());
      const expected = new Reference(value).pow(new Reference(1).div(degree));
      expect(got.minus(expected).div(expected).abs().lte("1e-199")).toBe(true);
    }
  });

  it("keeps the precision and rounding it was built with", () => {
    const fifty = createDecimalCalculator({ precision: 50 });
    expect(fifty.divide(fifty.from(1), fifty.from(3)).toString()).toBe(`0.${"3".repeat(50)}`);
    const down = createDecimalCalculator({ precision: 10, rounding: Decimal.ROUND_DOWN });
    expect(down.divide(down.from(2), down.from(3)).toString()).toBe("0.6666666666");
    expect(calc.divide(d(2), d(3)).toString()).toBe(`0.${"6".repeat(33)}7`);
  });

  describe("with the global decimal.js settings changed", () => {
    afterEach(() => {
      Decimal.set({ defaults: true });
    });

    it("does not follow them", () => {
      Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
      expect(calc.divide(d(1), d(3)).toString()).toBe(`0.${"3".repeat(34)}`);
      expect(createDecimalCalculator().divide(d(2), d(3)).toString()).toBe(`0.${"6".repeat(33)}7`);
    });
  });

  it("rejects a precision or rounding mode out of range", () => {
    expect(() => createDecimalCalculator({ precision: 5 })).toThrow(RangeError);
    expect(() => createDecimalCalculator({ rounding: 9 as Decimal.Rounding })).toThrow(RangeError);
  });
});
