/**
 * Writes a finite number as a plain decimal string without an exponent. At 15 or more significant digits it
 * is the shortest string that reads back as the same float64 (no digit invented, none lost); below 15 it is
 * rounded to `significant` digits.
 */
export function plainNumber(value: number, significant = 17): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (value === 0) return "0";
  const text = significant >= 15 ? String(value) : String(Number(value.toPrecision(significant)));
  return text.includes("e") ? expandExponent(text) : text;
}

function expandExponent(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
  const exponent = Number(exponentText);
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`.replace(/0+$/, "");
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
