import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan, safeParsePlan } from "./parse-plan.js";
import { SchemaValidationError } from "./errors.js";
import type { Plan } from "./plan.js";

const fixtureUrl = new URL("../test/fixtures/liaoning-table2.plan.json", import.meta.url);
const textUrl = new URL("../../../seeds/raw/002_6eb086e07f75e31e.txt", import.meta.url);
const fixture = (): Plan => JSON.parse(readFileSync(fixtureUrl, "utf8")) as Plan;
const text = readFileSync(textUrl, "utf8");
const fact = () => ({
  indicator: { id: "valid-invention-patents", name: "有效发明专利" },
  region: "辽宁省",
  period: { year: 2020 },
  value: "49000",
  unit: { asWritten: "件", base: "件", multiplier: 0 },
  status: "final",
  vintage: { source: "辽宁省“十四五”知识产权保护和运用规划" },
});

function issuesOf(input: unknown, options = {}) {
  const result = safeParsePlan(input, options);
  if (result.success) throw new Error("expected the plan to be rejected");
  return result.issues;
}

describe("parsePlan on the 辽宁 表2 fixture", () => {
  it("validates with every span checked against the raw text", () => {
    const plan = parsePlan(fixture(), { text });
    expect(plan.targets).toHaveLength(5);
    expect(
      plan.targets.every((target) => target.kind === "growth-rate" && target.attribute === "expected"),
    ).toBe(true);
    expect(plan.targets.map((target) => ("base" in target ? target.base?.value : undefined))).toEqual([
      "4.09",
      "318",
      "3096000000",
      "4872",
      "913",
    ]);
    for (const target of plan.targets)
      expect(text.slice(target.source.start, target.source.end)).toBe(target.source.quote);
  });
});

