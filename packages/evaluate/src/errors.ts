/** The closed set of error codes thrown by this package. A target that is not met is a result, not an error. */
export const EVALUATE_ERROR_CODES = [
  "GUIHUA_EVALUATE_AS_OF_BEFORE_BASE",
  "GUIHUA_EVALUATE_INVALID_AS_OF",
  "GUIHUA_EVALUATE_UNKNOWN_METHOD",
  "GUIHUA_EVALUATE_INVALID_METHOD_PARAMETER",
  "GUIHUA_EVALUATE_INVALID_INPUT",
] as const;
export type EvaluateErrorCode = (typeof EVALUATE_ERROR_CODES)[number];

/** Thrown when the request itself cannot be answered: a bad as-of date, an unknown method. */
export class EvaluateError extends Error {
  readonly code: EvaluateErrorCode;
  readonly details: Record<string, string | number>;

  // The default and float entries are bundled apart; an error thrown by either is an EvaluateError to both.
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!(value instanceof Error) || value.name !== "EvaluateError") return false;
    const code: unknown = (value as Error & { code?: unknown }).code;
    return typeof code === "string" && code.startsWith("GUIHUA_EVALUATE_");
  }

  constructor(code: EvaluateErrorCode, message: string, details: Record<string, string | number> = {}) {
    super(message);
    this.name = "EvaluateError";
    this.code = code;
    this.details = details;
  }
}
