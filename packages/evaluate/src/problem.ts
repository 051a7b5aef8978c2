import type { Comparator, EvaluationIssue, TargetKind } from "@guihua/schema";
import type { SeriesPoint } from "./select-series.js";

/**
 * Every numeric target kind reduced to one shape: a value that should move from a base toward a line by a
 * target year. Level, share, range, growth-rate, total-growth, multiple, increment and comparative targets map
 * onto it directly; cumulative and per-year targets through their running totals.
 */
export interface Problem<N> {
  kind: TargetKind;
  /** +1 when the indicator should rise, -1 when it should fall. */
  direction: 1 | -1;
  /** The required path: compound growth, or a straight line (shares, running totals, non-positive values). */
  path: "compound" | "linear";
  comparator: Comparator;
  base: { time: number; value: N; fromPlan: boolean };
  targetTime: number;
  /** The value to reach (a range's near end). */
  line: N;
  /** A range's far end. */
  high?: N;
  /** A growth-rate target's stated rate as a fraction. */
  statedRate?: N;
  /** Observations after the base and up to the target year, in the series unit. */
  points: SeriesPoint<N>[];
  /** Natural limits of the indicator (a share lies in 0..100). */
  bounds?: readonly [number, number];
  display: Display;
  /** Half a unit of the last decimal the line was written with, in series units. */
  halfUnit: N;
  /** Decimals the line was written with (in its written unit). */
  decimals: number;
  /** Decimals of a stated rate, in percent. */
  rateDecimals?: number;
  figures: Record<string, string>;
  issues: EvaluationIssue[];
  /** The level is a percentage that moves in percentage points (a share, or 提高3个百分点). */
  inPoints?: boolean;
  /** A per-year target's years that missed the yearly requirement, and years of the period with no flow. */
  yearly?: { missed: { year: number; text: string }[]; unobserved: number[] };
  /** Words for the explanation: what is measured ("累计", "每年") and how. */
  flavour: "level" | "rate" | "change" | "running-total" | "benchmark";
}

/** How values are shown to a person: 3096000000 元 → 30.96亿元. */
export interface Display {
  /** Divide by 10^power before showing. */
  power: number;
  label: string;
  decimals: number;
}

/** A verdict reached before any trend is needed (qualitative, missing data, a per-year shortfall). */
export interface EarlyResult {
  status: "not-evaluable" | "insufficient-data";
  reason: { zh: string; en: string };
  issues: EvaluationIssue[];
  figures?: Record<string, string>;
}