describe("bad input gets a typed issue at its path", () => {
  it("unknown kind", () => {
    const plan = fixture() as unknown as { targets: Record<string, unknown>[] };
    plan.targets[1]!.kind = "aspiration";
    expect(issuesOf(plan)).toContainEqual(
      expect.objectContaining({ code: "unknown_kind", path: ["targets", 1, "kind"] }),
    );
  });
  it("missing year", () => {
    const plan = fixture() as unknown as { targets: Record<string, unknown>[] };
    delete plan.targets[0]!.targetYear;
    expect(issuesOf(plan)).toContainEqual(
      expect.objectContaining({ code: "missing", path: ["targets", 0, "targetYear"] }),
    );
  });
  it("non-integer year", () => {
    const plan = fixture() as unknown as { targets: Record<string, unknown>[] };
    plan.targets[0]!.targetYear = 2025.5;
    expect(issuesOf(plan)).toContainEqual(
      expect.objectContaining({ code: "invalid_year", path: ["targets", 0, "targetYear"] }),
    );
  });
  it.each(["1,2", "1e400", "+3", "06", " 4", "NaN"])("%j as a decimal", (value) => {
    const plan = fixture() as unknown as { targets: Record<string, unknown>[] };
    plan.targets[2]!.value = value;
    expect(issuesOf(plan)).toContainEqual(
      expect.objectContaining({ code: "invalid_decimal", path: ["targets", 2, "value"] }),
    );
  });
  it("a JSON number where a decimal string belongs", () => {
    const plan = fixture() as unknown as { targets: Record<string, unknown>[] };
    plan.targets[2]!.value = 30.96;
    expect(issuesOf(plan)).toContainEqual(
      expect.objectContaining({ code: "invalid_type", path: ["targets", 2, "value"] }),
    );
  });
  it("a negative count", () => {
    const plan = fixture() as unknown as { targets: Record<string, unknown>[] };
    plan.targets[0] = {
      ...plan.targets[0],
      kind: "level",
      value: "-3",
      unitAsWritten: "件",
      unit: { base: "件", multiplier: 0 },
    };
    expect(issuesOf(plan)).toContainEqual(
      expect.objectContaining({ code: "negative_value", path: ["targets", 0, "value"] }),
    );
  });
  it("a range whose low is above its high", () => {
    const plan = fixture() as unknown as { targets: Record<string, unknown>[] };
    plan.targets[0] = {
      ...plan.targets[0],
      kind: "range",
      value: "5",
      valueHigh: "2",
      unitAsWritten: "个",
      unit: { base: "个", multiplier: 0 },
    };
    expect(issuesOf(plan)).toContainEqual(
      expect.objectContaining({ code: "range_inverted", path: ["targets", 0, "valueHigh"] }),
    );
  });
  it("a share above 100%", () => {
    const plan = fixture() as unknown as { targets: Record<string, unknown>[] };
    plan.targets[0] = { ...plan.targets[0], kind: "share", value: "170" };
    expect(issuesOf(plan)).toContainEqual(
      expect.objectContaining({ code: "out_of_range", path: ["targets", 0, "value"] }),
    );
  });
  it("a span outside the text", () => {
    const plan = fixture();
    plan.targets[0]!.source = {
      document: "x",
      start: text.length + 10,
      end: text.length + 16,
      quote: "年均增长6%",
    };
    expect(issuesOf(plan, { text })).toContainEqual(
      expect.objectContaining({ code: "span_out_of_bounds", path: ["targets", 0, "source"] }),
    );
  });
  it("a span whose quote differs from the slice", () => {
    const plan = fixture();
    plan.targets[0]!.source = { ...plan.targets[0]!.source, quote: "年均增长9%" };
    expect(issuesOf(plan, { text })).toContainEqual(
      expect.objectContaining({ code: "span_quote_mismatch", path: ["targets", 0, "source", "quote"] }),
    );
  });
  it("a span whose quote length disagrees with its offsets, even without the text", () => {
    const plan = fixture();
    plan.targets[0]!.source = { ...plan.targets[0]!.source, quote: "年均增长" };
    expect(issuesOf(plan)).toContainEqual(
      expect.objectContaining({ code: "span_quote_mismatch", path: ["targets", 0, "source", "quote"] }),
    );
  });
  it.each(["__proto__", "constructor"])("a %s key", (key) => {
    const json = JSON.stringify(fixture()).replace(
      '"kind":"growth-rate"',
      `"${key}":{"polluted":true},"kind":"growth-rate"`,
    );
    const issues = issuesOf(JSON.parse(json));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "forbidden_key", path: ["targets", 0, key] }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it.each(["range", "share", "increment"])(
    "a malformed decimal in a %s target is an issue, never a crash",
    (kind) => {
      for (const bad of ["1,2", "1e400", "abc"]) {
        const plan = fixture() as unknown as { targets: Record<string, unknown>[] };
        plan.targets[0] = { ...plan.targets[0], kind, value: bad, valueHigh: "3" };
        expect(() => safeParsePlan(plan)).not.toThrow();
        expect(issuesOf(plan)).toContainEqual(
          expect.objectContaining({ code: "invalid_decimal", path: ["targets", 0, "value"] }),
        );
      }
    },
  );
  it("a missing kind", () => {
    const plan = fixture() as unknown as { targets: Record<string, unknown>[] };
    delete plan.targets[4]!.kind;
    expect(issuesOf(plan)).toContainEqual(
      expect.objectContaining({ code: "missing", path: ["targets", 4, "kind"] }),
    );
  });
  it.each([
    [{ year: 2020.5 }, "invalid_year", ["facts", 0, "period", "year"]],
    [{}, "missing", ["facts", 0, "period", "year"]],
    [{ date: "2023-13-01" }, "invalid_date", ["facts", 0, "period", "date"]],
  ])("a fact period %j", (period, code, path) => {
    const plan = fixture() as unknown as { facts: Record<string, unknown>[] };
    plan.facts = [{ ...fact(), period }];
    expect(issuesOf(plan)).toContainEqual(expect.objectContaining({ code, path }));
  });
  it("a negative count in a fact and in a base", () => {
    const plan = fixture() as unknown as {
      facts: Record<string, unknown>[];
      targets: { base: Record<string, unknown> }[];
    };
    plan.facts = [{ ...fact(), value: "-5" }];
    plan.targets[0]!.base.value = "-4.09";
    const issues = issuesOf(plan);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "negative_value", path: ["facts", 0, "value"] }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "negative_value", path: ["targets", 0, "base", "value"] }),
    );
  });
  it("a negative percentage change is a value, not an error", () => {
    const plan = fixture() as unknown as { facts: Record<string, unknown>[] };
    plan.facts = [{ ...fact(), value: "-3.5", unit: { asWritten: "%", base: "%", multiplier: 0 } }];
    expect(safeParsePlan(plan).success).toBe(true);
  });
  it("a span naming another document", () => {
    const plan = fixture();
    plan.targets[1]!.source = { ...plan.targets[1]!.source, document: "another-document" };
    expect(issuesOf(plan, { text, document: "002_6eb086e07f75e31e" })).toContainEqual(
      expect.objectContaining({ code: "span_document_mismatch", path: ["targets", 1, "source", "document"] }),
    );
  });
  it("reports span and duplicate-id problems together with structural ones", () => {
    const plan = fixture() as unknown as {
      title?: unknown;
      targets: { id: string; source: { quote: string } }[];
    };
    delete plan.title;
    plan.targets[0]!.source.quote = "年均增长9%";
    plan.targets[2]!.id = plan.targets[1]!.id;
    const codes = issuesOf(plan, { text }).map((issue) => issue.code);
    expect(codes).toEqual(expect.arrayContaining(["missing", "span_quote_mismatch", "duplicate_id"]));
  });
  it("duplicate target ids", () => {
    const plan = fixture();
    plan.targets[3]!.id = plan.targets[0]!.id;
    expect(issuesOf(plan)).toContainEqual(
      expect.objectContaining({ code: "duplicate_id", path: ["targets", 3, "id"] }),
    );
  });
  it("lists every problem, not only the first, and never returns a partial plan", () => {
    const plan = fixture() as unknown as { targets: Record<string, unknown>[]; title?: unknown };
    plan.targets[0]!.value = "1,2";
    plan.targets[4]!.targetYear = "2025";
    delete plan.title;
    const result = safeParsePlan(plan);
    expect(result.success).toBe(false);
    expect("data" in result).toBe(false);
    if (!result.success) expect(result.issues.length).toBeGreaterThanOrEqual(3);
  });
  it("parsePlan throws a SchemaValidationError whose message names the paths", () => {
    const plan = fixture() as unknown as { targets: Record<string, unknown>[] };
    plan.targets[2]!.value = "1e400";
    expect(() => parsePlan(plan)).toThrow(SchemaValidationError);
    try {
      parsePlan(plan);
    } catch (error) {
      expect((error as SchemaValidationError).code).toBe("GUIHUA_SCHEMA_INVALID");
      expect((error as Error).message).toMatchInlineSnapshot(`
        "invalid plan: 1 problem
          $.targets[2].value: not a plain decimal string: "1e400" [invalid_decimal]"
      `);
    }
  });
});

describe("scale", () => {
  it("validates a plan of 100,000 targets in time linear in its size", () => {
    const base = fixture();
    const make = (count: number): Plan => ({
      ...base,
      targets: Array.from({ length: count }, (_, index) => ({
        ...base.targets[index % 5]!,
        id: `t${index}`,
      })),
    });
    const small = make(10_000);
    const large = make(100_000);
    parsePlan(small);
    const time = (plan: Plan) => {
      const start = performance.now();
      parsePlan(plan);
      return performance.now() - start;
    };
    const smallTime = Math.min(time(small), time(small));
    const largeTime = time(large);
    expect(parsePlan(large).targets).toHaveLength(100_000);
    // Ten times the input: a linear validator takes about ten times as long; a quadratic one a hundred.
    expect(largeTime / smallTime).toBeLessThan(25);
  }, 120_000);
});
