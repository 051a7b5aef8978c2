import { SchemaValidationError } from "./errors.js";
import { Observation } from "./observation.js";
import { safeParseWith, type SafeParseResult } from "./safe-parse.js";

/**
 * Validates one observation and returns it typed, or every problem with its JSON path.
 *
 * @example
 * const result = safeParseObservation({ indicator: { name: "有效发明专利" }, region: "辽宁省", period: { year: 2020 },
 *   value: "-5", unit: { asWritten: "件", base: "件", multiplier: 0 }, status: "final", vintage: { source: "x" } });
 * // result.success === false; result.issues[0].code === "negative_value", path ["value"]
 */
export function safeParseObservation(input: unknown): SafeParseResult<Observation> {
  return safeParseWith(Observation, input);
}

/**
 * Validates one observation; throws a {@link SchemaValidationError} listing every problem.
 *
 * @example
 * const observation = parseObservation(JSON.parse(json)); // observation.period.year === 2023
 */
export function parseObservation(input: unknown): Observation {
  const result = safeParseObservation(input);
  if (!result.success) throw new SchemaValidationError("observation", result.issues);
  return result.data;
}
