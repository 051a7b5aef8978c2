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
import { NormalisedUnit } from "./unit.js";

/** Every target kind, in the order of `methods.md` §1. */
export const TARGET_KINDS = [
  "level",
  "range",
  "growth-rate",
  "total-growth",
  "multiple",
  "increment",
  "cumulative",
  "per-year",
  "share",
  "comparative",
  "qualitative",
] as const;
export const TargetKind = z.enum(TARGET_KINDS);
export type TargetKind = z.infer<typeof TargetKind>;

/** How the target year was found. */
export const TargetYearBasis = z.enum(["explicit", "context", "period-term", "plan-period", "document-year"]);
export type TargetYearBasis = z.infer<typeof TargetYearBasis>;

/** The closed set of ambiguities a target can carry (methods.md §1, "Ambiguities seen in the seeds"). */
export const AMBIGUITY_CODES = [
  "shared-number",
  "share-growth-relative-or-points",
  "growth-multiple-reading",
  "level-cumulative-or-flow",
  "text-table-disagree",
  "base-ambiguous",
  "carried-over",
  "restatement-changed",
  "per-unit-norm",
  "double-comparator",
  "indicator-unresolved",
  "year-inferred",
  "other",
] as const;
export const AmbiguityCode = z.enum(AMBIGUITY_CODES);
export type AmbiguityCode = z.infer<typeof AmbiguityCode>;

export const Ambiguity = z.strictObject({
  code: AmbiguityCode,
  note: z.string(),
  /** Other targets involved, e.g. the second indicator sharing one number. */
  relatedTargets: z.array(z.string()).optional(),
});
export type Ambiguity = z.infer<typeof Ambiguity>;

/** The starting point of a target: 2020年4.09件, 以2018年为基数, 较“十三五”. */
export const Base = z.strictObject({
  year: Year,
  value: DecimalString.optional(),
  unit: NormalisedUnit.optional(),
  source: SourceSpan.optional(),
});
export type Base = z.infer<typeof Base>;

/** Who the target is about when it is not the plan's whole region: a named company, 高校, a district. */
export const Scope = z.strictObject({
  region: z.string().optional(),
  entity: z.string().optional(),
});
export type Scope = z.infer<typeof Scope>;

/** What a comparative target is measured against: 全省平均水平, 全国中上水平, 前三名. */
export const Benchmark = z.strictObject({
  description: z.string().min(1),
  region: z.string().optional(),
  group: z.string().optional(),
  rank: z.int().min(1).optional(),
});
export type Benchmark = z.infer<typeof Benchmark>;

/** Table provenance for a target read from an indicator table cell. */
export const TableCell = z.strictObject({
  name: z.string(),
  row: z.string(),
  column: z.string(),
});
export type TableCell = z.infer<typeof TableCell>;

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
