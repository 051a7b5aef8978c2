// Project 辽宁's 表2 to 2025: each indicator's 2020 base grown at its stated yearly rate, with exact decimals.
// 4.09 → 5.4733 (每万人口高价值发明专利拥有量), 318 → 512.14, 30.96亿 → 49.86亿, 4872 → 7846.4, 913 → 1470.4.
import { readFileSync } from "node:fs";
import { compoundPath } from "@guihua/growth";
import { parsePlan, shiftDecimal } from "@guihua/schema";

const text = readFileSync(new URL("../seeds/raw/002_6eb086e07f75e31e.txt", import.meta.url), "utf8");
const fixture = new URL("../packages/schema/test/fixtures/liaoning-table2.plan.json", import.meta.url);
const plan = parsePlan(JSON.parse(readFileSync(fixture, "utf8")), { text });

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
  console.log(
    `${target.indicator.name}: ${target.base.year} ${target.base.source?.quote ?? target.base.value}, 年均增长${target.value}% → ${target.targetYear} ${final.toDecimalPlaces(4).toString()}`,
  );
  console.log(
    `  ${path.map((point) => `${point.year}: ${point.value.toDecimalPlaces(2).toString()}`).join(", ")}`,
  );
  const [want, decimals, power] = expected[index]!;
  const got = final
    .dividedBy(10 ** power)
    .toDecimalPlaces(decimals)
    .toFixed(decimals);
  if (got !== want) throw new Error(`${target.indicator.name}: expected ${want}, got ${got}`);
}
