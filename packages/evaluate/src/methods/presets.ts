import type { EvaluationStatus, MethodRef } from "@guihua/schema";
import { EvaluateError } from "../errors.js";

/**
 * What a method measures (methods.md §3):
 * - `rate-ratio`: d · actual pace / |required pace| (Statistics Canada, Open SDG);
 * - `projected-progress`: (projected at the target year − base) / (target − base) (UN SDG progress chart);
 * - `gap-deviation`: shortfall of the projection from the mean change of recent years, as a share of the
 *   remaining gap (Destatis); lower is better;
 * - `status-index-ratio`: ESCAP's current status index 10 · d · (latest − base) / |target − base| (capped at 10)
 *   over the index the elapsed share of the period calls for;
 * - `progress-ratio`: share of the way covered over share of the time elapsed, uncapped.
 */
export const MEASURES = [
  "rate-ratio",
  "projected-progress",
  "gap-deviation",
  "status-index-ratio",
  "progress-ratio",
] as const;
export type Measure = (typeof MEASURES)[number];

export const METHOD_IDS = ["statcan", "unsd", "destatis", "escap-csi", "thresholds"] as const;
export type MethodId = (typeof METHOD_IDS)[number];

/** A method chosen by name, with optional parameter overrides: `{ id: "statcan", parameters: { onTrack: 0.9 } }`. */
export interface MethodSpec {
  id: MethodId;
  parameters?: Partial<MethodParameters>;
}

export interface MethodParameters {
  measure: Measure;
  /** Score at or beyond which a target is on track. */
  onTrack: number;
  /** Score at or beyond which acceleration is needed (below it: off track). */
  accelerationNeeded: number;
  /** For `gap-deviation`, lower scores are better and the cut-offs are upper bounds. */
  lowerIsBetter: boolean;
  /** Status given to movement in the wrong direction. */
  wrongDirection: "deteriorating" | "off-track";
  /** Relative tolerance for 左右 (approximately): 0.05 accepts 95 for "100左右". */
  approximateTolerance: number;
  /** Years of recent change a `gap-deviation` projection averages. */
  window: number;
}

const COMMON = {
  approximateTolerance: 0.05,
  window: 5,
  lowerIsBetter: false,
  wrongDirection: "deteriorating",
} as const;

/** The named presets with their published cut-offs. */
export const METHOD_PRESETS: Record<Exclude<MethodId, "thresholds">, MethodParameters> = {
  statcan: { ...COMMON, measure: "rate-ratio", onTrack: 0.95, accelerationNeeded: 0.6 },
  unsd: { ...COMMON, measure: "projected-progress", onTrack: 0.95, accelerationNeeded: 0.1 },
  destatis: {
    ...COMMON,
    measure: "gap-deviation",
    onTrack: 0.05,
    accelerationNeeded: 0.2,
    lowerIsBetter: true,
    wrongDirection: "off-track",
  },
  "escap-csi": { ...COMMON, measure: "status-index-ratio", onTrack: 0.95, accelerationNeeded: 0.5 },
};

export interface ResolvedMethod extends MethodParameters {
  id: MethodId;
  ref: MethodRef;
}

const cache = new Map<string, ResolvedMethod>();

/**
 * Resolves a method name or spec to its full parameters. `thresholds` is the custom method: it needs
 * `onTrack` and `accelerationNeeded`, and measures `rate-ratio` unless told otherwise.
 */
export function resolveMethod(method: MethodId | MethodSpec | undefined): ResolvedMethod {
  const spec: MethodSpec =
    method === undefined ? { id: "statcan" } : typeof method === "string" ? { id: method } : method;
  const cacheKey = typeof method === "string" || method === undefined ? spec.id : undefined;
  if (cacheKey !== undefined) {
    const hit = cache.get(cacheKey);
    if (hit) return hit;
  }
  if (!(METHOD_IDS as readonly string[]).includes(spec.id)) {
    throw new EvaluateError(
      "GUIHUA_EVALUATE_UNKNOWN_METHOD",
      `unknown method "${String(spec.id)}"; choose one of ${METHOD_IDS.join(", ")}`,
      { method: String(spec.id) },
    );
  }
  const preset: Partial<MethodParameters> =
    spec.id === "thresholds" ? { ...COMMON, measure: "rate-ratio" } : METHOD_PRESETS[spec.id];
  const merged = { ...preset, ...stripUndefined(spec.parameters ?? {}) };
  const parameters = validate(spec.id, merged);
  const ref: MethodRef = { id: spec.id, parameters: { ...parameters } };
  const resolved: ResolvedMethod = { ...parameters, id: spec.id, ref };
  if (cacheKey !== undefined) cache.set(cacheKey, resolved);
  return resolved;
}

