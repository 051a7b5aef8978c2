import { DECIMAL_PATTERN, shiftDecimal } from "@guihua/schema";
import { UsageError } from "../errors.js";

/** A decimal string option such as `--base 4.09` (commas and exponents are refused, not guessed). */
export function decimalOption(name: string, value: unknown): string {
  const text = String(value ?? "").trim();
  if (!DECIMAL_PATTERN.test(text))
    throw new UsageError(`--${name} must be a plain number such as 4.09, got "${text}"`);
  return text;
}

/** A year option such as `--from 2020`. */
export function yearOption(name: string, value: unknown): number {
  const text = String(value ?? "").trim();
  if (!/^\d{4}$/.test(text)) throw new UsageError(`--${name} must be a year such as 2025, got "${text}"`);
  return Number(text);
}

/**
 * A rate option as a fraction string: "6%" → "0.06", "0.06" → "0.06". A bare number of 1 or more
 * ("6") is refused rather than guessed, since it could mean 6% or 600%.
 */
export function rateOption(name: string, value: unknown): string {
  const text = String(value ?? "").trim();
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent?.[1] && DECIMAL_PATTERN.test(percent[1])) return shiftDecimal(percent[1], -2);
  if (DECIMAL_PATTERN.test(text) && Math.abs(Number(text)) < 1) return text;
  throw new UsageError(`--${name} must be a percentage such as 6% or a fraction such as 0.06, got "${text}"`);
}

/** A date option, YYYY-MM-DD. */
export function dateOption(name: string, value: unknown): string {
  const text = String(value ?? "").trim();
  const date = new Date(`${text}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== text
  )
    throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${text}"`);
  return text;
}
