import type { ComparativeTarget, Observation } from "@guihua/schema";
import type { Engine } from "../engine/types.js";
import type { EarlyResult, Problem } from "../problem.js";
import { selectSeries } from "../select-series.js";
import { labelOfTime } from "../time.js";
import { canonicalUnit } from "../units.js";
import { SAME_TIME, direction, displayOf, insufficient, type BuildContext } from "./shared.js";

/** Comparative targets: the region against a benchmark series of another region or group. */
export function comparativeProblem<N>(
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
  // The region's readings after the last period the benchmark shares are not compared: said, not dropped silently.
  const newer = own.points.filter(
    (point) => point.time > lastCommon.time + SAME_TIME && point.time <= target.targetYear + SAME_TIME,
  );
  if (newer.length > 0) {
    issues.push({
      code: "after-benchmark-ignored",
      message: `${newer.length} reading(s) of the region after ${labelOfTime(lastCommon.time)}, the latest period the benchmark shares, not compared`,
    });
  }
  const figures: Record<string, string> = {
    benchmarkValue: benchmarkNow.text,
    benchmarkYear: String(Math.ceil(benchmarkNow.time - SAME_TIME)),
  };
  // Projected benchmark at the target year from its whole series up to the as-of date (the benchmark may be
  // observed after the region's last reading), at its own compound rate; flat with one point or non-positive values.
  const benchmarkFirst = benchmark.points[0]!;
  const benchmarkLatest = benchmark.points[benchmark.points.length - 1]!;
  let line = benchmarkLatest.value;
  const years = target.targetYear - benchmarkLatest.time;
  if (years > SAME_TIME && benchmarkLatest.time - benchmarkFirst.time > SAME_TIME) {
    const ratio = engine.div(benchmarkLatest.value, benchmarkFirst.value);
    if (engine.sign(benchmarkFirst.value) > 0 && engine.sign(ratio) > 0) {
      const rate = engine.sub(engine.root(ratio, benchmarkLatest.time - benchmarkFirst.time), engine.from(1));
      line = engine.mul(benchmarkLatest.value, engine.pow(engine.add(engine.from(1), rate), years));
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
