import type {
  ComparativeTarget,
  CumulativeTarget,
  EvaluationIssue,
  NormalisedUnit,
  Observation,
  PerYearTarget,
  Target,
} from "@guihua/schema";
import { shiftDecimal } from "@guihua/schema";
import { baseOf } from "./base-of.js";
import type { Engine } from "./engine/types.js";
import type { Display, EarlyResult, Problem } from "./problem.js";
import { labelOfTime } from "./time.js";
import { selectSeries, type Series, type SeriesPoint } from "./select-series.js";
import { canonicalUnit, conversionPower, type CanonicalUnit } from "./units.js";

const SAME_TIME = 1 / 730;
const PLAIN_NUMBER = /^-?\d+(?:\.(\d+))?$/;
const PREFIX: Record<number, string> = { 4: "万", 8: "亿", 3: "千" };

export interface BuildContext {
  asOfTime: number;
  region: string | undefined;
  indicatorChecked: boolean;
}

type NumericTarget = Exclude<Target, { kind: "qualitative" }>;

/** Decimals a number was written with: "1.2" → 1, "20000" → 0, "一千二百" → 0. */
export function decimalsOf(text: string | undefined): number {
  const match = text === undefined ? null : PLAIN_NUMBER.exec(text.trim());
  return match?.[1]?.length ?? 0;
}

function displayOf(unitAsWritten: string, unit: NormalisedUnit | undefined, decimals: number): Display {
  const multiplier = unit?.multiplier ?? 0;
  const label = unitAsWritten !== "" ? unitAsWritten : `${PREFIX[multiplier] ?? ""}${unit?.base ?? ""}`;
  return { power: multiplier - canonicalUnit(unit?.base ?? "").power, label, decimals };
}

const halfUnits = new WeakMap<object, Map<number, unknown>>();

/** Half a unit of the last decimal written, in series units (cached per engine: one per precision). */
function halfUnitOf<N>(engine: Engine<N>, decimals: number, display: Display): N {
  const power = display.power - decimals - 1;
  let cache = halfUnits.get(engine);
  if (cache === undefined) halfUnits.set(engine, (cache = new Map()));
  let value = cache.get(power) as N | undefined;
  if (value === undefined) {
    value = engine.from(shiftDecimal("5", power));
    cache.set(power, value);
  }
  return value;
}

function insufficient(reason: EarlyResult["reason"], issues: EvaluationIssue[]): EarlyResult {
  return { status: "insufficient-data", reason, issues };
}

/** Converts a decimal string from one unit to the series unit, or reports why it cannot. */
function convert(
  text: string,
  from: NormalisedUnit | undefined,
  to: CanonicalUnit | undefined,
): string | undefined {
  if (from === undefined || to === undefined) return text;
  const power = conversionPower(canonicalUnit(from.base), to);
  if (power === undefined) return undefined;
  return power === 0 ? text : shiftDecimal(text, power);
}

interface ResolvedBase<N> {
  time: number;
  value: N;
  fromPlan: boolean;
}

function resolveBase<N>(
  engine: Engine<N>,
  target: NumericTarget,
  series: Series<N>,
  issues: EvaluationIssue[],
): ResolvedBase<N> | undefined {
  const base = baseOf(target);
  if (base?.value !== undefined) {
    const text = convert(base.value, base.unit, series.unit);
    if (text === undefined) {
      issues.push({
        code: "unit-mismatch-ignored",
        message: `base unit ${base.unit?.base} differs from the series unit`,
      });
    } else {
      return { time: base.year, value: engine.from(text), fromPlan: true };
    }
  }
  if (base !== undefined) {
    const point = series.points.find((candidate) => Math.abs(candidate.time - base.year) <= SAME_TIME);
    if (point) return { time: point.time, value: point.value, fromPlan: false };
    issues.push({ code: "missing-base", message: `no value for the base year ${base.year}` });
    return undefined;
  }
  const first = series.points[0];
  if (first) {
    issues.push({
      code: "base-from-first-observation",
      message: `no base stated: the first observation (${labelOfTime(first.time)}) serves as base`,
    });
    return { time: first.time, value: first.value, fromPlan: false };
  }
  return undefined;
}

