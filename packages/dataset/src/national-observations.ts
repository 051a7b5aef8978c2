import type { Observation } from "@guihua/schema";
import type { SeedObservation } from "./deep-readonly.js";
import { deepFreeze } from "./deep-freeze.js";
import { NATIONAL_READINGS } from "./national-readings.js";

export const NATION = "中华人民共和国";

/**
 * Public national readings of the 纲要's indicators (issue 6's table), each with its publisher and,
 * where issue 6 or a found page states it, the date it was published (`vintage.publishedOn`) and the
 * page (`vintage.url`); otherwise `vintage.note` says the release date is not recorded. Values are in
 * base units (亿元 amounts in 元).
 *
 * @example
 * nationalObservations.find((observation) => observation.id === "national-ip-royalties-trade-2024")
 *   ?.vintage.publishedOn; // "2025-07-17"
 */
export const nationalObservations: readonly SeedObservation[] = deepFreeze(
  NATIONAL_READINGS.map((reading): Observation => ({
    id: `national-${reading.indicator.id}-${reading.year}`,
    indicator: { ...reading.indicator },
    region: NATION,
    period: { year: reading.year },
    value: reading.value,
    valueAsWritten: reading.valueAsWritten,
    unit: { ...reading.unit },
    status: reading.status,
    vintage: { ...reading.release },
  })),
);
