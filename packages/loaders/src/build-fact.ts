import type { Observation } from "@guihua/schema";
import type { Quantity } from "./find-quantities.js";
import type { QuantityReading } from "./read-quantity.js";

export interface FactDetails {
  id: string;
  /** The year the value was stated for. */
  year: number;
  region: string;
  source: Observation["source"];
}

/** Years outside this range are misreadings, not the year of a stated value. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

/**
 * A stated past value (2020年全市专利授权量达到1万件) as an observation of the plan's region, with the
 * comparator it was stated with (超过1万件 → ">"). Undefined for a year that cannot be one.
 *
 * @example
 * buildFact(reading, quantity, { id: "f1", year: 2020, region: "某市", source })?.period; // { year: 2020 }
 */
export function buildFact(
  reading: QuantityReading,
  quantity: Quantity,
  details: FactDetails,
): Observation | undefined {
  if (details.year < FIRST_YEAR || details.year > LAST_YEAR) return undefined;
  return {
    id: details.id,
    indicator: { name: reading.name || "未命名指标" },
    region: details.region,
    period: { year: details.year },
    value: quantity.value,
    valueAsWritten: quantity.valueAsWritten,
    unit: { asWritten: quantity.unitAsWritten, base: quantity.unit.base, multiplier: 0 },
    ...(reading.comparator === "=" ? {} : { comparator: reading.comparator }),
    status: "final",
    vintage: { source: "plan text" },
    source: details.source,
  };
}
