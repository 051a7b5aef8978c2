import type { Target } from "@guihua/schema";

const MIN_SHARED_NAME = 4;
const MAX_BUCKET_COMPARISONS = 50;

function valueKey(target: Target): string | undefined {
  if (target.kind === "qualitative" || target.kind === "comparative") return undefined;
  const high = "valueHigh" in target ? (target.valueHigh ?? "") : "";
  return `${target.kind}|${target.value}|${high}|${target.unit.base}|${target.targetYear}`;
}

function shareName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_SHARED_NAME) return long.includes(short) && short.length >= 2;
  for (let index = 0; index + MIN_SHARED_NAME <= short.length; index += 1)
    if (long.includes(short.slice(index, index + MIN_SHARED_NAME))) return true;
  return false;
}

/**
 * Links restatements: a later target with the same kind, value, unit and year as an earlier one and an
 * overlapping indicator name restates it (`restates` on the later, `restatedBy` on the first). Both are kept.
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
    for (const earlier of bucket.slice(0, MAX_BUCKET_COMPARISONS)) {
      if (earlier.source.start === target.source.start) continue;
      if (!shareName(earlier.indicator.name, target.indicator.name)) continue;
      const original = restates.get(earlier.id) ?? earlier.id;
      restates.set(target.id, original);
      restatedBy.set(original, [...(restatedBy.get(original) ?? []), target.id]);
      break;
    }
    bucket.push(target);
    buckets.set(key, bucket);
  }
  return targets.map((target) => {
    const by = restatedBy.get(target.id);
    const of = restates.get(target.id);
    if (by === undefined && of === undefined) return target;
    return { ...target, ...(by ? { restatedBy: by } : {}), ...(of ? { restates: of } : {}) };
  });
}
