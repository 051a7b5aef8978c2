export {
  Attribute,
  Bilingual,
  Comparator,
  DECIMAL_PATTERN,
  DecimalString,
  Direction,
  IsoDate,
  NonNegativeDecimalString,
  Slug,
  Year,
} from "./primitives.js";
export { NormalisedUnit, Unit } from "./unit.js";
export { Quantity } from "./quantity.js";
export { Region, RegionLevel } from "./region.js";
export { Indicator, IndicatorRef, Measure } from "./indicator.js";
export { SourceSpan } from "./source-span.js";
export {
  AMBIGUITY_CODES,
  Ambiguity,
  AmbiguityCode,
  Base,
  Benchmark,
  Scope,
  TableCell,
  TARGET_KINDS,
  TargetKind,
  TargetYearBasis,
} from "./target-parts.js";
export {
  ComparativeTarget,
  CumulativeTarget,
  GrowthRateTarget,
  IncrementTarget,
  LevelTarget,
  MultipleTarget,
  PerYearTarget,
  QualitativeTarget,
  RangeTarget,
  ShareTarget,
  Target,
  TotalGrowthTarget,
} from "./target.js";
export type { TargetOf } from "./target.js";
export { GrowthClaim, Observation, ObservationPeriod, ObservationStatus, Vintage } from "./observation.js";
export { DocumentType, ParentPlan, Plan, SCHEMA_VERSION } from "./plan.js";
export {
  Evaluation,
  EvaluationIssue,
  EvaluationStatus,
  Figures,
  Finding,
  FindingCode,
  MethodRef,
  Outlook,
  Schedule,
} from "./evaluation.js";
export { SCHEMA_ISSUE_CODES, formatPath } from "./issue.js";
export type { SchemaIssue, SchemaIssueCode } from "./issue.js";
export { SchemaValidationError } from "./errors.js";
export type { SafeParseResult } from "./safe-parse.js";
export { parsePlan, safeParsePlan } from "./parse-plan.js";
export type { ParsePlanOptions } from "./parse-plan.js";
export { parseObservation, safeParseObservation } from "./parse-observation.js";
export { parseObservations, safeParseObservations } from "./parse-observations.js";
export { parseEvaluation, safeParseEvaluation } from "./parse-evaluation.js";
export { checkPlanSpans } from "./check-spans.js";
export type { CheckSpansOptions } from "./check-spans.js";
export { COUNT_UNITS } from "./count-units.js";
export { findForbiddenKeys } from "./forbidden-keys.js";
export { shiftDecimal } from "./shift-decimal.js";
export { PUBLISHED_SCHEMAS, jsonSchemas } from "./json-schemas.js";
