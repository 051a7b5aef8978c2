// Project 辽宁's 表2 to 2025: each indicator's 2020 base grown at its stated yearly rate, with exact decimals.
// 4.09 → 5.4733 (每万人口高价值发明专利拥有量), 318 → 512.14, 30.96亿 → 49.86亿, 4872 → 7846.4, 913 → 1470.4.
import { readFileSync } from "node:fs";
import { compoundPath } from "@guihua/growth";
import { parsePlan, shiftDecimal } from "@guihua/schema";

const text = readFileSync(new URL("../seeds/raw/002_6eb086e07f75e31e.txt", import.meta.url), "utf8");
const fixture = new URL("../packages/schema/test/fixtures/liaoning-table2.plan.json", import.meta.url);
const plan = parsePlan(JSON.parse(readFileSync(fixture, "utf8")), { text });

// Values are printed in the unit the plan writes them in: 30.96亿元 grows to 49.86亿元, not 4986138960.
// methods.md §2, to the decimals it states: [value, decimals, power of ten it is written in].
const expected: [string, number, number][] = [
  ["5.4733", 4, 0],
  ["512.14", 2, 0],
  ["49.86", 2, 8],
  ["7846.4", 1, 0],
  ["1470.4", 1, 0],
];
for (const [index, target] of plan.targets.entries()) {
  if (target.kind !== "growth-rate" || target.base?.value === undefined) continue;
  const rate = shiftDecimal(target.value, -2); // "6" (percent) → "0.06"
  const path = compoundPath({
    base: target.base.value,
    baseYear: target.base.year,
    rate,
    toYear: target.targetYear,
  });
  const final = path.at(-1)!.value;
  // The base's unit as written: 亿元 is 元 × 10^8, so values are divided by 10^8 and shown with 亿元.
  const multiplier = target.base.unit?.multiplier ?? 0;
  const quote = target.base.source?.quote ?? target.base.value;
  const unit = quote.replace(/^[\d.,]+/, "");
  const written = (value: typeof final, places: number): string =>
    `${value
      .dividedBy(10 ** multiplier)
      .toDecimalPlaces(places)
      .toString()}${unit}`;
  const [want, decimals, power] = expected[index]!;
  // The final value to the decimals methods.md states (5.4733, 49.86亿元).
  const line = `${target.indicator.name}: ${target.base.year} ${quote}, 年均增长${target.value}% → ${target.targetYear} ${written(final, decimals)}`;
  console.log(line);
  console.log(`  ${path.map((point) => `${point.year}: ${written(point.value, 2)}`).join(", ")}`);
  if (power !== multiplier || !line.endsWith(`→ ${target.targetYear} ${want}${unit}`))
    throw new Error(
      `${target.indicator.name}: expected ${want} in ${unit || "the base's unit"}, printed ${line}`,
    );
  const got = final
    .dividedBy(10 ** power)
    .toDecimalPlaces(decimals)
    .toFixed(decimals);
  if (got !== want) throw new Error(`${target.indicator.name}: expected ${want}, got ${got}`);
}
