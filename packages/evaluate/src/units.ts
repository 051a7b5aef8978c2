/** Multiplier prefixes that may sit at the front of a unit written as a base: 万件, 亿元, 千人. */
const PREFIX_POWERS: readonly (readonly [string, number])[] = [
  ["千万", 7],
  ["百万", 6],
  ["十万", 5],
  ["万", 4],
  ["萬", 4],
  ["亿", 8],
  ["億", 8],
  ["千", 3],
  ["百", 2],
];

/** A unit reduced to its measure word and a power of ten: {base "万件", multiplier 0} → {measure "件", power 4}. */
export interface CanonicalUnit {
  measure: string;
  power: number;
}

/**
 * Reduces a base unit to a measure and the power of ten its values are written in. A schema unit's
 * `multiplier` only records how the number was written (values are already in `base`), so it is not used.
 */
export function canonicalUnit(base: string): CanonicalUnit {
  const known = canonicalUnits.get(base);
  if (known !== undefined) return known;
  const unit = reduce(base);
  if (canonicalUnits.size < 4096) canonicalUnits.set(base, unit);
  return unit;
}

const canonicalUnits = new Map<string, CanonicalUnit>();

function reduce(base: string): CanonicalUnit {
  const trimmed = base.trim();
  for (const [prefix, power] of PREFIX_POWERS) {
    if (trimmed.length > prefix.length && trimmed.startsWith(prefix)) {
      return { measure: trimmed.slice(prefix.length), power };
    }
  }
  return { measure: trimmed, power: 0 };
}

/**
 * The power of ten that turns a value in `from` into a value in `to`, or undefined when the measures differ
 * (件 against 元). An empty measure matches anything: a unit left blank is not a conflict.
 */
export function conversionPower(from: CanonicalUnit, to: CanonicalUnit): number | undefined {
  if (from.measure !== to.measure && from.measure !== "" && to.measure !== "") return undefined;
  return from.power - to.power;
}