function pointsBetween<N>(
  series: Series<N>,
  from: number,
  to: number,
  issues: EvaluationIssue[],
): SeriesPoint<N>[] {
  const all = series.points;
  // The common case keeps every point: no copy.
  const first = all[0];
  const last = all[all.length - 1];
  if (first === undefined || (first.time > from + SAME_TIME && last!.time <= to + SAME_TIME)) return all;
  const points: SeriesPoint<N>[] = [];
  let after = 0;
  for (const point of all) {
    if (point.time <= from + SAME_TIME) continue;
    if (point.time > to + SAME_TIME) {
      after++;
      continue;
    }
    points.push(point);
  }
  if (after > 0) {
    issues.push({
      code: "after-target-year-ignored",
      message: `${after} observation(s) after the target year left out of the verdict`,
    });
  }
  return points;
}

function direction(target: Target): 1 | -1 {
  return target.direction === "decrease" ? -1 : 1;
}

/** Reduces a numeric target and its observations to a {@link Problem}, or an early verdict. */
export function buildProblem<N>(
  engine: Engine<N>,
  target: NumericTarget,
  observations: readonly Observation[],
  context: BuildContext,
): Problem<N> | EarlyResult {
  switch (target.kind) {
    case "level":
    case "share":
    case "range":
    case "increment":
      return levelProblem(engine, target, observations, context);
    case "growth-rate":
    case "total-growth":
    case "multiple":
      return relativeProblem(engine, target, observations, context);
    case "cumulative":
      return cumulativeProblem(engine, target, observations, context);
    case "per-year":
      return perYearProblem(engine, target, observations, context);
    case "comparative":
      return comparativeProblem(engine, target, observations, context);
  }
}

function levelProblem<N>(
  engine: Engine<N>,
  target: Extract<NumericTarget, { kind: "level" | "share" | "range" | "increment" }>,
  observations: readonly Observation[],
  context: BuildContext,
): Problem<N> | EarlyResult {
  const unit = canonicalUnit(target.unit.base);
  const series = selectSeries(engine, observations, {
    indicator: target.indicator,
    region: context.region,
    unit,
    asOfTime: context.asOfTime,
    indicatorChecked: context.indicatorChecked,
  });
  const issues = series.issues;
  const base = resolveBase(engine, target, series, issues);
  const decimals = decimalsOf(target.valueAsWritten);
  const display = displayOf(target.unitAsWritten, target.unit, decimals);
  if (base === undefined) {
    return insufficient({ zh: "没有基期值或观测值", en: "no base value and no observations" }, issues);
  }
  const d = direction(target);
  const figures: Record<string, string> = {};
  let line = engine.from(target.value);
  let high: N | undefined = target.kind === "range" ? engine.from(target.valueHigh) : undefined;
  if (target.kind === "increment") {
    figures.targetIncrement = target.value;
    line = engine.add(base.value, engine.mul(engine.from(d), line));
    if (target.valueHigh !== undefined) {
      issues.push({
        code: "increment-range-low-end",
        message: `an increment of ${target.value}~${target.valueHigh} is judged at its low end`,
      });
    }
  }
  const share = target.kind === "share";
  if (share && target.valueHigh !== undefined) high = engine.from(target.valueHigh);
  return {
    kind: target.kind,
    direction: d,
    // Shares move in percentage points and increments are counted: both follow a straight required path.
    path: share || target.kind === "increment" ? "linear" : "compound",
    comparator: target.comparator,
    base,
    targetTime: target.targetYear,
    line,
    high,
    points: pointsBetween(series, base.time, target.targetYear, issues),
    bounds: share ? [0, 100] : undefined,
    display,
    halfUnit: halfUnitOf(engine, decimals, display),
    decimals,
    figures,
    issues,
    flavour: target.kind === "increment" ? "change" : "level",
  };
}

