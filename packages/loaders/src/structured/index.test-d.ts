import type { Observation, Plan } from "@guihua/schema";
import { expectTypeOf, it } from "vitest";
import type { LoadIssue, LoadIssueCode, SafeLoadResult } from "./issues.js";
import type { LoaderErrorCode } from "./loader-error.js";
import { loadObservations, safeLoadObservations } from "./observations/load-observations.js";
import { loadPlan, safeLoadPlan } from "./plan/load-plan.js";

it("pins the public types of the structured loaders", () => {
  expectTypeOf(loadPlan).returns.toEqualTypeOf<Plan>();
  expectTypeOf(safeLoadPlan).returns.toEqualTypeOf<SafeLoadResult<Plan>>();
  expectTypeOf(loadObservations).returns.toEqualTypeOf<Observation[]>();
  expectTypeOf(safeLoadObservations).returns.toEqualTypeOf<SafeLoadResult<Observation[]>>();
  expectTypeOf(loadPlan).parameter(1).toHaveProperty("format").toEqualTypeOf<"json" | "yaml">();
  expectTypeOf<LoadIssue["code"]>().toEqualTypeOf<LoadIssueCode>();
  expectTypeOf<"invalid_decimal">().toExtend<LoadIssueCode>();
  expectTypeOf<"file_unreadable">().toExtend<LoaderErrorCode>();
});
