// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the declaration travels with this file for tools that compile it alone
/// <reference path="./opencc-js.d.ts" />
import { Converter } from "opencc-js/t2cn";
import { CHINESE_DIGIT_CHARACTERS } from "./vocabulary.js";

/** Characters rewritten one for one, whatever the script: spaces, dashes, wave marks. */
const SINGLE_REPLACEMENTS: Readonly<Record<string, string>> = {
  "\u00a0": " ",
  "\u3000": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u200b": " ",
  "\ufeff": " ",
  "\u301c": "~",
  "\u2236": ":",
  "\u25cb": "〇",
  "\u2014": "—",
};
const CHINESE_DIGITS = "〇零一二两三四五六七八九十";
/** A year in Chinese digits, one character a digit, before 年: 二〇二五, 一九九八 (not 二十年, 一万二千年). */
const CHINESE_YEAR_PATTERN =
  /(?<![〇零一二两三四五六七八九十百千万])[一二][〇零九][〇零一二三四五六七八九]{2}(?=年)/g;
const CHINESE_YEAR_HINT = /[一二][〇零九][〇零一二三四五六七八九]{2}年/;
/** Characters opencc turns into another one although simplified text uses them too (显著, 乾坤). */
const SIMPLIFIED_HOMOGRAPHS = new Set(["著", "乾"]);

export interface NormalisedText {
  /** The text exactly as received. */
  original: string;
  /** The normalised text. Normalisation rewrites one UTF-16 unit for one, so offsets are shared. */
  text: string;
  /** How many characters the traditional-to-simplified step changed. */
  traditionalCount: number;
  /** How many CJK characters the text holds. */
  cjkCount: number;
}

let converter: ((text: string) => string) | undefined;
/** Characters turned back into a string at a time (well under the engine's argument limit). */
const CHUNK = 8192;
const CJK_FIRST = 0x3400;
const CJK_LAST = 0x9fff;
/** The simplified form of every CJK character seen so far (0: not looked up yet). */
const simplifiedCache = new Uint16Array(CJK_LAST - CJK_FIRST + 1);

function simplify(code: number): number {
  const cached = simplifiedCache[code - CJK_FIRST] ?? 0;
  if (cached !== 0) return cached;
  converter ??= Converter({ from: "tw", to: "cn" });
  const character = String.fromCharCode(code);
  const converted = SIMPLIFIED_HOMOGRAPHS.has(character) ? character : converter(character);
  // Keep the offset map exact: only one-for-one conversions are applied.
  const result = converted.length === 1 ? converted.charCodeAt(0) : code;
  simplifiedCache[code - CJK_FIRST] = result;
  return result;
}

function isChineseDigit(character: string | undefined): boolean {
  return character !== undefined && CHINESE_DIGITS.includes(character);
}

/**
 * Normalises plan text without moving any offset: full-width digits and punctuation to ASCII,
 * non-breaking and ideographic spaces to spaces, a Latin O between Chinese numerals to 〇 (二O三五),
 * traditional characters to simplified ones (opencc-js t2cn, character by character), and a year
 * written in Chinese digits to Arabic digits (二〇三五年 → 2035年).
 * Every rewrite replaces one UTF-16 unit with one, so `text[i]` comes from `original[i]`.
 *
 * @example
 * normalise("到二O三五年，累計１.８萬件").text; // "到2035年,累计1.8万件"
 */
export function normalise(original: string): NormalisedText {
  const units = new Uint16Array(original.length);
  let traditionalCount = 0;
  let cjkCount = 0;
  for (let index = 0; index < original.length; index += 1) {
    let code = original.charCodeAt(index);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code < 0x80) {
      if (
        (code === 0x4f || code === 0x6f) &&
        isChineseDigit(original[index - 1]) &&
        isChineseDigit(original[index + 1])
      )
        code = 0x3007;
    } else if (code >= CJK_FIRST && code <= CJK_LAST) {
      cjkCount += 1;
      const simplified = simplify(code);
      if (simplified !== code) {
        traditionalCount += 1;
        code = simplified;
      }
    } else {
      const replacement = SINGLE_REPLACEMENTS[original[index] ?? ""];
      if (replacement !== undefined) code = replacement.charCodeAt(0);
    }
    units[index] = code;
  }
  const chunks: string[] = [];
  for (let index = 0; index < units.length; index += CHUNK)
    chunks.push(String.fromCharCode.apply(null, units.subarray(index, index + CHUNK) as unknown as number[]));
  const joined = chunks.join("");
  // A year written digit by digit (二〇二五年, 一九九八年) becomes Arabic, one digit for one character.
  const text = CHINESE_YEAR_HINT.test(joined)
    ? joined.replace(CHINESE_YEAR_PATTERN, (year) =>
        [...year].map((digit) => CHINESE_DIGIT_CHARACTERS[digit] ?? digit).join(""),
      )
    : joined;
  return { original, text, traditionalCount, cjkCount };
}
