import { GrowthError, compoundPath, requiredRate } from "@guihua/growth";
import { shiftDecimal } from "@guihua/schema";
import type { Decimal } from "decimal.js";
import { EXIT, UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { decimalOption, rateOption, yearOption } from "./parse-options.js";

const DECIMALS = 4;

function show(value: Decimal): string {
  return value.toDecimalPlaces(DECIMALS).toString();
}

function percent(rate: Decimal): string {
  return `${rate.times(100).toDecimalPlaces(DECIMALS).toString()}%`;
}

/**
 * `guihua project --base 4.09 --from 2020 --rate 6% --to 2025`: the compound path year by year;
 * with `--target 12` instead of `--rate`, the rate the target requires and its path. Exact decimal maths.
 */
export async function projectCommand(options: Record<string, unknown>, io: Io): Promise<number> {
  const base = decimalOption("base", options.base);
  const from = yearOption("from", options.from);
  const to = yearOption("to", options.to);
  if (to <= from) throw new UsageError(`--to (${to}) must come after --from (${from})`);
  if ((options.rate === undefined) === (options.target === undefined))
    throw new UsageError("give either --rate (e.g. 6%) or --target (a value to reach)");
  try {
    const target = options.target === undefined ? undefined : decimalOption("target", options.target);
    const rate =
      target === undefined ? rateOption("rate", options.rate) : requiredRate(base, target, to - from);
    const path = compoundPath({ base, baseYear: from, rate, toYear: to });
    if (options.json) {
      const document = {
        base,
        baseYear: from,
        toYear: to,
        rate: rate.toString(),
        ...(target === undefined ? {} : { target }),
        path: path.map((point) => ({ year: point.year, value: point.value.toString() })),
      };
      io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      return EXIT.ok;
    }
    const shownRate = typeof rate === "string" ? `${shiftDecimal(rate, 2)}%` : percent(rate);
    const heading =
      target === undefined
        ? `${base} in ${from}, growing ${shownRate} a year (年均增长${shownRate}):`
        : `${base} in ${from} to ${target} in ${to} requires ${shownRate} a year (所需年均增速${shownRate}):`;
    io.stdout.write(`${heading}\n`);
    for (const point of path) io.stdout.write(`  ${point.year}  ${show(point.value)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof GrowthError) throw new UsageError(`${error.code}: ${error.message}`);
    throw error;
  }
}
