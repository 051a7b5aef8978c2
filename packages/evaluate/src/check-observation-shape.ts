import type { Observation } from "@guihua/schema";
import { checkDecimal, checkUnit, checkYear, fail, isObject, type Path } from "./shape-checks.js";

/** Checks the fields of an observation that evaluation reads; `path` locates it ("$.observations[12]"). */
export function checkObservationShape(observation: unknown, path: Path): asserts observation is Observation {
  if (!isObject(observation)) fail(path, "not an observation object");
  if (!isObject(observation.indicator) || typeof observation.indicator.name !== "string")
    fail(`${path}.indicator.name`, "must be a string");
  if (typeof observation.region !== "string" || observation.region === "")
    fail(`${path}.region`, "must be a non-empty string");
  const period = observation.period;
  if (!isObject(period)) fail(`${path}.period`, "must be { year } or { date }");
  if ("year" in period) checkYear(period.year, `${path}.period.year`);
  else if (typeof period.date !== "string" || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(period.date))
    fail(`${path}.period`, "must be { year } or { date: YYYY-MM or YYYY-MM-DD }");
  checkDecimal(observation.value, `${path}.value`);
  checkUnit(observation.unit, `${path}.unit`);
  if (!isObject(observation.vintage)) fail(`${path}.vintage`, "must be a vintage { source, publishedOn? }");
}
