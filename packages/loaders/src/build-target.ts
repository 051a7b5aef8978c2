import type { Ambiguity, Target } from "@guihua/schema";
import type { Quantity } from "./find-quantities.js";
import type { QuantityReading } from "./read-quantity.js";
import type { YearContext } from "./years.js";

export interface TargetDetails {
  id: string;
  name: string;
  year: YearContext;
  hedge: string | undefined;
  /** The years a cumulative target sums over: 三年累计, “十四五”期间累计. */
  period?: { start: number; end: number };
  source: { document: string; start: number; end: number; quote: string };
  ambiguities: Ambiguity[];
}

/** How an increment written in percentage points is kept. */
export const POINTS_NOTE =
  "个百分点: an absolute change of a share in percentage points, kept in % so that it adds to the base share";

export function buildTarget(
  reading: QuantityReading,
  quantity: Quantity,
  details: TargetDetails,
): Target | undefined {
  const common = {
    id: details.id,
    indicator: { name: details.name },
    targetYear: details.year.year,
    targetYearBasis: details.year.basis,
    direction: reading.direction,
    attribute: "unspecified" as const,
    ...(details.hedge ? { hedge: details.hedge } : {}),
    source: details.source,
    ...(details.ambiguities.length > 0 ? { ambiguities: details.ambiguities } : {}),
    comparator: reading.comparator,
    valueAsWritten: quantity.valueAsWritten,
    unitAsWritten: quantity.unitAsWritten,
    unit: quantity.unit,
    ...(reading.base ? { base: reading.base } : {}),
    value: quantity.value,
  };
  const high = quantity.valueHigh;
  switch (reading.kind) {
    case "share":
      if (Number(quantity.value) > 100 || Number(high ?? 0) > 100) return { ...common, kind: "level" };
      return { ...common, kind: "share", ...(high === undefined ? {} : { valueHigh: high }) };
    case "growth-rate":
      return { ...common, kind: "growth-rate" };
    case "total-growth":
      return { ...common, kind: "total-growth" };
    case "multiple":
      return { ...common, kind: "multiple" };
    case "increment":
      if (quantity.unit.base === "百分点")
        // 提高5个百分点: points are added to the share, so the increment is kept in the share's unit.
        return {
          ...common,
          kind: "increment",
          unit: { base: "%", multiplier: 0 },
          notes: POINTS_NOTE,
          ...(high === undefined ? {} : { valueHigh: high }),
        };
      return { ...common, kind: "increment", ...(high === undefined ? {} : { valueHigh: high }) };
    case "cumulative":
      if (high !== undefined) return { ...common, kind: "range", valueHigh: high };
      return { ...common, kind: "cumulative", ...(details.period ? { period: details.period } : {}) };
    case "per-year":
      return {
        ...common,
        kind: "per-year",
        aggregate: reading.aggregate ?? "each",
        ...(high === undefined ? {} : { valueHigh: high }),
      };
    default:
      if (high !== undefined) return { ...common, kind: "range", valueHigh: high };
      return { ...common, kind: "level" };
  }
}

/** Adds the value of a stated base (由2020年的6.7件) to a target's base. */
export function withBaseValue(
  target: Target,
  baseValue: Quantity | undefined,
  span: (start: number, end: number) => { document: string; start: number; end: number; quote: string },
): Target {
  if (baseValue === undefined || !("base" in target) || target.base === undefined) return target;
  return {
    ...target,
    base: {
      ...target.base,
      value: baseValue.value,
      unit: baseValue.unit,
      source: span(baseValue.start, baseValue.end),
    },
  } as Target;
}
