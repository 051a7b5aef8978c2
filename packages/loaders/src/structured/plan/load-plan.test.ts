import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { LoadIssue } from "../issues.js";
import { LoaderError } from "../loader-error.js";
import { loadPlan, safeLoadPlan, type LoadPlanOptions } from "./load-plan.js";

const fixtureJson = readFileSync(
  new URL("../../../../schema/test/fixtures/liaoning-table2.plan.json", import.meta.url),
  "utf8",
);
const sourceText = readFileSync(
  new URL("../../../../../seeds/raw/002_6eb086e07f75e31e.txt", import.meta.url),
  "utf8",
);
const fixtureYaml = stringify(JSON.parse(fixtureJson));

function issuesOf(text: string, options: LoadPlanOptions): LoadIssue[] {
  const result = safeLoadPlan(text, options);
  if (result.success) throw new Error("expected problems");
  return result.issues;
}

/** Line and column (1-based) of the first occurrence of `needle`, found independently of the loader. */
function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe("loadPlan: valid input", () => {
  it("reads the Liaoning table fixture as JSON, spans checked against the source text", () => {
    const plan = loadPlan(fixtureJson, { format: "json", sourceText });
    expect(plan).toEqual(JSON.parse(fixtureJson));
    expect(plan.targets).toHaveLength(5);
  });

  it("reads the same plan converted to YAML", () => {
    expect(loadPlan(fixtureYaml, { format: "yaml", sourceText })).toEqual(JSON.parse(fixtureJson));
  });

  it("tolerates a byte-order mark", () => {
    expect(loadPlan(`\uFEFF${fixtureJson}`, { format: "json" }).id).toBe("liaoning-ip-14th-five-year-table2");
    expect(loadPlan(`\uFEFF${fixtureYaml}`, { format: "yaml" }).id).toBe("liaoning-ip-14th-five-year-table2");
  });
});

describe("loadPlan: JSON syntax errors", () => {
  const cases: [string, string, Partial<LoadIssue>][] = [
    ["a missing value", '{\n  "a": ,\n  "b": 1\n}', { line: 2, column: 8, path: ["a"] }],
    ["a trailing comma", '{"a": [1, 2,]}', { line: 1, column: 12, path: ["a"] }],
    ["a trailing comma in an object", '{"a": 1,\n}', { line: 1, column: 8 }],
    ["an unclosed string", '{"a": "x\\"}', { line: 1, column: 7, path: ["a"] }],
    ["a raw line break in a string", '{"a": "x\ny"}', { line: 1, column: 9, path: ["a"] }],
    ["an invalid escape", '{"a": "\\x41"}', { line: 1, column: 8 }],
    ["single quotes", "{'a': 1}", { line: 1, column: 2, path: [] }],
    ["a comment", '{\n  // note\n  "a": 1\n}', { line: 2, column: 3 }],
    ["a leading zero", '{"year": 02025}', { line: 1, column: 10, path: ["year"], message: "invalid number" }],
    ["a missing comma", '{"a": [1\n  2]}', { line: 2, column: 3, path: ["a"] }],
    ["text after the value", '{"a": 1} x', { line: 1, column: 10 }],
    ["an unclosed object", '{"a": {"b": 1}', { line: 1, column: 15, path: [] }],
    ["a YAML-only unquoted key", "{a: 1}", { line: 1, column: 2 }],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    const issues = issuesOf(text, { format: "json" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "invalid_json", ...expected });
  });

  it("an empty text", () => {
    expect(issuesOf(" \n", { format: "json" })).toEqual([
      { code: "empty_document", path: [], message: "the text is empty", line: 1, column: 1, excerpt: " " },
    ]);
  });

  it("nesting deeper than the limit", () => {
    const issues = issuesOf(`${"[".repeat(10_000)}${"]".repeat(10_000)}`, { format: "json" });
    expect(issues).toMatchObject([{ code: "too_deep", line: 1, column: 257 }]);
  });

  it("gives the excerpt of the line", () => {
    const [issue] = issuesOf('{\n  "title": "规划",\n  "a": tru\n}', { format: "json" });
    expect(issue).toMatchObject({ line: 3, column: 8, excerpt: '  "a": tru' });
  });
});

