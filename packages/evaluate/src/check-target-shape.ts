import type { Target } from "@guihua/schema";
import { DECIMAL_PATTERN, TARGET_KINDS } from "@guihua/schema";
import { checkDecimal, checkUnit, checkYear, fail, isObject, type Where } from "./shape-checks.js";

const KINDS = new Set<string>(TARGET_KINDS);
const COMPARATORS = new Set(["=", ">=", ">", "<=", "<", "~"]);

/**
 * Checks the fields of a target that evaluation reads: `at` and `index` locate it ("$.targets", 3), and a
 * failure is an `EvaluateError` naming the field's path.
 */
export function checkTargetShape(target: unknown, at: string, index?: number): asserts target is Target {
  if (looksValid(target)) return;
  const where: Where = { at, index };
  if (!isObject(target)) fail(where, "", "not a target object");
  const kind = target.kind;
  if (typeof kind !== "string" || !KINDS.has(kind))
    fail(
      where,
      "kind",
      `must be one of ${TARGET_KINDS.join(", ")}, got ${JSON.stringify(kind) ?? "nothing"}`,
    );
  if (typeof target.id !== "string" || target.id === "") fail(where, "id", "must be a non-empty string");
  where.targetId = target.id;
  const indicator = target.indicator;
  if (!isObject(indicator) || typeof indicator.name !== "string")
    fail(where, "indicator.name", "must be a string");
  checkYear(target.targetYear, where, "targetYear");
  if (kind === "qualitative") return;
  if (typeof target.comparator !== "string" || !COMPARATORS.has(target.comparator))
    fail(where, "comparator", "must be one of =, >=, >, <=, <, ~");
  if (kind === "comparative") {
    const benchmark = target.benchmark;
    if (!isObject(benchmark) || typeof benchmark.description !== "string")
      fail(where, "benchmark", "must be a benchmark { description, region?, group? }");
    if (target.value !== undefined) checkDecimal(target.value, where, "value");
    return;
  }
  checkDecimal(target.value, where, "value");
  if (kind === "range" || target.valueHigh !== undefined) checkDecimal(target.valueHigh, where, "valueHigh");
  checkUnit(target.unit, where, "unit");
  if (typeof target.unitAsWritten !== "string") fail(where, "unitAsWritten", "must be a string");
  if (typeof target.valueAsWritten !== "string") fail(where, "valueAsWritten", "must be a string");
  const base = target.base;
  if (base !== undefined) {
    if (!isObject(base)) fail(where, "base", "must be a base { year, value?, unit? }");
    checkYear(base.year, where, "base.year");
    if (base.value !== undefined) checkDecimal(base.value, where, "base.value");
    if (base.unit !== undefined) checkUnit(base.unit, where, "base.unit");
  }
  if (kind === "per-year" && target.aggregate !== "each" && target.aggregate !== "mean")
    fail(where, "aggregate", 'must be "each" or "mean"');
  const period = target.period;
  if (period !== undefined) {
    if (!isObject(period)) fail(where, "period", "must be a period { start?, end }");
    checkYear(period.end, where, "period.end");
    if (period.start !== undefined) checkYear(period.start, where, "period.start");
  }
}

const DECIMAL = DECIMAL_PATTERN;

/** The common case in one expression, allocating nothing: a numeric target whose fields are all in order. */
function looksValid(target: unknown): boolean {
  if (typeof target !== "object" || target === null) return false;
  const t = target as Record<string, unknown> & {
    indicator?: { name?: unknown };
    unit?: { base?: unknown; multiplier?: unknown };
    base?: { year?: unknown; value?: unknown; unit?: unknown };
  };
  const kind = t.kind;
  if (kind === "qualitative" || kind === "comparative" || kind === "range" || kind === "per-year")
    return false;
  if (typeof kind !== "string" || !KINDS.has(kind)) return false;
  const base = t.base;
  return (
    typeof t.id === "string" &&
    t.id !== "" &&
    typeof t.indicator === "object" &&
    t.indicator !== null &&
    typeof t.indicator.name === "string" &&
    Number.isInteger(t.targetYear) &&
    typeof t.comparator === "string" &&
    COMPARATORS.has(t.comparator) &&
    typeof t.value === "string" &&
    DECIMAL.test(t.value) &&
    t.valueHigh === undefined &&
    t.period === undefined &&
    typeof t.unit === "object" &&
    t.unit !== null &&
    typeof t.unit.base === "string" &&
    Number.isInteger(t.unit.multiplier) &&
    typeof t.unitAsWritten === "string" &&
    typeof t.valueAsWritten === "string" &&
    (base === undefined ||
      (typeof base === "object" &&
        base !== null &&
        Number.isInteger(base.year) &&
        (base.value === undefined || (typeof base.value === "string" && DECIMAL.test(base.value))) &&
        base.unit === undefined))
  );
}
