import type { GrowthClaim, Observation, Plan } from "@guihua/schema";

/**
 * `T` with every property and array element read-only, all the way down: the type of the deeply
 * frozen reference data this package exports.
 *
 * @example
 * const plan: DeepReadonly<Plan> = getSeedPlan("002_6eb086e07f75e31e");
 * plan.targets[0].source.start = 0; // type error: read-only
 */
export type DeepReadonly<T> = T extends (...arguments_: never[]) => unknown
  ? T
  : T extends readonly (infer Element)[]
    ? readonly DeepReadonly<Element>[]
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
      : T;

/** A curated plan as this package holds it: deeply frozen. */
export type SeedPlan = DeepReadonly<Plan>;

/** An observation as this package holds it: deeply frozen. */
export type SeedObservation = DeepReadonly<Observation>;

/** A growth claim as this package holds it: deeply frozen. */
export type SeedClaim = DeepReadonly<GrowthClaim>;