describe("loadPlan: JSON specifics", () => {
  it("reports a duplicate key instead of keeping the last value", () => {
    const text = fixtureJson.replace(
      '"issuer": "辽宁省知识产权局",',
      '"issuer": "辽宁省知识产权局",\n  "issuer": "x",',
    );
    const issues = issuesOf(text, { format: "json" });
    expect(issues).toEqual([
      {
        code: "duplicate_key",
        path: ["issuer"],
        message: 'duplicate key "issuer"',
        ...positionOf(text, '"issuer": "x"'),
        excerpt: '  "issuer": "x",',
      },
    ]);
  });

  it("reports a __proto__ key at the key, without touching any prototype", () => {
    const text = fixtureJson.replace(
      '"basedOn": [],',
      '"basedOn": [],\n  "__proto__": { "polluted": true },',
    );
    const issues = issuesOf(text, { format: "json" });
    expect(issues).toEqual([
      expect.objectContaining({
        code: "forbidden_key",
        path: ["__proto__"],
        ...positionOf(text, '"__proto__"'),
      }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("loadPlan: schema issues carry their position", () => {
  it("a number where a decimal string is expected", () => {
    const text = fixtureJson.replace('"value": "6"', '"value": 6');
    expect(issuesOf(text, { format: "json" })).toEqual([
      expect.objectContaining({
        code: "invalid_type",
        path: ["targets", 0, "value"],
        ...positionOf(text, "6,", text.indexOf('"value": 6')),
        excerpt: '      "value": 6,',
      }),
    ]);
  });

  it("a missing key points at the object that lacks it", () => {
    const text = fixtureJson.replace('  "title": "辽宁省“十四五”知识产权保护和运用规划",\n', "");
    expect(issuesOf(text, { format: "json" })).toEqual([
      { code: "missing", path: ["title"], message: 'missing "title"', line: 1, column: 1, excerpt: "{" },
    ]);
  });

  it("an unknown key points at the key", () => {
    const text = fixtureJson.replace(
      '"direction": "increase",',
      '"direction": "increase",\n      "directoin": "up",',
    );
    expect(issuesOf(text, { format: "json" })).toEqual([
      expect.objectContaining({
        code: "unknown_key",
        path: ["targets", 0, "directoin"],
        ...positionOf(text, '"directoin"'),
      }),
    ]);
  });

  it("a quote that does not match the source text", () => {
    const text = fixtureJson.replace('"quote": "年均增长6%"', '"quote": "年均增长7%"');
    const issues = issuesOf(text, { format: "json", sourceText });
    expect(issues).toEqual([
      expect.objectContaining({ code: "span_quote_mismatch", path: ["targets", 0, "source", "quote"] }),
    ]);
    expect(issues[0]).toMatchObject(positionOf(text, '"年均增长7%"'));
  });

  it("several problems come back together, in text order", () => {
    const text = fixtureJson
      .replace('"value": "6"', '"value": "6%"')
      .replace('"start": 2021', '"start": "2021"');
    expect(issuesOf(text, { format: "json" }).map((issue) => [issue.code, issue.line])).toEqual([
      ["invalid_year", positionOf(text, '"2021"').line],
      ["invalid_decimal", positionOf(text, '"6%"').line],
    ]);
  });
});

describe("loadPlan: YAML", () => {
  it("a syntax error", () => {
    expect(issuesOf("title: 规划\nregion:\n  name: [辽宁省\nperiod: 1\n", { format: "yaml" })).toEqual([
      expect.objectContaining({ code: "invalid_yaml", path: ["period"], line: 4, column: 1 }),
    ]);
  });

  it("a duplicate key", () => {
    const text = fixtureYaml.replace("issuer: 辽宁省知识产权局\n", "issuer: 辽宁省知识产权局\nissuer: x\n");
    expect(issuesOf(text, { format: "yaml" })).toEqual([
      expect.objectContaining({ code: "duplicate_key", path: ["issuer"], ...positionOf(text, "issuer: x") }),
    ]);
  });

  it("a tag is never run or kept as a string", () => {
    const text = 'title: !!js/function "function () { return 1 }"\nid: !custom x\n';
    expect(issuesOf(text, { format: "yaml" })).toMatchObject([
      { code: "unknown_tag", path: ["title"], line: 1, column: 8 },
      { code: "unknown_tag", path: ["id"], line: 2, column: 5 },
    ]);
  });

  it("an alias bomb is rejected", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [name, previous] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
      ["f", "e"],
    ] as const)
      lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]`);
    expect(issuesOf(lines.join("\n"), { format: "yaml" })).toMatchObject([
      { code: "alias_limit", path: ["b", 0], line: 2, column: 8 },
    ]);
  });

  it("a key that is not a plain value", () => {
    expect(issuesOf("? [a, b]\n: 1\n", { format: "yaml" })).toMatchObject([
      { code: "invalid_yaml", line: 1, column: 3 },
    ]);
  });

  it("more than one document", () => {
    expect(issuesOf("id: a\n---\nid: b\n", { format: "yaml" })).toMatchObject([
      { code: "invalid_yaml", line: 2, column: 1 },
    ]);
  });

  it("an empty document", () => {
    expect(issuesOf("# nothing here\n", { format: "yaml" })).toMatchObject([
      { code: "empty_document", line: 1, column: 1 },
    ]);
  });

  it("an unquoted number where a decimal string is expected", () => {
    const text = fixtureYaml.replace('value: "6"', "value: 6");
    expect(issuesOf(text, { format: "yaml" })).toEqual([
      expect.objectContaining({
        code: "invalid_type",
        path: ["targets", 0, "value"],
        line: positionOf(text, "value: 6").line,
        column: positionOf(text, "value: 6").column + 7,
      }),
    ]);
  });

  it("a __proto__ key is reported, not merged", () => {
    const text = fixtureYaml.replace("basedOn: []\n", "basedOn: []\n__proto__:\n  polluted: true\n");
    expect(issuesOf(text, { format: "yaml" })).toMatchObject([
      { code: "forbidden_key", path: ["__proto__"], ...positionOf(text, "__proto__") },
    ]);
  });
});

describe("loadPlan: the throwing variant", () => {
  it("throws a LoaderError with every issue", () => {
    const text = fixtureJson
      .replace('"value": "6"', '"value": 6')
      .replace('"start": 2021', '"start": "2021"');
    const error = (() => {
      try {
        loadPlan(text, { format: "json" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(LoaderError);
    expect((error as LoaderError).code).toBe("invalid_plan");
    expect((error as LoaderError).issues).toHaveLength(2);
    expect((error as LoaderError).message).toMatchInlineSnapshot(`
      "invalid plan: 2 problems
        15:14 $.period.start: expected an integer year [invalid_year]
        28:16 $.targets[0].value: expected a decimal string such as "30.96" [invalid_type]"
    `);
  });

  it("rejects an unknown format as a programming error", () => {
    expect(() => safeLoadPlan("{}", { format: "toml" as "json" })).toThrow(TypeError);
  });
});
