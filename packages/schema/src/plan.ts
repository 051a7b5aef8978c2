import { z } from "zod";
import { GrowthClaim, Observation } from "./observation.js";
import { IsoDate, Year } from "./primitives.js";
import { Region } from "./region.js";
import { SourceSpan } from "./source-span.js";
import { Target } from "./target.js";

/** The version of the data format written in `Plan.schemaVersion`. */
export const SCHEMA_VERSION = "1.0" as const;

export const DocumentType = z.enum(["plan", "implementation-plan", "strategy", "work-report", "other"]);
export type DocumentType = z.infer<typeof DocumentType>;

/** A plan this one is based on (根据《…》). */
export const ParentPlan = z.strictObject({
  title: z.string().min(1),
  source: SourceSpan.optional(),
});
export type ParentPlan = z.infer<typeof ParentPlan>;

/** A whole plan: metadata, targets and the past values it states. */
export const Plan = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  title: z.string().min(1),
  titleSource: z.enum(["text", "inferred"]).optional(),
  documentType: DocumentType.optional(),
  issuer: z.string().optional(),
  region: Region,
  issued: IsoDate.optional(),
  documentNumber: z.string().optional(),
  period: z.strictObject({ start: Year.optional(), end: Year.optional() }),
  script: z.enum(["simplified", "traditional", "mixed"]),
  basedOn: z.array(ParentPlan),
  targets: z.array(Target),
  facts: z.array(Observation),
  claims: z.array(GrowthClaim).optional(),
  /** sha256 of the source text as received, lower-case hex. */
  sourceSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type Plan = z.infer<typeof Plan>;
