import { parse } from "yaml";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toYaml } from "./to-yaml.js";

describe("toYaml", () => {
  it("writes block YAML with quoted strings", () => {
    expect(toYaml({ plan: { id: "x", targets: [{ value: "6", n: 1 }], empty: [], none: {} } })).toBe(
      'plan:\n  id: "x"\n  targets:\n    - value: "6"\n      n: 1\n  empty: []\n  none: {}\n',
    );
  });

  it("round-trips any JSON value through a YAML reader", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.parse(JSON.stringify(value)) as unknown;
        expect(parse(toYaml(json))).toEqual(json);
      }),
      { numRuns: 300 },
    );
  });
});
