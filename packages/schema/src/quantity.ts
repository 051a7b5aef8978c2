import { z } from "zod";
import { DecimalString } from "./primitives.js";
import { Unit } from "./unit.js";

/** A value in the base unit of `unit`, e.g. `{ value: "3096000000", unit: { asWritten: "亿元", base: "元", multiplier: 8 } }`. */
export const Quantity = z.strictObject({
  value: DecimalString,
  unit: Unit,
});
export type Quantity = z.infer<typeof Quantity>;