function relativeProblem<N>(
  engine: Engine<N>,
  target: Extract<NumericTarget, { kind: "growth-rate" | "total-growth" | "multiple" }>,
  observations: readonly Observation[],
  context: BuildContext,
): Problem<N> | EarlyResult {
  const unit = target.base?.unit ? canonicalUnit(target.base.unit.base) : undefined;
  const series = selectSeries(engine, observations, {
    indicator: target.indicator,
    region: context.region,
    unit,
    asOfTime: context.asOfTime,
    indicatorChecked: context.indicatorChecked,
  });
  const issues = series.issues;
  const base = resolveBase(engine, target, series, issues);
  const levelUnit =
    target.base?.unit ?? (series.unit ? { base: series.unit.measure, multiplier: 0 } : undefined);
  const display = displayOf("", levelUnit, 2);
  if (base === undefined) {
    return insufficient(
      { zh: "没有基期值, 无法推算目标水平", en: "no base value, so the implied level is unknown" },
      issues,
    );
  }
  const d = direction(target);
  const span = target.targetYear - base.time;
  const one = engine.from(1);
  const figures: Record<string, string> = {};
  let line: N;
  let statedRate: N | undefined;
  if (target.kind === "growth-rate") {
    let rate = engine.div(engine.from(target.value), engine.from(100));
    if (d === -1 && engine.sign(rate) > 0) {
      rate = engine.neg(rate);
      issues.push({
        code: "rate-sign-from-direction",
        message: `a falling indicator: 年均${target.value}% read as a yearly fall`,
      });
    }
    statedRate = rate;
    line = engine.mul(base.value, engine.pow(engine.add(one, rate), span));
  } else if (target.kind === "total-growth") {
    const growth = engine.div(engine.from(target.value), engine.from(100));
    figures.statedGrowth = engine.toDecimalString(growth);
    line = engine.mul(
      base.value,
      engine.add(one, d === -1 && engine.sign(growth) > 0 ? engine.neg(growth) : growth),
    );
  } else {
    figures.statedMultiple = target.value;
    line = engine.mul(base.value, engine.from(target.value));
  }
  return {
    kind: target.kind,
    direction: d,
    path: "compound",
    comparator: target.comparator,
    base,
    targetTime: target.targetYear,
    line,
    statedRate,
    points: pointsBetween(series, base.time, target.targetYear, issues),
    display,
    halfUnit: engine.from(0),
    decimals: decimalsOf(target.valueAsWritten),
    rateDecimals: decimalsOf(target.valueAsWritten),
    figures,
    issues,
    flavour: target.kind === "growth-rate" ? "rate" : "level",
  };
}

function flowSeries<N>(
  engine: Engine<N>,
  target: CumulativeTarget | PerYearTarget,
  observations: readonly Observation[],
  context: BuildContext,
): Series<N> {
  return selectSeries(engine, observations, {
    indicator: target.indicator,
    region: context.region,
    unit: canonicalUnit(target.unit.base),
    asOfTime: context.asOfTime,
    indicatorChecked: context.indicatorChecked,
  });
}

/** Running totals of yearly flows from `start`, or the running totals as observed. */
function runningTotals<N>(
  engine: Engine<N>,
  series: Series<N>,
  start: number | undefined,
  issues: EvaluationIssue[],
): { points: SeriesPoint<N>[]; start: number | undefined; base?: SeriesPoint<N> } {
  const totals = series.points.filter((point) => point.runningTotal);
  if (totals.length > 0) {
    if (totals.length < series.points.length) {
      issues.push({
        code: "mixed-running-totals",
        message: "yearly flows ignored: the series also has running totals",
      });
    }
    const from = start ?? totals[0]?.observation?.cumulativeFrom;
    if (from === undefined) {
      issues.push({
        code: "period-start-unknown",
        message: "the period start is unknown: the first running total serves as base",
      });
      return { points: totals.slice(1), start: undefined, base: totals[0] };
    }
    return { points: totals.filter((point) => point.time > from - 1 + SAME_TIME), start: from };
  }
  const first = series.points[0];
  const from = start ?? (first ? Math.ceil(first.time - SAME_TIME) : undefined);
  if (start === undefined && first) {
    issues.push({
      code: "period-start-unknown",
      message: `the period start is unknown: flows summed from ${from}`,
    });
  }
  if (from === undefined) return { points: [], start: undefined };
  let sum = engine.from(0);
  let expectedYear = from;
  const points: SeriesPoint<N>[] = [];
  const missing: number[] = [];
  for (const point of series.points) {
    if (point.time <= from - 1 + SAME_TIME) continue;
    const year = Math.ceil(point.time - SAME_TIME);
    for (; expectedYear < year; expectedYear++) missing.push(expectedYear);
    expectedYear = year + 1;
    sum = engine.add(sum, point.value);
    points.push({ ...point, value: sum, text: engine.toDecimalString(sum), runningTotal: true });
  }
  if (missing.length > 0) {
    issues.push({
      code: "missing-flow-years",
      message: `no flow observed for ${missing.join(", ")}: the running total understates`,
    });
  }
  return { points, start: from };
}

