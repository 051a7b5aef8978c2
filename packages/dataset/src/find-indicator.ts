import type { Indicator } from "@guihua/schema";
import { indicators } from "./indicators.js";
import { normaliseName } from "./normalise-name.js";

const byName: ReadonlyMap<string, Indicator> = (() => {
  const map = new Map<string, Indicator>();
  for (const indicator of indicators) {
    for (const name of [indicator.name, ...indicator.aliases]) {
      const key = normaliseName(name);
      const existing = map.get(key);
      if (existing && existing !== indicator)
        throw new Error(`"${name}" names both ${existing.id} and ${indicator.id}`);
      map.set(key, indicator);
    }
  }
  return map;
})();

const byId: ReadonlyMap<string, Indicator> = new Map(
  indicators.map((indicator) => [indicator.id, indicator]),
);

/** Brackets that annotators and tables add around a qualifier or a unit: (件), (知识产权保护). */
const PARENTHESISED = /\([^()]*\)/g;

/**
 * Finds a catalogue indicator by id, Chinese name or alias. Names are normalised first (whitespace,
 * full-width brackets, quote marks, traditional characters); a name that is still unknown is tried
 * once more without its bracketed parts ("万人有效发明专利拥有量(件)") and with the brackets removed.
 *
 * @example
 * findIndicator("萬人高價值專利擁有量")?.id; // "high-value-invention-patents-per-10k"
 * findIndicator("有效發明專利總量")?.id; // "valid-invention-patents"
 */
export function findIndicator(name: string): Indicator | undefined {
  const byIdHit = byId.get(name.trim());
  if (byIdHit) return byIdHit;
  const key = normaliseName(name);
  return (
    byName.get(key) ?? byName.get(key.replace(PARENTHESISED, "")) ?? byName.get(key.replace(/[()]/g, ""))
  );
}
