/**
 * Writes a finite number as a plain decimal string without an exponent. At 15 or more significant digits it
 * is the shortest string that reads back as the same float64 (no digit invented, none lost); below 15 it is
 * rounded to `significant` digits.
 */
export function plainNumber(value: number, significant = 17): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (value === 0) return "0";
  const magnitude = value < 0 ? -value : value;
  // String() writes an exponent only below 1e-6 and from 1e21; toPrecision only below 1e-6 and from 10^digits.
  const plain = magnitude >= 1e-6 && magnitude < 1e21;
  if (significant >= 15) {
    const text = String(value);
    return plain ? text : expandExponent(text);
  }
  if (plain) {
    // Rounded digits with the trailing zeros dropped: what String(Number(…)) gives, without reading it back.
    const text = value.toPrecision(significant);
    if (!text.includes("e")) return text.includes(".") ? trimFraction(text) : text;
  }
  const text = String(Number(value.toPrecision(significant)));
  return text.includes("e") ? expandExponent(text) : text;
}

function trimFraction(text: string): string {
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end--;
  if (text.charCodeAt(end - 1) === 46) end--;
  return end === text.length ? text : text.slice(0, end);
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
