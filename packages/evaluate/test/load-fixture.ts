import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePlan, type Plan } from "@guihua/schema";

const here = dirname(fileURLToPath(import.meta.url));

/** The raw seed text a fixture's spans point into. */
export function seedText(document: string): string {
  return readFileSync(join(here, "../../../seeds/raw", `${document}.txt`), "utf8");
}

/** A fixture plan, validated and with every span checked against its seed text. */
export function loadPlan(name: string, document: string): Plan {
  const json: unknown = JSON.parse(readFileSync(join(here, "fixtures", name), "utf8"));
  return parsePlan(json, { text: seedText(document) });
}
