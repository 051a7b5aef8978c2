import { z } from "zod";
import { IndicatorRef } from "./indicator.js";
import { Comparator, DecimalString, IsoDate, Year } from "./primitives.js";
import { SourceSpan } from "./source-span.js";
import { rejectNegativeCount } from "./count-units.js";
import { Unit } from "./unit.js";

/** A year (2023) or a dated reading (截至2023年6月 → "2023-06-30"). */
export const ObservationPeriod = z.union([z.strictObject({ year: Year }), z.strictObject({ date: IsoDate })]);
export type ObservationPeriod = z.infer<typeof ObservationPeriod>;

export const ObservationStatus = z.enum(["final", "provisional", "estimated", "revised"]);
export type ObservationStatus = z.infer<typeof ObservationStatus>;

/** Who published a value and when: a statistical communiqué, a press release, the plan itself. */
export const Vintage = z.strictObject({
  source: z.string().min(1),
  publishedOn: IsoDate.optional(),
  url: z.string().optional(),
  note: z.string().optional(),
});
export type Vintage = z.infer<typeof Vintage>;

/**
 * One observed value of an indicator in a region and period, with its provenance:
 * a span into the text that states it, or a named source and date.
 */
export const Observation = z
  .strictObject({
    id: z.string().min(1).optional(),
    indicator: IndicatorRef,
    region: z.string().min(1),
    period: ObservationPeriod,
    /** Value in the base unit of `unit`. */
    value: DecimalString,
    valueAsWritten: z.string().optional(),
    unit: Unit,
    /** For stated facts such as "超过1.2万人": the value is a bound, not a reading. */
    comparator: Comparator.optional(),
    /** A running total from `cumulativeFrom` (到2010年累计申请2.2万件). */
    cumulativeFrom: Year.optional(),
    /** A running total whose start the source does not state (到2008年底,累计申请专利1.8万余件). */
    cumulative: z.boolean().optional(),
    status: ObservationStatus,
    vintage: Vintage,
    source: SourceSpan.optional(),
  })
  .check(rejectNegativeCount);
export type Observation = z.infer<typeof Observation>;

/** A stated growth between two years: "比2015年增长108.9%", "增长3.6倍", "为2015年的2倍". */
export const GrowthClaim = z.strictObject({
  id: z.string().min(1),
  indicator: IndicatorRef,
  region: z.string().min(1),
  fromYear: Year,
  toYear: Year,
  /** percent: grew by value %; times: 增长N倍 as written; multiple: 为…的N倍. */
  form: z.enum(["percent", "times", "multiple"]),
  value: DecimalString,
  valueAsWritten: z.string().min(1),
  source: SourceSpan,
});
export type GrowthClaim = z.infer<typeof GrowthClaim>;
