import type { Plan } from "@guihua/schema";
import { fail, isObject } from "./shape-checks.js";

/** Checks a plan's frame: targets and facts are arrays, the region has a name. */
export function checkPlanShape(plan: unknown): asserts plan is Plan {
  if (!isObject(plan)) fail({ at: "$" }, "", "not a plan object");
  if (!Array.isArray(plan.targets)) fail({ at: "$" }, "targets", "must be an array of targets");
  if (plan.facts !== undefined && !Array.isArray(plan.facts))
    fail({ at: "$" }, "facts", "must be an array of observations");
  if (!isObject(plan.region) || typeof plan.region.name !== "string")
    fail({ at: "$" }, "region.name", "must be a string");
  if (!isObject(plan.period)) fail({ at: "$" }, "period", "must be a period { start?, end? }");
}
