import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan } from "./parse-plan.js";
import type { Plan } from "./plan.js";
import type { Target } from "./target.js";
import { AMBIGUITY_CODES } from "./target-parts.js";

// Decimals with every shape a writer may use, trailing zeros included ("1.50", "0.10", "100"): the round trip must
// keep each digit as written.
const nonNegative = fc
  .tuple(
    fc.bigInt({ min: 0n, max: 10n ** 30n }),
    fc.option(fc.stringMatching(/^\d{1,20}$/), { nil: undefined }),
  )
  .map(([whole, fraction]) => `${whole}${fraction ? `.${fraction}` : ""}`);
const decimal = fc
  .tuple(fc.boolean(), nonNegative)
  .map(([negative, value]) => (negative && new Decimal(value).greaterThan(0) ? `-${value}` : value));
const percent = fc
  .tuple(fc.integer({ min: 0, max: 99 }), fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }))
  .map(([whole, fraction]) => `${whole}${fraction ? `.${fraction}` : ""}`);
const ordered = fc
  .tuple(nonNegative, nonNegative)
  .map(([a, b]) => (new Decimal(a).lessThanOrEqualTo(b) ? [a, b] : [b, a]) as [string, string]);
const year = fc.integer({ min: 1949, max: 2100 });
const text = fc.string({ minLength: 1, maxLength: 12 });
const span = fc
  .string({ maxLength: 30 })
  .chain((quote) =>
    fc.nat(10_000).map((start) => ({ document: "doc", start, end: start + quote.length, quote })),
  );
const unit = fc.record({
  base: fc.constantFrom("件", "元", "%", "人次"),
  multiplier: fc.integer({ min: 0, max: 8 }),
});

const common = fc.record(
  {
    indicator: fc.record(
      { id: fc.constantFrom("valid-invention-patents", "pct-applications"), name: text },
      { requiredKeys: ["name"] },
    ),
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
    hedge: fc.constantFrom("力争", "争取"),
    scope: fc.record({ region: text, entity: text }, { requiredKeys: [] }),
    source: span,
    ambiguities: fc.array(fc.record({ code: fc.constantFrom(...AMBIGUITY_CODES), note: text }), {
      maxLength: 2,
    }),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    restates: text,
    table: fc.record({ name: text, row: text, column: text }),
    priorPlan: fc.boolean(),
    notes: text,
  },
  { requiredKeys: ["indicator", "targetYear", "targetYearBasis", "direction", "attribute", "source"] },
);
const numeric = fc.record(
  {
    comparator: fc.constantFrom(">=", ">", "<=", "<", "=", "~" as const),
    valueAsWritten: text,
    unitAsWritten: fc.constantFrom("件", "亿元", "%", "人次"),
    unit,
    base: fc.record({ year, value: nonNegative, unit, source: span }, { requiredKeys: ["year"] }),
  },
  { requiredKeys: ["comparator", "valueAsWritten", "unitAsWritten", "unit"] },
);

