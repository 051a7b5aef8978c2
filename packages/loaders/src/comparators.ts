import type { Comparator } from "@guihua/schema";
import { COMPARATORS_AFTER, COMPARATORS_BEFORE } from "./vocabulary.js";

export function findComparatorBefore(
  text: string,
  from: number,
  to: number,
): { comparator: Comparator; word: string } | undefined {
  const window = text.slice(Math.max(from, to - 9), to);
  for (const [word, comparator] of COMPARATORS_BEFORE) if (window.endsWith(word)) return { comparator, word };
  // A verb may sit between: 至少举办1次, 不少于培训100人次.
  for (const [word, comparator] of COMPARATORS_BEFORE) {
    const index = window.lastIndexOf(word);
    if (
      index !== -1 &&
      window.length - index - word.length <= 3 &&
      /^[\u4e00-\u9fff]*$/.test(window.slice(index + word.length))
    )
      return { comparator, word };
  }
  return undefined;
}

export function findComparatorAfter(
  text: string,
  at: number,
): { comparator: Comparator; word: string } | undefined {
  const window = text.slice(at, at + 4);
  for (const [word, comparator] of COMPARATORS_AFTER)
    if (window.startsWith(word)) return { comparator, word };
  return undefined;
}
