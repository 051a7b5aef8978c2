import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse-plan.js";
import type { Plan } from "./plan.js";
import type { Target } from "./target.js";

const decimal = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 30n }),
    fc.option(fc.stringMatching(/^\d{0,20}[1-9]$/), { nil: undefined }),
  )
  .map(
    ([negative, whole, fraction]) =>
      `${negative && (whole > 0n || fraction) ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`,
  );
const nonNegative = decimal.map((value) => value.replace(/^-/, ""));
const year = fc.integer({ min: 1949, max: 2100 });
const text = fc.string({ minLength: 1, maxLength: 12 });
const span = fc
  .string({ maxLength: 30 })
  .chain((quote) =>
    fc.nat(10_000).map((start) => ({ document: "doc", start, end: start + quote.length, quote })),
  );

const common = fc.record({
  indicator: fc.record({ name: text }),
  targetYear: year,
  targetYearBasis: fc.constantFrom(
    "explicit",
    "context",
    "period-term",
    "plan-period",
    "document-year" as const,
  ),
  direction: fc.constantFrom("increase", "decrease" as const),
  attribute: fc.constantFrom("expected", "binding", "unspecified" as const),
  source: span,
});
const numeric = fc.record({
  comparator: fc.constantFrom(">=", ">", "<=", "<", "=", "~" as const),
  valueAsWritten: text,
  unitAsWritten: fc.constantFrom("件", "亿元", "%", "人次"),
  unit: fc.record({
    base: fc.constantFrom("件", "元", "%", "人次"),
    multiplier: fc.integer({ min: 0, max: 8 }),
  }),
});

const target: fc.Arbitrary<Omit<Target, "id">> = fc.oneof(
  fc
    .tuple(common, numeric, nonNegative)
    .map(([c, n, value]) => ({ kind: "level" as const, ...c, ...n, value })),
  fc.tuple(common, numeric, nonNegative, nonNegative).map(([c, n, a, b]) => {
    const ordered = new Decimal(a).lessThanOrEqualTo(b);
    return { kind: "range" as const, ...c, ...n, value: ordered ? a : b, valueHigh: ordered ? b : a };
  }),
  fc.tuple(common, numeric, decimal, year, nonNegative).map(([c, n, value, baseYear, baseValue]) => ({
    kind: "growth-rate" as const,
    ...c,
    ...n,
    value,
    base: { year: baseYear, value: baseValue },
  })),
  fc.tuple(common, text).map(([c, body]) => ({ kind: "qualitative" as const, ...c, text: body })),
);

const plan: fc.Arbitrary<Plan> = fc
  .record({
    title: text,
    targets: fc.array(target, { maxLength: 8 }),
    facts: fc.array(
      fc.record({
        indicator: fc.record({ name: text }),
        region: text,
        period: fc.oneof(fc.record({ year }), fc.constant({ date: "2023-06-30" })),
        value: decimal,
        unit: fc.record({
          asWritten: fc.constantFrom("万件", "件"),
          base: fc.constant("件"),
          multiplier: fc.constantFrom(0, 4),
        }),
        status: fc.constantFrom("final", "provisional", "estimated", "revised" as const),
        vintage: fc.record({ source: text }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ title, targets, facts }) => ({
    schemaVersion: "1.0" as const,
    id: "generated",
    title,
    region: { name: "辽宁省", level: "province" as const, code: "210000" },
    period: { start: 2021, end: 2025 },
    script: "simplified" as const,
    basedOn: [],
    targets: targets.map((t, index) => ({ ...t, id: `t${index}` }) as Target),
    facts,
  }));

describe("round trip", () => {
  it("parse(JSON(plan)) equals the plan, every decimal digit kept", () => {
    fc.assert(
      fc.property(plan, (original) => {
        const json = JSON.stringify(original);
        const parsed = parsePlan(JSON.parse(json));
        expect(parsed).toStrictEqual(JSON.parse(json));
      }),
      { numRuns: 300 },
    );
  });
});
