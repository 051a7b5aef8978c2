import { z } from "zod";
import { Direction, Slug } from "./primitives.js";
import { NormalisedUnit } from "./unit.js";

export const Measure = z.enum(["stock", "flow", "rate", "share", "score", "index"]);
export type Measure = z.infer<typeof Measure>;

/** A catalogue indicator. */
export const Indicator = z.strictObject({
  id: Slug,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  englishName: z.string().min(1),
  unit: NormalisedUnit,
  direction: Direction,
  measure: Measure,
  description: z.string().optional(),
});
export type Indicator = z.infer<typeof Indicator>;

/** How a target or observation names its indicator: the catalogue id when known, and the name as written. */
export const IndicatorRef = z.strictObject({
  id: Slug.optional(),
  name: z.string().min(1),
});
export type IndicatorRef = z.infer<typeof IndicatorRef>;
