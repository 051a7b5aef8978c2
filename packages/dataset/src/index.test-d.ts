import type { Indicator, Observation, Plan, Region } from "@guihua/schema";
import { expectTypeOf, test } from "vitest";
import {
  findIndicator,
  findRegion,
  getSeedPlan,
  nationalPlan,
  seedObservations,
  seedPlans,
} from "./index.js";

test("public types", () => {
  expectTypeOf(getSeedPlan("002_6eb086e07f75e31e")).toEqualTypeOf<Plan>();
  expectTypeOf(getSeedPlan("002")).toEqualTypeOf<Plan | undefined>();
  expectTypeOf(seedPlans).toEqualTypeOf<readonly Plan[]>();
  expectTypeOf(seedObservations).toEqualTypeOf<readonly Observation[]>();
  expectTypeOf(nationalPlan).toEqualTypeOf<Plan>();
  expectTypeOf(findIndicator("专利转让")).toEqualTypeOf<Indicator | undefined>();
  expectTypeOf(findRegion("沈阳")).toEqualTypeOf<Region | undefined>();
});
