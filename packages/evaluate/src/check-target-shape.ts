import type { Target } from "@guihua/schema";
import { TARGET_KINDS } from "@guihua/schema";
import { checkDecimal, checkUnit, checkYear, fail, isObject, type Path } from "./shape-checks.js";

const KINDS = new Set<string>(TARGET_KINDS);
const COMPARATORS = new Set(["=", ">=", ">", "<=", "<", "~"]);

/** Checks the fields of a target that evaluation reads; `path` locates it ("$.targets[3]"). */
export function checkTargetShape(target: unknown, path: Path): asserts target is Target {
  if (!isObject(target)) fail(path, "not a target object");
  const kind = target.kind;
  if (typeof kind !== "string" || !KINDS.has(kind))
    fail(
      `${path}.kind`,
      `must be one of ${TARGET_KINDS.join(", ")}, got ${JSON.stringify(kind) ?? "nothing"}`,
    );
  const id = typeof target.id === "string" ? target.id : undefined;
  if (id === undefined || id === "") fail(`${path}.id`, "must be a non-empty string");
  if (!isObject(target.indicator) || typeof target.indicator.name !== "string")
    fail(`${path}.indicator.name`, "must be a string", id);
  checkYear(target.targetYear, `${path}.targetYear`, id);
  if (kind === "qualitative") return;
  if (typeof target.comparator !== "string" || !COMPARATORS.has(target.comparator))
    fail(`${path}.comparator`, "must be one of =, >=, >, <=, <, ~", id);
  if (kind === "comparative") {
    const benchmark = target.benchmark;
    if (!isObject(benchmark) || typeof benchmark.description !== "string")
      fail(`${path}.benchmark`, "must be a benchmark { description, region?, group? }", id);
    if (target.value !== undefined) checkDecimal(target.value, `${path}.value`, id);
    return;
  }
  checkDecimal(target.value, `${path}.value`, id);
  if (kind === "range" || target.valueHigh !== undefined)
    checkDecimal(target.valueHigh, `${path}.valueHigh`, id);
  checkUnit(target.unit, `${path}.unit`, id);
  if (typeof target.unitAsWritten !== "string") fail(`${path}.unitAsWritten`, "must be a string", id);
  if (typeof target.valueAsWritten !== "string") fail(`${path}.valueAsWritten`, "must be a string", id);
  const base = target.base;
  if (base !== undefined) {
    if (!isObject(base)) fail(`${path}.base`, "must be a base { year, value?, unit? }", id);
    checkYear(base.year, `${path}.base.year`, id);
    if (base.value !== undefined) checkDecimal(base.value, `${path}.base.value`, id);
    if (base.unit !== undefined) checkUnit(base.unit, `${path}.base.unit`, id);
  }
  if (kind === "per-year" && target.aggregate !== "each" && target.aggregate !== "mean")
    fail(`${path}.aggregate`, 'must be "each" or "mean"', id);
  const period = target.period;
  if (period !== undefined) {
    if (!isObject(period)) fail(`${path}.period`, "must be a period { start?, end }", id);
    checkYear(period.end, `${path}.period.end`, id);
    if (period.start !== undefined) checkYear(period.start, `${path}.period.start`, id);
  }
}
