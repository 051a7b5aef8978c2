import { z } from "zod";

/**
 * A unit as written and normalised: 30.96亿元 has `asWritten` "亿元", `base` "元", `multiplier` 8,
 * so the value in the base unit is 30.96 × 10^8. Percentages are in percent with base "%".
 */
export const Unit = z.strictObject({
  asWritten: z.string(),
  base: z.string(),
  multiplier: z.int().min(-12).max(16),
});
export type Unit = z.infer<typeof Unit>;

/** The normalised part of a unit only. */
export const NormalisedUnit = Unit.pick({ base: true, multiplier: true });
export type NormalisedUnit = z.infer<typeof NormalisedUnit>;
