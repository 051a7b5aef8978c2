import { z } from "zod";
import { IndicatorRef } from "./indicator.js";
import {
  Attribute,
  Comparator,
  DecimalString,
  Direction,
  NonNegativeDecimalString,
  Year,
} from "./primitives.js";
import { SourceSpan } from "./source-span.js";
import { checkTargetValues } from "./target-checks.js";
import { Ambiguity, Base, Benchmark, Scope, TableCell, TargetYearBasis } from "./target-parts.js";
import type { TargetKind } from "./target-parts.js";
import { NormalisedUnit } from "./unit.js";

const common = {
  id: z.string().min(1),
  indicator: IndicatorRef,
  targetYear: Year,
  targetYearBasis: TargetYearBasis,
  direction: Direction,
  attribute: Attribute,
  hedge: z.string().optional(),
  scope: Scope.optional(),
  source: SourceSpan,
  ambiguities: z.array(Ambiguity).optional(),
  confidence: z.number().min(0).max(1).optional(),
  /** Ids of other targets that restate this one. */
  restatedBy: z.array(z.string()).optional(),
  /** Id of the target this one restates. */
  restates: z.string().optional(),
  /** Id of the total this target is a part of: 1.2万人以上, 包括企业人才2000人以上 (the 2000 is part of the 1.2万). */
  partOf: z.string().optional(),
  table: TableCell.optional(),
  /** Set on targets of an earlier plan quoted for completeness (a 十三五 completion table). */
  priorPlan: z.boolean().optional(),
  notes: z.string().optional(),
};

const numeric = {
  comparator: Comparator,
  valueAsWritten: z.string().min(1),
  unitAsWritten: z.string(),
  unit: NormalisedUnit,
  base: Base.optional(),
};

export const LevelTarget = z.strictObject({
  kind: z.literal("level"),
  ...common,
  ...numeric,
  value: NonNegativeDecimalString,
});
export const RangeTarget = z.strictObject({
  kind: z.literal("range"),
  ...common,
  ...numeric,
  value: NonNegativeDecimalString,
  valueHigh: NonNegativeDecimalString,
});
/** `value` is the yearly rate in percent ("6" for 年均增长6%). */
export const GrowthRateTarget = z.strictObject({
  kind: z.literal("growth-rate"),
  ...common,
  ...numeric,
  value: DecimalString,
});
/** `value` is the growth over the whole period in percent ("20" for 增加20%). */
export const TotalGrowthTarget = z.strictObject({
  kind: z.literal("total-growth"),
  ...common,
  ...numeric,
  value: DecimalString,
});
/** `value` is the factor ("2" for 翻番). */
export const MultipleTarget = z.strictObject({
  kind: z.literal("multiple"),
  ...common,
  ...numeric,
  value: NonNegativeDecimalString,
});
export const IncrementTarget = z.strictObject({
  kind: z.literal("increment"),
  ...common,
  ...numeric,
  value: NonNegativeDecimalString,
  valueHigh: NonNegativeDecimalString.optional(),
});
/** Sum of yearly flows over `period` (start may be unknown: 到2010年累计…). */
export const CumulativeTarget = z.strictObject({
  kind: z.literal("cumulative"),
  ...common,
  ...numeric,
  value: NonNegativeDecimalString,
  period: z.strictObject({ start: Year.optional(), end: Year }).optional(),
});
/** A flow every year (`each`) or on average (`mean`: 年均60家). */
export const PerYearTarget = z.strictObject({
  kind: z.literal("per-year"),
  ...common,
  ...numeric,
  value: NonNegativeDecimalString,
  /** The high end of a yearly range: 每年举办2~3次. */
  valueHigh: NonNegativeDecimalString.optional(),
  aggregate: z.enum(["each", "mean"]),
  period: z.strictObject({ start: Year, end: Year }).optional(),
});
/** `value` in percent, between 0 and 100. */
export const ShareTarget = z.strictObject({
  kind: z.literal("share"),
  ...common,
  ...numeric,
  value: DecimalString,
  valueHigh: DecimalString.optional(),
  denominator: z.string().optional(),
});
export const ComparativeTarget = z.strictObject({
  kind: z.literal("comparative"),
  ...common,
  comparator: Comparator,
  benchmark: Benchmark,
  value: DecimalString.optional(),
  valueAsWritten: z.string().optional(),
  unitAsWritten: z.string().optional(),
  unit: NormalisedUnit.optional(),
});
export const QualitativeTarget = z.strictObject({
  kind: z.literal("qualitative"),
  ...common,
  text: z.string().min(1),
});

/** A plan target: a discriminated union on `kind`. */
export const Target = z
  .discriminatedUnion("kind", [
    LevelTarget,
    RangeTarget,
    GrowthRateTarget,
    TotalGrowthTarget,
    MultipleTarget,
    IncrementTarget,
    CumulativeTarget,
    PerYearTarget,
    ShareTarget,
    ComparativeTarget,
    QualitativeTarget,
  ])
  .check(checkTargetValues);
export type Target = z.infer<typeof Target>;
export type LevelTarget = z.infer<typeof LevelTarget>;
export type RangeTarget = z.infer<typeof RangeTarget>;
export type GrowthRateTarget = z.infer<typeof GrowthRateTarget>;
export type TotalGrowthTarget = z.infer<typeof TotalGrowthTarget>;
export type MultipleTarget = z.infer<typeof MultipleTarget>;
export type IncrementTarget = z.infer<typeof IncrementTarget>;
export type CumulativeTarget = z.infer<typeof CumulativeTarget>;
export type PerYearTarget = z.infer<typeof PerYearTarget>;
export type ShareTarget = z.infer<typeof ShareTarget>;
export type ComparativeTarget = z.infer<typeof ComparativeTarget>;
export type QualitativeTarget = z.infer<typeof QualitativeTarget>;
/** The target of one kind: `TargetOf<"range">`. */
export type TargetOf<K extends TargetKind> = Extract<Target, { kind: K }>;