function cumulativeProblem<N>(
  engine: Engine<N>,
  target: CumulativeTarget,
  observations: readonly Observation[],
  context: BuildContext,
): Problem<N> | EarlyResult {
  const series = flowSeries(engine, target, observations, context);
  const issues = series.issues;
  const start = target.period?.start ?? (target.base ? target.base.year + 1 : undefined);
  const end = target.period?.end ?? target.targetYear;
  const totals = runningTotals(engine, series, start, issues);
  const decimals = decimalsOf(target.valueAsWritten);
  const display = displayOf(target.unitAsWritten, target.unit, decimals);
  const base =
    totals.base !== undefined
      ? { time: totals.base.time, value: totals.base.value, fromPlan: false }
      : totals.start !== undefined
        ? { time: totals.start - 1, value: engine.from(0), fromPlan: false }
        : undefined;
  if (base === undefined) {
    return insufficient({ zh: "没有流量或累计观测值", en: "no flows or running totals observed" }, issues);
  }
  const points = pointsBetween({ ...series, points: totals.points }, base.time, end, issues);
  const figures: Record<string, string> = {};
  const latest = points[points.length - 1];
  if (latest && latest.time < end - SAME_TIME) {
    const remaining = engine.sub(engine.from(target.value), latest.value);
    figures.requiredFlowPerYear = engine.toDecimalString(
      engine.div(remaining, engine.from(end - latest.time)),
    );
  }
  if (totals.start !== undefined) figures.periodStart = String(totals.start);
  return {
    kind: "cumulative",
    direction: direction(target),
    path: "linear",
    comparator: target.comparator,
    base,
    targetTime: end,
    line: engine.from(target.value),
    points,
    display,
    halfUnit: halfUnitOf(engine, decimals, display),
    decimals,
    figures,
    issues,
    flavour: "running-total",
  };
}

function perYearProblem<N>(
  engine: Engine<N>,
  target: PerYearTarget,
  observations: readonly Observation[],
  context: BuildContext,
): Problem<N> | EarlyResult {
  const series = flowSeries(engine, target, observations, context);
  const issues = series.issues;
  const first = series.points[0];
  const start =
    target.period?.start ??
    (target.base ? target.base.year + 1 : first ? Math.ceil(first.time - SAME_TIME) : undefined);
  const end = target.period?.end ?? target.targetYear;
  if (start === undefined) {
    return insufficient({ zh: "没有年度流量观测值", en: "no yearly flows observed" }, issues);
  }
  const years = end - start + 1;
  const flows = series.points.filter(
    (point) => point.time > start - 1 + SAME_TIME && point.time <= end + SAME_TIME,
  );
  const totals = runningTotals(engine, { ...series, points: flows }, start, issues);
  const decimals = decimalsOf(target.valueAsWritten);
  const display = displayOf(target.unitAsWritten, target.unit, decimals);
  const each = engine.from(target.value);
  const figures: Record<string, string> = {
    yearsInPeriod: String(years),
    yearsObserved: String(flows.length),
  };
  let met = 0;
  let sum = engine.from(0);
  for (const flow of flows) {
    sum = engine.add(sum, flow.value);
    if (meetsFlow(engine, target, flow.value, each)) met++;
  }
  figures.yearsMet = String(met);
  if (flows.length > 0) figures.meanFlow = engine.toDecimalString(engine.div(sum, engine.from(flows.length)));
  return {
    kind: "per-year",
    direction: direction(target),
    path: "linear",
    comparator: target.comparator,
    base: { time: start - 1, value: engine.from(0), fromPlan: false },
    targetTime: end,
    line: engine.mul(each, engine.from(years)),
    points: totals.points,
    display,
    halfUnit: engine.mul(halfUnitOf(engine, decimals, display), engine.from(years)),
    decimals,
    figures,
    issues,
    flavour: "running-total",
  };
}

/** Whether one year's flow meets a per-year target. */
export function meetsFlow<N>(engine: Engine<N>, target: PerYearTarget, flow: N, each: N): boolean {
  const order = engine.cmp(flow, each);
  switch (target.comparator) {
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    case "<":
      return order < 0;
    case "~":
      return engine.cmp(flow, engine.mul(each, engine.from(0.95))) >= 0;
    default:
      return target.direction === "decrease" ? order <= 0 : order >= 0;
  }
}

