import type { EvaluationIssue, IndicatorRef, Observation } from "@guihua/schema";
import { shiftDecimal } from "@guihua/schema";
import type { Engine } from "./engine/types.js";
import { regionLevelKey, sameIndicator, sameRegion } from "./matching.js";
import { dateOfPeriod, labelOfTime, timeOfPeriod } from "./time.js";
import { canonicalUnit, conversionPower, type CanonicalUnit } from "./units.js";

/** One point of an indicator's series, in the reference unit. */
export interface SeriesPoint<N> {
  time: number;
  value: N;
  /** The value as a decimal string in the reference unit. */
  text: string;
  observation?: Observation;
  /** A running total (`cumulativeFrom` set, or 累计 in the indicator's name). */
  runningTotal?: boolean;
}

export interface Series<N> {
  points: SeriesPoint<N>[];
  unit: CanonicalUnit | undefined;
  region: string | undefined;
  issues: EvaluationIssue[];
}

export interface SelectOptions {
  indicator: IndicatorRef;
  /** Keep only this region; when absent, the region of the first matching observation. */
  region?: string;
  /** The unit values are converted to; when absent, the unit of the first kept observation. */
  unit?: CanonicalUnit;
  /** Observations after this time were not known at the as-of date. */
  asOfTime: number;
  /** Regions that are expected and ignored silently (a comparative target's benchmark). */
  silentRegions?: readonly string[];
  /** Skip the indicator test: the caller has already grouped by indicator. */
  indicatorChecked?: boolean;
}

// 累计申请专利1.8万件 is a running total even when its start year was not recorded.
const RUNNING_TOTAL = /累[计計]/;
const STATUS_RANK: Record<Observation["status"], number> = {
  estimated: 0,
  provisional: 1,
  final: 2,
  revised: 3,
};
// Float noise on the year-end time line: two readings within a day are the same period.
const SAME_TIME = 1 / 730;

/**
 * The observations of one indicator in one region up to the as-of date, in one unit, one per period.
 * Everything left out is reported as an issue rather than dropped silently.
 */
export function selectSeries<N>(
  engine: Engine<N>,
  observations: readonly Observation[],
  options: SelectOptions,
): Series<N> {
  const issues: EvaluationIssue[] = [];
  // Problems are collected lazily: the common case has none, and this runs once per target.
  let otherIndicators: Set<string> | undefined;
  let otherRegions: Set<string> | undefined;
  let later: string[] | undefined;
  let mismatched: string[] | undefined;
  let converted: Set<string> | undefined;
  let bounds: string[] | undefined;
  // 沈阳 and 沈阳市 are one place; 吉林省 and 吉林市 are two.
  const silent = options.silentRegions?.map(regionLevelKey);
  let wantedRegion = options.region === undefined ? undefined : regionLevelKey(options.region);
  let regionName = options.region;
  let unit = options.unit;
  const kept: SeriesPoint<N>[] = [];
  // A series repeats its region and indicator name: each is keyed / tested once per change, not per reading.
  let lastRegion: string | undefined;
  let lastKey = "";
  let lastName: string | undefined;
  let lastRunning = false;
  let lastUnitBase: string | undefined;
  let lastPower: number | undefined;

  for (const observation of observations) {
    if (!options.indicatorChecked && !sameIndicator(options.indicator, observation.indicator)) {
      (otherIndicators ??= new Set()).add(observation.indicator.name);
      continue;
    }
    if (observation.region !== lastRegion) {
      lastRegion = observation.region;
      lastKey = regionLevelKey(lastRegion);
    }
    const key = lastKey;
    const isSilent = silent !== undefined && silent.some((name) => sameRegion(name, key));
    if (wantedRegion === undefined && !isSilent) {
      wantedRegion = key;
      regionName = observation.region;
    }
    if (key !== wantedRegion && (wantedRegion === undefined || !sameRegion(key, wantedRegion))) {
      if (!isSilent) (otherRegions ??= new Set()).add(observation.region);
      continue;
    }
    // A bare name (吉林) takes the level of the first reading that states one (吉林市): 吉林省 is then another place.
    if (key !== wantedRegion && wantedRegion !== undefined && wantedRegion.endsWith("\u0000")) {
      wantedRegion = key;
      regionName = observation.region;
    }
    const time = timeOfPeriod(observation.period);
    if (time > options.asOfTime + SAME_TIME) {
      (later ??= []).push(dateOfPeriod(observation.period));
      continue;
    }
    const unitBase = observation.unit.base;
    if (unitBase !== lastUnitBase || unit === undefined) {
      lastUnitBase = unitBase;
      const observed = canonicalUnit(unitBase);
      unit ??= observed;
      lastPower = conversionPower(observed, unit);
    }
    const power = lastPower;
    if (power === undefined) {
      (mismatched ??= []).push(`${dateOfPeriod(observation.period)} (${observation.unit.base})`);
      continue;
    }
    let text = observation.value;
    if (power !== 0) {
      text = shiftDecimal(text, power);
      (converted ??= new Set()).add(`${observation.unit.base} → ${unit.measure} ×10^${power}`);
    }
    if (observation.comparator !== undefined && observation.comparator !== "=") {
      (bounds ??= []).push(
        `${dateOfPeriod(observation.period)} ${observation.comparator}${observation.value}`,
      );
    }
    const name = observation.indicator.name;
    if (name !== lastName) {
      lastName = name;
      lastRunning = RUNNING_TOTAL.test(name);
    }
    kept.push({
      time,
      value: engine.from(text),
      text,
      observation,
      runningTotal:
        observation.cumulativeFrom !== undefined || observation.cumulative === true || lastRunning,
    });
  }

  if (otherIndicators) {
    issues.push({
      code: "other-indicator-ignored",
      message: `ignored observations of other indicators: ${[...otherIndicators].join(", ")}`,
    });
  }
  if (otherRegions) {
    issues.push({
      code: "other-region-ignored",
      message: `ignored observations of other regions (evaluating ${regionName}): ${[...otherRegions].join(", ")}`,
    });
  }
  if (later) {
    issues.push({
      code: "after-as-of-ignored",
      message: `ignored observations after the as-of date: ${later.join(", ")}`,
    });
  }
  if (mismatched) {
    issues.push({
      code: "unit-mismatch-ignored",
      message: `ignored observations whose unit cannot be converted to ${unit?.measure}: ${mismatched.join(", ")}`,
    });
  }
  if (converted) {
    issues.push({
      code: "unit-converted",
      message: `converted through the unit multiplier: ${[...converted].join(", ")}`,
    });
  }
  if (bounds) {
    issues.push({
      code: "bound-observation",
      message: `observations that are bounds, read as values: ${bounds.join(", ")}`,
    });
  }

  let sorted = true;
  for (let index = 1; index < kept.length && sorted; index++)
    sorted = kept[index - 1]!.time < kept[index]!.time;
  const points = sorted
    ? kept
    : mergeDuplicates(
        engine,
        kept.sort((a, b) => a.time - b.time),
        issues,
      );
  return { points, unit, region: regionName, issues };
}

