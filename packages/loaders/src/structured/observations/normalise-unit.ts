import type { Unit } from "@guihua/schema";

/**
 * Magnitude words that may stand before a unit, longest first so 万亿 wins over 亿 and 万.
 * 千 and 百 alone are left out: in 千瓦, 千克 and 百分点 they belong to the unit.
 */
const MAGNITUDES: readonly (readonly [string, number])[] = [
  ["万亿", 12],
  ["萬億", 12],
  ["千亿", 11],
  ["百亿", 10],
  ["十亿", 9],
  ["亿", 8],
  ["億", 8],
  ["千万", 7],
  ["百万", 6],
  ["十万", 5],
  ["万", 4],
  ["萬", 4],
];

/**
 * Splits a unit as written into its base unit and a power of ten: 万件 → 件 × 10^4, 亿元 → 元 × 10^8.
 * A unit without a magnitude word is its own base (件, %, 人次). Returns a message for a magnitude
 * word with nothing after it (亿), which names no unit.
 */
export function normaliseUnit(asWritten: string): Unit | string {
  for (const [word, multiplier] of MAGNITUDES) {
    if (!asWritten.startsWith(word)) continue;
    const base = asWritten.slice(word.length);
    if (base === "")
      return `"${asWritten}" is a magnitude without a unit; write the unit too, such as "${word}元"`;
    return { asWritten, base, multiplier };
  }
  return { asWritten, base: asWritten, multiplier: 0 };
}
