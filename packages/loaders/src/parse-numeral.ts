import { shiftDecimal } from "@guihua/schema";
import { chinese_parseInt as chineseParseInt } from "chinese-parseint2";
import { CHINESE_DIGIT_CHARACTERS } from "./vocabulary.js";

/** Digits and place words of ordinary Chinese numerals; chinese-parseint2 also reads rarer characters we never want. */
const CHINESE_NUMERAL_PATTERN = /^[〇零一二两三四五六七八九十百千万亿]+$/;
/** Multipliers written between a number and its measure word, as powers of ten. */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  万亿: 12,
  千亿: 11,
  百亿: 10,
  十亿: 9,
  亿: 8,
  千万: 7,
  百万: 6,
  十万: 5,
  万: 4,
  千: 3,
  百: 2,
};
const ARABIC_PATTERN = /^(\d+)(?:\.(\d+))?$/;
const MAX_DIGITS = 40;

function canonicalArabic(whole: string, fraction: string | undefined): string {
  const integer = whole.replace(/^0+(?=\d)/, "");
  const decimals = (fraction ?? "").replace(/0+$/, "");
  return decimals ? `${integer}.${decimals}` : integer;
}

/**
 * Reads one number as written: Arabic (1.2, 10000), Chinese (一千二百, 两, 二〇三五, 三点五), or either
 * followed by a multiplier (1.2万, 30.96亿, 一千万). Returns a plain decimal string, or undefined.
 *
 * @example
 * parseNumeral("1.2万"); // "12000"
 * parseNumeral("一千二百"); // "1200"
 */
export function parseNumeral(written: string): string | undefined {
  let body = written.trim();
  let power = 0;
  for (const [word, exponent] of Object.entries(MULTIPLIERS)) {
    if (body.length > word.length && body.endsWith(word) && /\d$/.test(body.slice(0, -word.length))) {
      power = exponent;
      body = body.slice(0, -word.length);
      break;
    }
  }
  if (body.length === 0 || body.length > MAX_DIGITS) return undefined;
  const arabic = ARABIC_PATTERN.exec(body);
  if (arabic) return shiftDecimal(canonicalArabic(arabic[1] ?? "0", arabic[2]), power);
  const [integerPart = "", fractionWritten] = body.split("点");
  let fractionPart = fractionWritten;
  if (fractionPart !== undefined) {
    for (const [word, exponent] of Object.entries(MULTIPLIERS)) {
      if (fractionPart.length > word.length && fractionPart.endsWith(word) && exponent >= 4) {
        power = exponent;
        fractionPart = fractionPart.slice(0, -word.length);
        break;
      }
    }
  }
  if (!CHINESE_NUMERAL_PATTERN.test(integerPart)) return undefined;
  let integer: string;
  if (/^[〇零一二两三四五六七八九]{2,}$/.test(integerPart) && !/^[两]/.test(integerPart)) {
    // Digit by digit: 二〇三五.
    integer = [...integerPart].map((character) => CHINESE_DIGIT_CHARACTERS[character] ?? "0").join("");
  } else {
    const parsed = chineseParseInt(integerPart);
    if (!Number.isSafeInteger(parsed) || parsed < 0 || (parsed === 0 && !/[〇零]/.test(integerPart)))
      return undefined;
    integer = String(parsed);
  }
  let fraction: string | undefined;
  if (fractionPart !== undefined) {
    if (!/^[〇零一二两三四五六七八九]+$/.test(fractionPart)) return undefined;
    fraction = [...fractionPart].map((character) => CHINESE_DIGIT_CHARACTERS[character] ?? "0").join("");
  }
  return shiftDecimal(canonicalArabic(integer, fraction), power);
}
