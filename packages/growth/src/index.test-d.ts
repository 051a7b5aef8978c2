import type { Decimal } from "decimal.js";
import { expectTypeOf } from "vitest";
import {
  cagr,
  compoundPath,
  createGrowth,
  cumulativeSum,
  decimalCalculator,
  fitTrend,
  floatCalculator,
  linearPath,
  projectCompound,
  projectShare,
  requiredRate,
  shareChange,
  solveRateForCumulative,
  yearFraction,
  yearsToReach,
  type Calculator,
  type Growth,
  type GrowthInput,
  type PathPoint,
  type ShareChange,
  type TrendFit,
} from "./index.js";

expectTypeOf<GrowthInput>().toEqualTypeOf<number | string | Decimal>();
expectTypeOf(cagr).returns.toEqualTypeOf<Decimal>();
expectTypeOf(projectCompound).returns.toEqualTypeOf<Decimal>();
expectTypeOf(requiredRate).returns.toEqualTypeOf<Decimal>();
expectTypeOf(yearsToReach).returns.toEqualTypeOf<Decimal>();
expectTypeOf(cumulativeSum).returns.toEqualTypeOf<Decimal>();
expectTypeOf(solveRateForCumulative).returns.toEqualTypeOf<Decimal>();
expectTypeOf(yearFraction).returns.toEqualTypeOf<Decimal>();
expectTypeOf(projectShare).returns.toEqualTypeOf<Decimal>();
expectTypeOf(compoundPath).returns.toEqualTypeOf<PathPoint<Decimal>[]>();
expectTypeOf(linearPath).returns.toEqualTypeOf<PathPoint<Decimal>[]>();
expectTypeOf(fitTrend).returns.toEqualTypeOf<TrendFit<Decimal>>();
expectTypeOf(shareChange).returns.toEqualTypeOf<ShareChange<Decimal>>();
expectTypeOf(fitTrend([]).project(2025).interval).toEqualTypeOf<{
  level: number;
  kind: "prediction" | "confidence";
  low: Decimal;
  high: Decimal;
} | null>();
expectTypeOf(cagr).parameters.toEqualTypeOf<[GrowthInput, GrowthInput, GrowthInput]>();
expectTypeOf(fitTrend)
  .parameter(0)
  .toEqualTypeOf<
    readonly ({ year: number; value: GrowthInput } | { date: Date | string; value: GrowthInput })[]
  >();

expectTypeOf(decimalCalculator).toEqualTypeOf<Calculator<Decimal>>();
expectTypeOf(createGrowth(floatCalculator)).toEqualTypeOf<Growth<number>>();
expectTypeOf(createGrowth(decimalCalculator).cagr).returns.toEqualTypeOf<Decimal>();
// @ts-expect-error a share step names its kind
projectShare(30, { change: 2 }, 5);
