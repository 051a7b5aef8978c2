import { DECIMAL_PATTERN } from "@guihua/schema";
import { EvaluateError } from "./errors.js";

/**
 * Cheap shape checks on what the evaluators read, run on every target and observation of a scorecard: a
 * malformed input is a typed `EvaluateError` naming the JSON path, never a TypeError from deep inside and
 * never a verdict computed from a missing field. `parsePlan` / `parseObservations` of `@guihua/schema`
 * validate everything else (spans, ids, negative counts).
 */
export type Path = string;

export function fail(path: Path, message: string, targetId?: string): never {
  throw new EvaluateError(
    "GUIHUA_EVALUATE_INVALID_INPUT",
    targetId === undefined ? `${path}: ${message}` : `${path} (target ${targetId}): ${message}`,
    targetId === undefined ? { path } : { path, targetId },
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isDecimal(value: unknown): value is string {
  return typeof value === "string" && DECIMAL_PATTERN.test(value);
}

export function checkDecimal(value: unknown, path: Path, id?: string): void {
  if (!isDecimal(value))
    fail(path, `must be a decimal string such as "30.96", got ${JSON.stringify(value) ?? "nothing"}`, id);
}

export function checkYear(value: unknown, path: Path, id?: string): void {
  if (!Number.isInteger(value))
    fail(path, `must be a whole year such as 2025, got ${JSON.stringify(value) ?? "nothing"}`, id);
}

export function checkUnit(value: unknown, path: Path, id?: string): void {
  if (!isObject(value) || typeof value.base !== "string" || !Number.isInteger(value.multiplier))
    fail(path, "must be a unit { base, multiplier }", id);
}
