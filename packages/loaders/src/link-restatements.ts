import type { Target } from "@guihua/schema";

const MIN_SHARED_NAME = 4;
const MIN_SHARED_SHARE = 0.7;
const MAX_NAME = 30;
const MAX_BUCKET_COMPARISONS = 8;

function valueKey(target: Target): string | undefined {
  if (target.kind === "qualitative" || target.kind === "comparative") return undefined;
  const high = "valueHigh" in target ? (target.valueHigh ?? "") : "";
  // The comparator is left out on purpose: 0.6件 restated as 超过0.6件 is a changed restatement.
  return `${target.kind}|${target.value}|${high}|${target.unit.base}|${target.targetYear}`;
}

/** Length of the longest common substring (names are short: quadratic in their length is fine). */
const previousRow = new Int32Array(MAX_NAME + 1);
const currentRow = new Int32Array(MAX_NAME + 1);
function longestCommon(a: string, b: string): number {
  let best = 0;
  previousRow.fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    currentRow.fill(0);
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      if (code === b.charCodeAt(j - 1)) {
        const length = (previousRow[j - 1] ?? 0) + 1;
        currentRow[j] = length;
        if (length > best) best = length;
      }
    }
    previousRow.set(currentRow);
  }
  return best;
}

/** How closely two indicator names agree: 0 when they do not, else the shared length. */
function nameAffinity(a: string, b: string): number {
  if (a === b) return a.length + 1;
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_SHARED_NAME) return 0;
  const common = longestCommon(a.slice(0, MAX_NAME), b.slice(0, MAX_NAME));
  return common >= MIN_SHARED_NAME && common >= MIN_SHARED_SHARE * shorter ? common : 0;
}

/**
 * Links restatements: a later target with the same kind, value, unit and year as an earlier one and the
 * same catalogue indicator or a largely shared name restates it (`restates` on the later, `restatedBy` on the first). Both are kept.
 *
 * @example
 * linkRestatements(targets); // targets[7].restates === "t2"
 */
export function linkRestatements(targets: Target[]): Target[] {
  const buckets = new Map<string, Target[]>();
  const restatedBy = new Map<string, string[]>();
  const restates = new Map<string, string>();
  for (const target of targets) {
    const key = valueKey(target);
    if (key === undefined) continue;
    const bucket = buckets.get(key) ?? [];
    let best: Target | undefined;
    let bestAffinity = 0;
    // The first few and the last few of a bucket: restatements sit near the original or near each other.
    const candidates =
      bucket.length <= MAX_BUCKET_COMPARISONS
        ? bucket
        : [...bucket.slice(0, MAX_BUCKET_COMPARISONS / 2), ...bucket.slice(-MAX_BUCKET_COMPARISONS / 2)];
    for (const earlier of candidates) {
      if (earlier.source.start === target.source.start) continue;
      const sameId = earlier.indicator.id !== undefined && earlier.indicator.id === target.indicator.id;
      const affinity = sameId ? MAX_NAME + 2 : nameAffinity(earlier.indicator.name, target.indicator.name);
      if (affinity > bestAffinity) [best, bestAffinity] = [earlier, affinity];
    }
    if (best !== undefined) {
      const original = restates.get(best.id) ?? best.id;
      restates.set(target.id, original);
      const list = restatedBy.get(original);
      if (list) list.push(target.id);
      else restatedBy.set(original, [target.id]);
    }
    bucket.push(target);
    buckets.set(key, bucket);
  }
  const byId = new Map(targets.map((target) => [target.id, target]));
  return targets.map((target) => {
    const by = restatedBy.get(target.id);
    const of = restates.get(target.id);
    if (by === undefined && of === undefined) return target;
    const first = of === undefined ? undefined : byId.get(of);
    const changed =
      first !== undefined &&
      "comparator" in first &&
      "comparator" in target &&
      first.comparator !== target.comparator;
    const ambiguities = changed
      ? [
          ...(target.ambiguities ?? []),
          {
            code: "restatement-changed" as const,
            note: `restates ${of} with comparator ${target.comparator} instead of ${first.comparator}`,
          },
        ]
      : target.ambiguities;
    return {
      ...target,
      ...(by ? { restatedBy: by } : {}),
      ...(of ? { restates: of } : {}),
      ...(ambiguities ? { ambiguities } : {}),
    };
  });
}
