import { describe, expect, it } from "vitest";
import { locatePath } from "./located-node.js";
import { parseYaml } from "./parse-yaml.js";

describe("parseYaml", () => {
  it("expands a modest alias and locates paths through it, at the anchor", () => {
    const text = "unit: &unit\n  base: 件\n  multiplier: 0\nbase:\n  unit: *unit\n";
    const parsed = parseYaml(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.value).toEqual({
      unit: { base: "件", multiplier: 0 },
      base: { unit: { base: "件", multiplier: 0 } },
    });
    expect(locatePath(parsed.root!, ["base", "unit", "multiplier"], "invalid_type")).toBe(text.indexOf("0"));
    expect(locatePath(parsed.root!, ["base", "unit", "extra"], "missing")).toBe(text.indexOf("base: 件"));
  });

  it("reads YAML 1.2: yes, no and on stay strings; dates stay strings", () => {
    expect(parseYaml("a: yes\nb: no\nc: 2023-06-30\n").value).toEqual({ a: "yes", b: "no", c: "2023-06-30" });
  });

  it("an alias before its anchor", () => {
    expect(parseYaml("a: *x\nb: &x 1\n").issues).toMatchObject([{ code: "invalid_yaml", offset: 3 }]);
  });
});