const target: fc.Arbitrary<Omit<Target, "id">> = fc.oneof(
  fc
    .tuple(common, numeric, nonNegative)
    .map(([c, n, value]) => ({ kind: "level" as const, ...c, ...n, value })),
  fc
    .tuple(common, numeric, ordered)
    .map(([c, n, [value, valueHigh]]) => ({ kind: "range" as const, ...c, ...n, value, valueHigh })),
  fc
    .tuple(common, numeric, decimal)
    .map(([c, n, value]) => ({ kind: "growth-rate" as const, ...c, ...n, value })),
  fc
    .tuple(common, numeric, decimal)
    .map(([c, n, value]) => ({ kind: "total-growth" as const, ...c, ...n, value })),
  fc
    .tuple(common, numeric, nonNegative)
    .map(([c, n, value]) => ({ kind: "multiple" as const, ...c, ...n, value })),
  fc
    .tuple(common, numeric, ordered)
    .map(([c, n, [value, valueHigh]]) => ({ kind: "increment" as const, ...c, ...n, value, valueHigh })),
  fc.tuple(common, numeric, nonNegative, year).map(([c, n, value, end]) => ({
    kind: "cumulative" as const,
    ...c,
    ...n,
    value,
    period: { start: end - 5, end },
  })),
  fc
    .tuple(common, numeric, nonNegative, fc.constantFrom("each", "mean" as const))
    .map(([c, n, value, aggregate]) => ({ kind: "per-year" as const, ...c, ...n, value, aggregate })),
  fc
    .tuple(common, numeric, percent, text)
    .map(([c, n, value, denominator]) => ({ kind: "share" as const, ...c, ...n, value, denominator })),
  fc
    .tuple(common, fc.constantFrom(">=", ">" as const), text, fc.integer({ min: 1, max: 10 }))
    .map(([c, comparator, description, rank]) => ({
      kind: "comparative" as const,
      ...c,
      comparator,
      benchmark: { description, rank },
    })),
  fc.tuple(common, text).map(([c, body]) => ({ kind: "qualitative" as const, ...c, text: body })),
);

const fact = fc
  .tuple(fc.boolean(), nonNegative, decimal)
  .map(([count, amount, change]) => (count ? { value: amount, base: "件" } : { value: change, base: "%" }))
  .chain(({ value, base }) =>
    fc.record(
      {
        indicator: fc.record({ name: text }),
        region: text,
        period: fc.oneof(fc.record({ year }), fc.constant({ date: "2023-06-30" })),
        value: fc.constant(value),
        valueAsWritten: text,
        unit: fc.record({
          asWritten: fc.constant(base),
          base: fc.constant(base),
          multiplier: fc.constantFrom(0, 4),
        }),
        comparator: fc.constantFrom(">=", ">" as const),
        status: fc.constantFrom("final", "provisional", "estimated", "revised" as const),
        vintage: fc.record(
          { source: text, publishedOn: fc.constant("2024-03-30"), note: text },
          { requiredKeys: ["source"] },
        ),
        source: span,
      },
      { requiredKeys: ["indicator", "region", "period", "value", "unit", "status", "vintage"] },
    ),
  );

const plan: fc.Arbitrary<Plan> = fc
  .record({
    title: text,
    targets: fc.array(target, { maxLength: 8 }),
    facts: fc.array(fact, { maxLength: 4 }),
    basedOn: fc.array(fc.record({ title: text, source: span }, { requiredKeys: ["title"] }), {
      maxLength: 2,
    }),
  })
  .map(({ title, targets, facts, basedOn }) => ({
    schemaVersion: "1.0" as const,
    id: "generated",
    title,
    region: { name: "辽宁省", level: "province" as const, code: "210000" },
    period: { start: 2021, end: 2025 },
    script: "simplified" as const,
    basedOn,
    targets: targets.map((t, index) => ({ ...t, id: `t${index}` }) as Target),
    facts,
  }));

describe("round trip", () => {
  it("parse(JSON(plan)) equals the plan, every decimal digit kept, for every target kind", () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(plan, (original) => {
        const json = JSON.stringify(original);
        const parsed = parsePlan(JSON.parse(json));
        expect(parsed).toStrictEqual(JSON.parse(json));
        for (const t of parsed.targets) kinds.add(t.kind);
      }),
      { numRuns: 250 },
    );
    expect(kinds.size).toBe(11);
  }, 60_000);

  it("keeps trailing zeros as written", () => {
    const original = JSON.parse(JSON.stringify(fc.sample(plan, { numRuns: 1, seed: 7 })[0])) as Plan;
    original.facts = [
      {
        indicator: { name: "专利密集型产业增加值占GDP比重" },
        region: "中华人民共和国",
        period: { year: 2020 },
        value: "11.970",
        unit: { asWritten: "%", base: "%", multiplier: 0 },
        status: "revised",
        vintage: { source: "国家统计局" },
      },
    ];
    expect(parsePlan(original).facts[0]!.value).toBe("11.970");
  });
});
