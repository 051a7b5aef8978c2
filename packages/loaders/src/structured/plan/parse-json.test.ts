import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJson } from "./parse-json.js";

describe("parseJson", () => {
  it("reads every JSON text as JSON.parse does", () => {
    fc.assert(
      fc.property(fc.json({ depthSize: "medium" }), (text) => {
        const parsed = parseJson(text);
        expect(parsed.issues).toEqual([]);
        expect(parsed.value).toStrictEqual(JSON.parse(text));
      }),
    );
  });

  it("never throws, and fails exactly when JSON.parse fails (for text without duplicate keys)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((text) => text.slice(0, -1)),
        ),
        (text) => {
          const parsed = parseJson(text);
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          if (!parsed.issues.some((issue) => issue.code === "duplicate_key"))
            expect(parsed.issues.length === 0).toBe(valid && text.trim() !== "");
        },
      ),
    );
  });

  it("keeps __proto__ an own key", () => {
    const { value } = parseJson('{"__proto__": {"polluted": 1}}');
    expect(Object.keys(value as object)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
