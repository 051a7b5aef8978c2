import { DECIMAL_PATTERN } from "./primitives.js";

/**
 * Multiplies a decimal string by 10^power exactly, by moving the point: the value of 30.96亿 in 元.
 * Returns the canonical decimal string (no leading or trailing zeros beyond need).
 *
 * @example
 * shiftDecimal("30.96", 8); // "3096000000"
 * shiftDecimal("1.2", 4);   // "12000"
 * shiftDecimal("6", -2);    // "0.06"
 */
export function shiftDecimal(value: string, power: number): string {
  if (!DECIMAL_PATTERN.test(value))
    throw new TypeError(`not a plain decimal string: ${JSON.stringify(value)}`);
  if (!Number.isInteger(power)) throw new TypeError(`power must be an integer, got ${power}`);
  const negative = value.startsWith("-");
  const unsigned = negative ? value.slice(1) : value;
  const [whole = "", fraction = ""] = unsigned.split(".");
  let digits = whole + fraction;
  let point = whole.length + power;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  let integerPart = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const fractionPart = digits.slice(point).replace(/0+$/, "");
  if (integerPart === "") integerPart = "0";
  const body = fractionPart ? `${integerPart}.${fractionPart}` : integerPart;
  return negative && body !== "0" ? `-${body}` : body;
}
