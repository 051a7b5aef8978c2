import { compoundPath, requiredRate } from "@guihua/growth";
import { shiftDecimal } from "@guihua/schema";
import type { Decimal } from "decimal.js";
import { EXIT, UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { decimalOption, rateOption, yearOption } from "./parse-options.js";

/** Decimal places of the printed path and rate. */
const DECIMALS = 4;
/** Decimal places of the path values and the rate in `--json`: the exact maths leaves tails such as …0000001. */
export const JSON_DECIMALS = 12;

function show(value: Decimal): string {
  return value.toDecimalPlaces(DECIMALS).toString();
}

function percent(rate: Decimal): string {
  return `${rate.times(100).toDecimalPlaces(DECIMALS).toString()}%`;
}

/**
 * `guihua project --base 4.09 --from 2020 --rate 6% --to 2025`: the compound path year by year;
 * with `--target 12` instead of `--rate`, the rate the target requires and its path. Exact decimal maths,
 * printed to 4 decimals (`--json`: 10, stated as `decimals`). Impossible input (a base of zero or below for
 * `--target`) is a GrowthError, which `run` reports in one sentence with exit 2.
 */
export async function projectCommand(options: Record<string, unknown>, io: Io): Promise<number> {
  const base = decimalOption("base", options.base);
  const from = yearOption("from", options.from);
  const to = yearOption("to", options.to);
  if (to <= from) throw new UsageError(`--to (${to}) must come after --from (${from})`);
  if ((options.rate === undefined) === (options.target === undefined))
    throw new UsageError("give either --rate (e.g. 6%) or --target (a value to reach)");
  {
    const target = options.target === undefined ? undefined : decimalOption("target", options.target);
    const rate =
      target === undefined ? rateOption("rate", options.rate) : requiredRate(base, target, to - from);
    const path = compoundPath({ base, baseYear: from, rate, toYear: to });
    if (options.json) {
      const document = {
        base,
        baseYear: from,
        toYear: to,
        rate: typeof rate === "string" ? rate : rate.toDecimalPlaces(JSON_DECIMALS).toString(),
        ...(target === undefined ? {} : { target }),
        decimals: JSON_DECIMALS,
        path: path.map((point) => ({
          year: point.year,
          value: point.value.toDecimalPlaces(JSON_DECIMALS).toString(),
        })),
      };
      io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      return EXIT.ok;
    }
    const shownRate = typeof rate === "string" ? `${shiftDecimal(rate, 2)}%` : percent(rate);
    // A falling rate reads "falling 6% a year (年均下降6%)", not "growing -6%".
    const falling = shownRate.startsWith("-");
    const size = falling ? shownRate.slice(1) : shownRate;
    const heading =
      target === undefined
        ? `${base} in ${from}, ${falling ? "falling" : "growing"} ${size} a year (年均${falling ? "下降" : "增长"}${size}), rounded to ${DECIMALS} decimals:`
        : `${base} in ${from} to ${target} in ${to} requires ${falling ? "a fall of " : ""}${size} a year (所需年均${falling ? "降幅" : "增速"}${size}), rounded to ${DECIMALS} decimals:`;
    io.stdout.write(`${heading}\n`);
    for (const point of path) io.stdout.write(`  ${point.year}  ${show(point.value)}\n`);
    return EXIT.ok;
  }
}
