import { SchemaValidationError } from "./errors.js";
import { Evaluation } from "./evaluation.js";
import { safeParseWith, type SafeParseResult } from "./safe-parse.js";

/**
 * Validates an evaluation and returns it typed, or every problem with its JSON path.
 *
 * @example
 * const result = safeParseEvaluation({ ...evaluation, status: "fine" }); // issues[0]: invalid_value at ["status"]
 */
export function safeParseEvaluation(input: unknown): SafeParseResult<Evaluation> {
  return safeParseWith(Evaluation, input);
}

/**
 * Validates an evaluation; throws a {@link SchemaValidationError}.
 *
 * @example
 * const evaluation = parseEvaluation(JSON.parse(json)); // evaluation.status === "on-track"
 */
export function parseEvaluation(input: unknown): Evaluation {
  const result = safeParseEvaluation(input);
  if (!result.success) throw new SchemaValidationError("evaluation", result.issues);
  return result.data;
}
