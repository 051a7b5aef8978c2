import { z } from "zod";
import { Evaluation, Finding } from "./evaluation.js";
import { Indicator } from "./indicator.js";
import { GrowthClaim, Observation } from "./observation.js";
import { Plan } from "./plan.js";
import { Region } from "./region.js";
import { SourceSpan } from "./source-span.js";
import { Target } from "./target.js";

/** The schemas published as JSON Schema files, by file stem. */
export const PUBLISHED_SCHEMAS = {
  plan: Plan,
  target: Target,
  observation: Observation,
  observations: z.array(Observation),
  "growth-claim": GrowthClaim,
  evaluation: Evaluation,
  finding: Finding,
  indicator: Indicator,
  region: Region,
  "source-span": SourceSpan,
} as const;

/**
 * JSON Schema (draft 2020-12) documents for every published schema, keyed by file name,
 * so apps in other languages can validate the same files.
 *
 * @example
 * const files = jsonSchemas(); // { "plan.schema.json": { $schema: "https://json-schema.org/draft/2020-12/schema", … }, … }
 */
export function jsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [stem, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
    const document = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
    out[`${stem}.schema.json`] = { $id: `https://guihua.dev/schema/${stem}.schema.json`, ...document };
  }
  return out;
}
