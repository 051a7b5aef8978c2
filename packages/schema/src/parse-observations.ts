import { z } from "zod";
import { SchemaValidationError } from "./errors.js";
import { Observation } from "./observation.js";
import { safeParseWith, type SafeParseResult } from "./safe-parse.js";

const Observations = z.array(Observation);

/**
 * Validates a list of observations; problems carry the row index in their path.
 *
 * @example
 * const result = safeParseObservations(rows); // result.issues[0].path → [3, "period", "year"]
 */
export function safeParseObservations(input: unknown): SafeParseResult<Observation[]> {
  return safeParseWith(Observations, input);
}

/**
 * Validates a list of observations; throws a {@link SchemaValidationError}.
 *
 * @example
 * const observations = parseObservations(JSON.parse(json)); // Observation[]
 */
export function parseObservations(input: unknown): Observation[] {
  const result = safeParseObservations(input);
  if (!result.success) throw new SchemaValidationError("observations", result.issues);
  return result.data;
}
