const PLAIN_KEY = /^[A-Za-z_][\w-]*$/;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // A JSON string is a valid YAML double-quoted scalar: decimals stay strings ("30.96"), nothing is reinterpreted.
  return JSON.stringify(String(value));
}

function lines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}[]`];
    return value.flatMap((item) => {
      const inner = lines(item, `${indent}  `);
      const first = inner[0]!.slice(indent.length + 2);
      return [`${indent}- ${first}`, ...inner.slice(1)];
    });
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return [`${indent}{}`];
    return entries.flatMap(([key, item]) => {
      const name = PLAIN_KEY.test(key) ? key : JSON.stringify(key);
      const nested = item !== null && typeof item === "object" && Object.keys(item).length > 0;
      return nested
        ? [`${indent}${name}:`, ...lines(item, `${indent}  `)]
        : [`${indent}${name}: ${lines(item, "")[0]}`];
    });
  }
  return [`${indent}${scalar(value)}`];
}

/**
 * Serialises JSON-like data as block YAML, every string double-quoted so a YAML reader gets back
 * exactly the JSON value (no "1.10" → 1.1, no "no" → false).
 *
 * @example
 * toYaml({ plan: { id: "x", targets: [{ value: "6" }] } });
 * // 'plan:\n  id: "x"\n  targets:\n    - value: "6"\n'
 */
export function toYaml(value: unknown): string {
  return `${lines(value, "").join("\n")}\n`;
}