function stripUndefined(parameters: Partial<MethodParameters>): Partial<MethodParameters> {
  return Object.fromEntries(Object.entries(parameters).filter(([, value]) => value !== undefined));
}

function invalid(method: string, message: string): never {
  throw new EvaluateError("GUIHUA_EVALUATE_INVALID_METHOD_PARAMETER", `method ${method}: ${message}`, {
    method,
  });
}

function validate(id: string, parameters: Partial<MethodParameters>): MethodParameters {
  const {
    measure,
    onTrack,
    accelerationNeeded,
    lowerIsBetter,
    wrongDirection,
    approximateTolerance,
    window,
  } = parameters;
  if (measure === undefined || !(MEASURES as readonly string[]).includes(measure)) {
    invalid(id, `measure must be one of ${MEASURES.join(", ")}, got ${String(measure)}`);
  }
  if (typeof onTrack !== "number" || !Number.isFinite(onTrack))
    invalid(id, "onTrack must be a finite number");
  if (typeof accelerationNeeded !== "number" || !Number.isFinite(accelerationNeeded)) {
    invalid(id, "accelerationNeeded must be a finite number");
  }
  const lower = lowerIsBetter ?? measure === "gap-deviation";
  if (lower ? onTrack > accelerationNeeded : onTrack < accelerationNeeded) {
    invalid(id, `cut-offs out of order: onTrack ${onTrack}, accelerationNeeded ${accelerationNeeded}`);
  }
  const tolerance = approximateTolerance ?? COMMON.approximateTolerance;
  if (!(tolerance >= 0 && tolerance < 1)) invalid(id, "approximateTolerance must lie in [0, 1)");
  const years = window ?? COMMON.window;
  if (!(years > 0)) invalid(id, "window must be positive");
  return {
    measure,
    onTrack,
    accelerationNeeded,
    lowerIsBetter: lower,
    wrongDirection: wrongDirection ?? (lower ? "off-track" : "deteriorating"),
    approximateTolerance: tolerance,
    window: years,
  };
}

/** The status a score earns under a method; `wrong` is movement away from the target. */
export function classify(method: MethodParameters, score: number, wrong: boolean): EvaluationStatus {
  if (method.lowerIsBetter) {
    if (wrong) return method.wrongDirection;
    if (score <= method.onTrack) return "on-track";
    if (score <= method.accelerationNeeded) return "acceleration-needed";
    return "off-track";
  }
  if (score >= method.onTrack) return "on-track";
  if (score >= method.accelerationNeeded) return "acceleration-needed";
  if (score >= 0 && !wrong) return "off-track";
  return method.wrongDirection;
}

/** Whether a score sits within rounding (two decimals) of one of the method's cut-offs. */
export function nearCutOff(method: MethodParameters, score: number): boolean {
  const cut = closestCut(method, score);
  return cut !== undefined && Math.abs(score - cut) < SCORE_ROUNDING;
}

/** Half a unit of the third decimal, the precision a score is shown at: a score this close rounds onto the line. */
export const SCORE_ROUNDING = 0.0005;

/** The cut-off within 0.005 of a score (close enough that two decimals would hide its side), if any. */
export function closestCut(method: MethodParameters, score: number): number | undefined {
  let closest: number | undefined;
  for (const cut of method.lowerIsBetter
    ? [method.onTrack, method.accelerationNeeded]
    : [method.onTrack, method.accelerationNeeded, 0]) {
    if (
      Math.abs(score - cut) < 0.005 &&
      (closest === undefined || Math.abs(score - cut) < Math.abs(score - closest))
    )
      closest = cut;
  }
  return closest;
}
