import { z } from "zod";
import { Bilingual, DecimalString, IsoDate } from "./primitives.js";
import { SourceSpan } from "./source-span.js";

export const EvaluationStatus = z.enum([
  "achieved",
  "not-achieved",
  "on-track",
  "acceleration-needed",
  "off-track",
  "deteriorating",
  "insufficient-data",
  "not-evaluable",
]);
export type EvaluationStatus = z.infer<typeof EvaluationStatus>;

/** The method and the parameters a verdict was reached with. */
export const MethodRef = z.strictObject({
  id: z.string().min(1),
  parameters: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
});
export type MethodRef = z.infer<typeof MethodRef>;

/**
 * The figures behind a verdict, as decimal strings. Rates are fractions ("0.06").
 * Named figures beyond these may be added by an evaluator.
 */
export const Figures = z
  .object({
    targetValue: DecimalString.optional(),
    baseValue: DecimalString.optional(),
    latestValue: DecimalString.optional(),
    requiredRate: DecimalString.optional(),
    actualRate: DecimalString.optional(),
    ratio: DecimalString.optional(),
    progress: DecimalString.optional(),
    expectedValue: DecimalString.optional(),
    projectedValue: DecimalString.optional(),
    gap: DecimalString.optional(),
  })
  .catchall(DecimalString);
export type Figures = z.infer<typeof Figures>;

/** Ahead of or behind the required path at the as-of date. */
export const Schedule = z.strictObject({
  position: z.enum(["ahead", "behind", "on-path"]),
  valueDifference: DecimalString,
  monthsDifference: DecimalString.optional(),
});
export type Schedule = z.infer<typeof Schedule>;

/** Uncertainty from a fitted trend: an interval at the target year and a probability of meeting it. */
export const Outlook = z.strictObject({
  level: z.number().gt(0).lt(1),
  low: DecimalString,
  high: DecimalString,
  probability: z.number().min(0).max(1).optional(),
});
export type Outlook = z.infer<typeof Outlook>;

/** A problem met while evaluating: an ignored observation, a unit converted, a duplicate year. */
export const EvaluationIssue = z.strictObject({
  code: z.string().min(1),
  message: z.string(),
});
export type EvaluationIssue = z.infer<typeof EvaluationIssue>;

/** The verdict on one target at one date. */
export const Evaluation = z.strictObject({
  targetId: z.string().min(1),
  asOf: IsoDate,
  status: EvaluationStatus,
  method: MethodRef,
  figures: Figures,
  /** Decimal places the comparison was made at, and whether the result sits within rounding of a cut-off. */
  precision: z.strictObject({ decimals: z.int().min(0), nearThreshold: z.boolean() }).optional(),
  schedule: Schedule.optional(),
  outlook: Outlook.optional(),
  explanation: Bilingual,
  issues: z.array(EvaluationIssue).optional(),
});
export type Evaluation = z.infer<typeof Evaluation>;

export const FindingCode = z.enum([
  "milestone-rate-contradiction",
  "growth-claim-mismatch",
  "parts-exceed-total",
  "restatement-changed",
  "range-inverted",
  "base-after-target",
  "cumulative-inconsistent",
  "other",
]);
export type FindingCode = z.infer<typeof FindingCode>;

/** Something wrong or doubtful in the plan itself. */
export const Finding = z.strictObject({
  id: z.string().min(1),
  code: FindingCode,
  severity: z.enum(["info", "warning", "error"]),
  targetIds: z.array(z.string()),
  spans: z.array(SourceSpan),
  figures: z.record(z.string(), DecimalString),
  message: Bilingual,
});
export type Finding = z.infer<typeof Finding>;
