import type { Finding } from "@guihua/schema";

/** A finding before it is numbered. */
export type FindingDraft = Omit<Finding, "id">;
