import { DECIMAL_PATTERN } from "@guihua/schema";
import { EvaluateError } from "./errors.js";

/**
 * Cheap shape checks on what the evaluators read, run on every target and observation of a scorecard: a
 * malformed input is a typed `EvaluateError` naming the JSON path, never a TypeError from deep inside and
 * never a verdict computed from a missing field. `parsePlan` / `parseObservations` of `@guihua/schema`
 * validate everything else (spans, ids, negative counts).
 */
/**
 * Where a checked value sits: a collection and an index ("$.targets", 3) or a name ("target"), and the field
 * inside it. The path string is built only when a check fails, so a valid input allocates nothing.
 */
export interface Where {
  at: string;
  index?: number | undefined;
  targetId?: string | undefined;
}

function pathOf(where: Where, field: string): string {
  const base = where.index === undefined ? where.at : `${where.at}[${where.index}]`;
  return field === "" ? base : `${base}.${field}`;
}

export function fail(where: Where, field: string, message: string): never {
  const path = pathOf(where, field);
  const id = where.targetId;
  throw new EvaluateError(
    "GUIHUA_EVALUATE_INVALID_INPUT",
    id === undefined ? `${path}: ${message}` : `${path} (target ${id}): ${message}`,
    id === undefined ? { path } : { path, targetId: id },
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function checkDecimal(value: unknown, where: Where, field: string): void {
  if (typeof value !== "string" || !DECIMAL_PATTERN.test(value))
    fail(where, field, `must be a decimal string such as "30.96", got ${JSON.stringify(value) ?? "nothing"}`);
}

export function checkYear(value: unknown, where: Where, field: string): void {
  if (!Number.isInteger(value))
    fail(where, field, `must be a whole year such as 2025, got ${JSON.stringify(value) ?? "nothing"}`);
}

export function checkUnit(value: unknown, where: Where, field: string): void {
  if (!isObject(value) || typeof value.base !== "string" || !Number.isInteger(value.multiplier))
    fail(where, field, "must be a unit { base, multiplier }");
}
