import type { Observation } from "@guihua/schema";
import { checkDecimal, checkUnit, checkYear, fail, isObject, type Where } from "./shape-checks.js";
import { isCalendarDate } from "./time.js";

/**
 * Checks the fields of an observation that evaluation reads: `at` and `index` locate it ("observations", 12),
 * and a failure is an `EvaluateError` naming the field's path. A valid observation allocates nothing.
 */
export function checkObservationShape(
  observation: unknown,
  at: string,
  index?: number,
): asserts observation is Observation {
  if (
    isObject(observation) &&
    isObject(observation.indicator) &&
    typeof observation.indicator.name === "string" &&
    typeof observation.region === "string" &&
    observation.region !== "" &&
    isObject(observation.period) &&
    (Number.isInteger(observation.period.year) ||
      (!("year" in observation.period) &&
        typeof observation.period.date === "string" &&
        isCalendarDate(observation.period.date))) &&
    isObject(observation.unit) &&
    typeof observation.unit.base === "string" &&
    Number.isInteger(observation.unit.multiplier) &&
    isObject(observation.vintage) &&
    typeof observation.value === "string"
  ) {
    checkDecimal(observation.value, { at, index }, "value");
    return;
  }
  // Something is wrong: find the first field and name it.
  const where: Where = { at, index };
  if (!isObject(observation)) fail(where, "", "not an observation object");
  if (!isObject(observation.indicator) || typeof observation.indicator.name !== "string")
    fail(where, "indicator.name", "must be a string");
  if (typeof observation.region !== "string" || observation.region === "")
    fail(where, "region", "must be a non-empty string");
  const period = observation.period;
  if (!isObject(period)) fail(where, "period", "must be { year } or { date }");
  if ("year" in period) checkYear(period.year, where, "period.year");
  else if (typeof period.date !== "string" || !isCalendarDate(period.date))
    fail(
      where,
      "period.date",
      `must be a calendar date YYYY-MM-DD, got ${JSON.stringify(period.date) ?? "nothing"}`,
    );
  checkDecimal(observation.value, where, "value");
  checkUnit(observation.unit, where, "unit");
  fail(where, "vintage", "must be a vintage { source, publishedOn? }");
}
