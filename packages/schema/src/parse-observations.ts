import { z } from "zod";
import { SchemaValidationError } from "./errors.js";
import { Observation } from "./observation.js";
import { safeParseWith, type SafeParseResult } from "./safe-parse.js";

const Observations = z.array(Observation);

/** Validates one observation. */
export function safeParseObservation(input: unknown): SafeParseResult<Observation> {
  return safeParseWith(Observation, input);
}

/** Validates one observation; throws a {@link SchemaValidationError}. */
export function parseObservation(input: unknown): Observation {
  const result = safeParseObservation(input);
  if (!result.success) throw new SchemaValidationError("observation", result.issues);
  return result.data;
}

/** Validates a list of observations. */
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
