import { Observation as ObservationSchema, Target as TargetSchema } from "@guihua/schema";
import { checkObservationShape } from "./check-observation-shape.js";
import { checkTargetShape } from "./check-target-shape.js";
import { fail } from "./shape-checks.js";

/**
 * Full validation of one target and its observations against the schema, for a direct `evaluateTarget`
 * call: the first problem as an `EvaluateError` with its JSON path.
 */
export function validateTargetInput(target: unknown, observations: unknown): void {
  if (!Array.isArray(observations))
    fail({ at: "observations" }, "", "must be an array of schema Observations");
  checkTargetShape(target, "target");
  const parsed = TargetSchema.safeParse(target);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    fail({ at: "target", targetId: target.id }, issue.path.map(String).join("."), issue.message);
  }
  observations.forEach((observation, index) => {
    checkObservationShape(observation, "observations", index);
    const result = ObservationSchema.safeParse(observation);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      fail({ at: "observations", index }, issue.path.map(String).join("."), issue.message);
    }
  });
}
