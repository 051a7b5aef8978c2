import type { GrowthClaim, Indicator, Observation, Plan, Region, Target } from "@guihua/schema";
import { expectTypeOf, test } from "vitest";
import {
  findIndicator,
  findRegion,
  getSeedPlan,
  nationalObservations,
  nationalPlan,
  seedClaims,
  seedObservations,
  seedPlans,
  type DeepReadonly,
  type SeedClaim,
  type SeedObservation,
  type SeedPlan,
} from "./index.js";

test("public types", () => {
  expectTypeOf(getSeedPlan("002_6eb086e07f75e31e")).toEqualTypeOf<Plan>();
  expectTypeOf(getSeedPlan("002")).toEqualTypeOf<Plan | undefined>();
  expectTypeOf(seedPlans).toEqualTypeOf<readonly Plan[]>();
  expectTypeOf(seedObservations).toEqualTypeOf<readonly SeedObservation[]>();
  expectTypeOf(nationalObservations).toEqualTypeOf<readonly SeedObservation[]>();
  expectTypeOf(seedClaims).toEqualTypeOf<readonly SeedClaim[]>();
  expectTypeOf(nationalPlan).toEqualTypeOf<Plan>();
  expectTypeOf(findIndicator("专利转让")).toEqualTypeOf<Indicator | undefined>();
  expectTypeOf(findRegion("沈阳")).toEqualTypeOf<Region | undefined>();
});

test("the frozen data has a deep-readonly type", () => {
  expectTypeOf<SeedPlan>().toEqualTypeOf<DeepReadonly<Plan>>();
  expectTypeOf<SeedObservation>().toEqualTypeOf<DeepReadonly<Observation>>();
  expectTypeOf<SeedClaim>().toEqualTypeOf<DeepReadonly<GrowthClaim>>();
  expectTypeOf<SeedPlan["targets"]>().toEqualTypeOf<readonly DeepReadonly<Target>[]>();
  expectTypeOf<SeedPlan["targets"][number]["source"]>().toEqualTypeOf<{
    readonly document: string;
    readonly start: number;
    readonly end: number;
    readonly quote: string;
  }>();
  // Every exported plan can be viewed as a SeedPlan; a SeedPlan cannot be mutated.
  expectTypeOf(nationalPlan).toMatchTypeOf<SeedPlan>();
  expectTypeOf(seedPlans).toMatchTypeOf<readonly SeedPlan[]>();
  const plan: SeedPlan = getSeedPlan("002_6eb086e07f75e31e");
  // @ts-expect-error: read-only all the way down
  plan.targets[0]!.source.start = 0;
  // @ts-expect-error: read-only arrays
  plan.targets.push(plan.targets[0]!);
  // A frozen observation or claim still passes where the schema type is taken (they hold no arrays).
  expectTypeOf(seedObservations[0]!).toMatchTypeOf<Observation>();
  expectTypeOf(seedClaims[0]!).toMatchTypeOf<GrowthClaim>();
});
