import { decimalCalculator, type Calculator } from "@guihua/growth";
import type { Decimal } from "decimal.js";
import { createEngine } from "./create-engine.js";
import type { Engine } from "./types.js";

/** Exact engine on a `@guihua/growth` decimal calculator (default: 34 digits, half-even); figures keep 20 digits. */
export function createDecimalEngine(calculator: Calculator<Decimal> = decimalCalculator): Engine<Decimal> {
  return createEngine(calculator, {
    mode: "exact",
    significant: 20,
    format: (value, significant) => value.toSignificantDigits(significant).toFixed(),
  });
}

export const decimalEngine: Engine<Decimal> = createDecimalEngine();