function comparativeProblem<N>(
  engine: Engine<N>,
  target: ComparativeTarget,
  observations: readonly Observation[],
  context: BuildContext,
): Problem<N> | EarlyResult {
  const benchmarkRegion = target.benchmark.region ?? target.benchmark.group;
  if (benchmarkRegion === undefined) {
    return {
      status: "not-evaluable",
      reason: {
        zh: `比较基准“${target.benchmark.description}”没有对应的地区或群体数据`,
        en: `the benchmark "${target.benchmark.description}" names no region or group with data`,
      },
      issues: [],
    };
  }
  const unit = target.unit ? canonicalUnit(target.unit.base) : undefined;
  const own = selectSeries(engine, observations, {
    indicator: target.indicator,
    region: context.region,
    unit,
    asOfTime: context.asOfTime,
    silentRegions: [benchmarkRegion],
    indicatorChecked: context.indicatorChecked,
  });
  const benchmark = selectSeries(engine, observations, {
    indicator: target.indicator,
    region: benchmarkRegion,
    unit: own.unit ?? unit,
    asOfTime: context.asOfTime,
    silentRegions: own.region === undefined ? [] : [own.region],
    indicatorChecked: context.indicatorChecked,
  });
  const issues = [...own.issues, ...benchmark.issues];
  const benchmarkAt = new Map(benchmark.points.map((point) => [Math.round(point.time * 1000), point]));
  const common = own.points.filter(
    (point) => benchmarkAt.has(Math.round(point.time * 1000)) && point.time <= target.targetYear + SAME_TIME,
  );
  const lastCommon = common[common.length - 1];
  const firstOwn = own.points[0];
  const display = displayOf(target.unitAsWritten ?? "", target.unit, 2);
  if (lastCommon === undefined || firstOwn === undefined) {
    return insufficient(
      {
        zh: `缺少本地区与${benchmarkRegion}同期的观测值`,
        en: `no observations of both the region and ${benchmarkRegion} for the same period`,
      },
      issues,
    );
  }
  const benchmarkNow = benchmarkAt.get(Math.round(lastCommon.time * 1000))!;
  const figures: Record<string, string> = {
    benchmarkValue: benchmarkNow.text,
    benchmarkYear: String(Math.ceil(benchmarkNow.time - SAME_TIME)),
  };
  // Projected benchmark at the target year at its own compound rate (flat with one point or non-positive values).
  let line = benchmarkNow.value;
  const benchmarkFirst = benchmark.points[0]!;
  const years = target.targetYear - benchmarkNow.time;
  if (years > SAME_TIME && benchmarkNow.time - benchmarkFirst.time > SAME_TIME) {
    const ratio = engine.div(benchmarkNow.value, benchmarkFirst.value);
    if (engine.sign(benchmarkFirst.value) > 0 && engine.sign(ratio) > 0) {
      const rate = engine.sub(engine.root(ratio, benchmarkNow.time - benchmarkFirst.time), engine.from(1));
      line = engine.mul(benchmarkNow.value, engine.pow(engine.add(engine.from(1), rate), years));
      figures.benchmarkRate = engine.toDecimalString(rate);
    }
  }
  figures.benchmarkProjected = engine.toDecimalString(line);
  const points = own.points.filter(
    (point) => point.time > firstOwn.time + SAME_TIME && point.time <= lastCommon.time + SAME_TIME,
  );
  // Met at the latest common period: judge against the benchmark as it stands, not as projected.
  const comparator = target.comparator;
  const stands = engine.cmp(lastCommon.value, benchmarkNow.value);
  const wantAbove =
    comparator === ">" ||
    comparator === ">=" ||
    (comparator !== "<" && comparator !== "<=" && target.direction !== "decrease");
  const strict = comparator === ">" || comparator === "<";
  const metNow = wantAbove ? (strict ? stands > 0 : stands >= 0) : strict ? stands < 0 : stands <= 0;
  return {
    kind: "comparative",
    direction: direction(target),
    path: "compound",
    comparator,
    base: { time: firstOwn.time, value: firstOwn.value, fromPlan: false },
    targetTime: target.targetYear,
    line: metNow || lastCommon.time >= target.targetYear - SAME_TIME ? benchmarkNow.value : line,
    points,
    display,
    halfUnit: engine.from(0),
    decimals: 2,
    figures,
    issues,
    flavour: "benchmark",
  };
}
