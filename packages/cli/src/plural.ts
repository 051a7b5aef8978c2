/**
 * "1 finding", "2 findings": an English count with its noun in the right number.
 *
 * @example
 * count(1, "issue"); // "1 issue"
 * count(3, "fact"); // "3 facts"
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
