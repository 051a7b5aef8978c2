import { findIndicator, indicators, normaliseName } from "@guihua/dataset";

/** A catalogue name must cover this share of the written name to be taken as its indicator. */
const MIN_COVERAGE = 0.6;
const MIN_NAME_LENGTH = 4;

let names: { key: string; id: string }[] | undefined;

function catalogueNames(): { key: string; id: string }[] {
  names ??= indicators
    .flatMap((indicator) =>
      [indicator.name, ...indicator.aliases].map((name) => ({ key: normaliseName(name), id: indicator.id })),
    )
    .filter((entry) => entry.key.length >= MIN_NAME_LENGTH)
    .sort((a, b) => b.key.length - a.key.length);
  return names;
}

/**
 * The catalogue id of an indicator named as written: an exact name or alias from @guihua/dataset
 * (traditional spellings, brackets and quote marks normalised), else the longest catalogue name the
 * written name contains when it covers most of it ("全市有效发明专利总量" → valid-invention-patents).
 *
 * @example
 * resolveIndicatorId("万人高价值专利拥有量"); // "high-value-invention-patents-per-10k"
 */
export function resolveIndicatorId(name: string): string | undefined {
  if (resolved.has(name)) return resolved.get(name);
  const id = lookUp(name);
  if (resolved.size >= MAX_CACHED) resolved.clear();
  resolved.set(name, id);
  return id;
}

/** Names already looked up (plans repeat their indicators); cleared when full. */
const resolved = new Map<string, string | undefined>();
const MAX_CACHED = 10_000;

function lookUp(name: string): string | undefined {
  const exact = findIndicator(name);
  if (exact) return exact.id;
  const key = normaliseName(name);
  if (key.length < MIN_NAME_LENGTH) return undefined;
  for (const entry of catalogueNames()) {
    if (entry.key.length > key.length) continue;
    if (entry.key.length / key.length < MIN_COVERAGE) break;
    if (key.includes(entry.key)) return entry.id;
  }
  return undefined;
}
