import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemas } from "./json-schemas.js";

const directory = new URL("../json/", import.meta.url);

describe("committed JSON Schemas", () => {
  it("match the zod schemas (run `npm run json -w @guihua/schema` when this fails)", () => {
    const expected = jsonSchemas();
    const committed = readdirSync(directory).filter((name) => name.endsWith(".schema.json"));
    expect(committed.sort()).toEqual(Object.keys(expected).sort());
    for (const [name, document] of Object.entries(expected)) {
      expect(readFileSync(new URL(name, directory), "utf8"), `${name} is stale`).toBe(
        `${JSON.stringify(document, null, 2)}\n`,
      );
    }
  });

  it("describe a target as a union over every kind", () => {
    const target = jsonSchemas()["target.schema.json"] as {
      oneOf?: { properties: { kind: { const: string } } }[];
      anyOf?: unknown[];
    };
    const variants = (target.oneOf ?? target.anyOf) as { properties: { kind: { const: string } } }[];
    expect(variants.map((variant) => variant.properties.kind.const)).toContain("growth-rate");
    expect(variants).toHaveLength(11);
  });
});
