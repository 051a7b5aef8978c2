import { expectTypeOf } from "vitest";
import type { z } from "zod";
import {
  parsePlan,
  safeParsePlan,
  type Evaluation,
  type Plan,
  type SafeParseResult,
  type Target,
  type TargetKind,
  type TargetOf,
} from "./index.js";
import type { Target as TargetSchema } from "./index.js";

expectTypeOf(parsePlan).returns.toEqualTypeOf<Plan>();
expectTypeOf(safeParsePlan).returns.toEqualTypeOf<SafeParseResult<Plan>>();
expectTypeOf<z.infer<typeof TargetSchema>>().toEqualTypeOf<Target>();
expectTypeOf<TargetKind>().toEqualTypeOf<
  | "level"
  | "range"
  | "growth-rate"
  | "total-growth"
  | "multiple"
  | "increment"
  | "cumulative"
  | "per-year"
  | "share"
  | "comparative"
  | "qualitative"
>();
expectTypeOf<TargetOf<"range">["valueHigh"]>().toEqualTypeOf<string>();
expectTypeOf<TargetOf<"growth-rate">["value"]>().toEqualTypeOf<string>();
expectTypeOf<TargetOf<"qualitative">>().not.toHaveProperty("value");
expectTypeOf<Target["source"]>().toEqualTypeOf<{
  document: string;
  start: number;
  end: number;
  quote: string;
}>();
expectTypeOf<Plan["schemaVersion"]>().toEqualTypeOf<"1.0">();
expectTypeOf<Evaluation["status"]>().toEqualTypeOf<
  | "achieved"
  | "not-achieved"
  | "on-track"
  | "acceleration-needed"
  | "off-track"
  | "deteriorating"
  | "insufficient-data"
  | "not-evaluable"
>();
