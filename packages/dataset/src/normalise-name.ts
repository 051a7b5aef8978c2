import { TRADITIONAL_TO_SIMPLIFIED } from "./traditional.js";

/** Quote marks and separators that vary between documents without changing the name. */
const DROPPED = /[\s\u00a0\u3000“”‘’"'「」『』《》〈〉·•]/g;

/**
 * Normalises an indicator or region name for lookup: NFKC (full-width brackets and digits become
 * half-width), whitespace and quote marks removed, traditional characters turned simplified, Latin
 * letters lower-cased.
 *
 * @example
 * normaliseName("萬人有效發明專利擁有量（件）"); // "万人有效发明专利拥有量(件)"
 */
export function normaliseName(name: string): string {
  let result = "";
  for (const character of name.normalize("NFKC").replace(DROPPED, "")) {
    result += TRADITIONAL_TO_SIMPLIFIED.get(character) ?? character;
  }
  return result.toLowerCase();
}
