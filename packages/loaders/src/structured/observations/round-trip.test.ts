import { COUNT_UNITS, shiftDecimal } from "@guihua/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadObservations } from "./load-observations.js";

const HEADER = "indicator,region,period,value,unit,status,source";
const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
const word = fc.string({ minLength: 1, maxLength: 12 }).filter((text) => text.trim() === text && text !== "");
const decimal = fc
  .tuple(fc.boolean(), fc.nat(10_000_000), fc.option(fc.stringMatching(/^\d{0,6}[1-9]$/), { nil: undefined }))
  .map(
    ([negative, whole, fraction]) =>
      `${negative && whole > 0 ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`,
  );
const row = fc
  .record({
    indicator: word,
    region: word,
    year: fc.integer({ min: 1949, max: 2100 }),
    value: decimal,
    unit: fc.constantFrom(["件", 0], ["万件", 4], ["亿元", 8], ["%", 0], ["万亿元", 12], ["人次", 0]),
    status: fc.constantFrom("final", "provisional", "estimated", "revised"),
    source: word,
  })
  // A count (件, 人次) cannot be negative under the schema; a change in % or an amount in 元 can.
  .map((item) =>
    COUNT_UNITS.has(String(item.unit[0]).replace(/^万/, ""))
      ? { ...item, value: item.value.replace(/^-/, "") }
      : item,
  );

describe("loadObservations round trip", () => {
  it("any table written with every cell quoted reads back, values scaled exactly", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.constantFrom("\n", "\r\n"), (rows, lineBreak) => {
        const lines = rows.map((item) =>
          [item.indicator, item.region, String(item.year), item.value, item.unit[0], item.status, item.source]
            .map(quote)
            .join(","),
        );
        const observations = loadObservations([HEADER, ...lines].join(lineBreak));
        expect(observations).toHaveLength(rows.length);
        observations.forEach((observation, index) => {
          const item = rows[index]!;
          expect(observation).toMatchObject({
            indicator: { name: item.indicator },
            region: item.region,
            period: { year: item.year },
            value: shiftDecimal(item.value, item.unit[1] as number),
            unit: { asWritten: item.unit[0], multiplier: item.unit[1] },
            status: item.status,
            vintage: { source: item.source },
          });
        });
      }),
    );
  });
});
