import { z } from "zod";
import { rejectNegativeCount } from "./count-units.js";
import { DecimalString, Year } from "./primitives.js";
import { SourceSpan } from "./source-span.js";
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
export const Base = z
  .strictObject({
    year: Year,
    value: DecimalString.optional(),
    unit: NormalisedUnit.optional(),
    source: SourceSpan.optional(),
  })
  .check(rejectNegativeCount);
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
