import type { SchemaIssue } from "./issue.js";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Walks the input once (iteratively, so deep input cannot overflow the stack) and reports every
 * key that could pollute a prototype when the data is copied or merged downstream.
 */
export function findForbiddenKeys(input: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        stack.push({ value: value[index], path: [...path, index] });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) {
        issues.push({
          code: "forbidden_key",
          path: [...path, key],
          message: `the key "${key}" is not allowed`,
        });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}
