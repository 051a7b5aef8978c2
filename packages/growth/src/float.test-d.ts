import type { Decimal } from "decimal.js";
import { expectTypeOf } from "vitest";
import {
  cagr,
  compoundPath,
  createGrowth,
  cumulativeSum,
  fitTrend,
  floatCalculator,
  linearPath,
  projectCompound,
  projectShare,
  requiredRate,
  shareChange,
  solveRateForCumulative,
  studentTQuantile,
  yearFraction,
  yearsToReach,
  type Calculator,
  type GrowthInput,
  type PathPoint,
  type ShareChange,
  type TrendFit,
} from "./float.js";

expectTypeOf<GrowthInput>().toEqualTypeOf<number | string | Decimal>();
expectTypeOf(cagr).returns.toEqualTypeOf<number>();
expectTypeOf(projectCompound).returns.toEqualTypeOf<number>();
expectTypeOf(requiredRate).returns.toEqualTypeOf<number>();
expectTypeOf(yearsToReach).returns.toEqualTypeOf<number>();
expectTypeOf(cumulativeSum).returns.toEqualTypeOf<number>();
expectTypeOf(solveRateForCumulative).returns.toEqualTypeOf<number>();
expectTypeOf(yearFraction).returns.toEqualTypeOf<number>();
expectTypeOf(projectShare).returns.toEqualTypeOf<number>();
expectTypeOf(compoundPath).returns.toEqualTypeOf<PathPoint<number>[]>();
expectTypeOf(linearPath).returns.toEqualTypeOf<PathPoint<number>[]>();
expectTypeOf(fitTrend).returns.toEqualTypeOf<TrendFit<number>>();
expectTypeOf(shareChange).returns.toEqualTypeOf<ShareChange<number>>();
expectTypeOf(fitTrend([]).rateStandardError).toEqualTypeOf<number | null>();
expectTypeOf(floatCalculator).toEqualTypeOf<Calculator<number>>();
expectTypeOf(studentTQuantile).returns.toEqualTypeOf<number>();
expectTypeOf(createGrowth(floatCalculator).projectCompound).returns.toEqualTypeOf<number>();