function mergeDuplicates<N>(
  engine: Engine<N>,
  sorted: SeriesPoint<N>[],
  issues: EvaluationIssue[],
): SeriesPoint<N>[] {
  const points: SeriesPoint<N>[] = [];
  for (const point of sorted) {
    const previous = points[points.length - 1];
    if (previous === undefined || point.time - previous.time > SAME_TIME) {
      points.push(point);
      continue;
    }
    const keep = prefer(previous, point);
    if (engine.cmp(previous.value, point.value) === 0) {
      issues.push({
        code: "duplicate-period",
        message: `${labelOfTime(point.time)}: identical observations merged`,
      });
    } else {
      const reason = preferenceReason(previous, point, keep);
      issues.push({
        code: "duplicate-period",
        message: `${labelOfTime(point.time)}: observations differ (${previous.text}, ${point.text}); kept ${keep.text} (${reason})`,
      });
    }
    points[points.length - 1] = keep;
  }
  return points;
}

/** Why `keep` won: a better status, a later publication, or only its place in the input. */
function preferenceReason<N>(a: SeriesPoint<N>, b: SeriesPoint<N>, keep: SeriesPoint<N>): string {
  const other = keep === a ? b : a;
  const rank = (point: SeriesPoint<N>) => (point.observation ? STATUS_RANK[point.observation.status] : -1);
  if (rank(keep) !== rank(other)) return `status ${keep.observation?.status ?? "unknown"}`;
  const published = keep.observation?.vintage.publishedOn;
  if (published !== undefined && published !== (other.observation?.vintage.publishedOn ?? ""))
    return `published later, ${published}`;
  return "later in the input";
}

function prefer<N>(a: SeriesPoint<N>, b: SeriesPoint<N>): SeriesPoint<N> {
  const rankA = a.observation ? STATUS_RANK[a.observation.status] : -1;
  const rankB = b.observation ? STATUS_RANK[b.observation.status] : -1;
  if (rankA !== rankB) return rankA > rankB ? a : b;
  const publishedA = a.observation?.vintage.publishedOn ?? "";
  const publishedB = b.observation?.vintage.publishedOn ?? "";
  if (publishedA !== publishedB) return publishedA > publishedB ? a : b;
  return b;
}
