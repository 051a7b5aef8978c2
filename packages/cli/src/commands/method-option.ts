import { UsageError } from "../errors.js";

/** The evaluation presets a user can name with `--method`. */
export const METHOD_NAMES = ["statcan", "unsd", "destatis", "escap-csi"] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

/** `--method name`, statcan by default; anything else is a usage error listing the choices. */
export function methodOption(value: unknown): MethodName {
  if (value === undefined) return "statcan";
  const name = String(value);
  if ((METHOD_NAMES as readonly string[]).includes(name)) return name as MethodName;
  throw new UsageError(`--method must be one of ${METHOD_NAMES.join(", ")}, got "${name}"`);
}
