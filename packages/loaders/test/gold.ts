import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Target } from "@guihua/schema";

export const SEEDS_DIRECTORY = join(import.meta.dirname, "../../../seeds/raw");
/** The hand annotation of the seeds (a copy of the shared gold kept in `seeds/gold`), so the test runs anywhere. */
export const GOLD_DIRECTORY = join(import.meta.dirname, "../../../seeds/gold");

export interface GoldTarget {
  id: string;
  quote: string;
  offset: number;
  kind: string;
  value: number | null;
  value_high: number | null;
  comparator: string;
  target_year: number;
  optional?: boolean;
  duplicate_of?: string | null;
}

export interface Seed {
  name: string;
  text: string;
  gold: { document: { annotate_before_offset: number | null }; targets: GoldTarget[] } | undefined;
}

/** The seed texts, with their gold annotation when the shared gold directory is present. */
export function loadSeeds(): Seed[] {
  return readdirSync(SEEDS_DIRECTORY)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, "");
      let gold: Seed["gold"];
      try {
        gold = JSON.parse(readFileSync(join(GOLD_DIRECTORY, `${name}.json`), "utf8")) as Seed["gold"];
      } catch {
        gold = undefined;
      }
      return { name, text: readFileSync(join(SEEDS_DIRECTORY, file), "utf8"), gold };
    });
}

const GOLD_KINDS: Readonly<Record<string, string>> = {
  cagr: "growth-rate",
  total_growth: "total-growth",
  per_year: "per-year",
};

export interface SeedScore {
  name: string;
  scored: number;
  found: number;
  predicted: number;
  counted: number;
  correct: number;
  exact: number;
  misses: GoldTarget[];
  falsePositives: Target[];
  inexact: { gold: GoldTarget; predicted: Target }[];
}

function valueOf(target: Target): number | undefined {
  return "value" in target && target.value !== undefined ? Number(target.value) : undefined;
}

function agrees(gold: GoldTarget, predicted: Target): boolean {
  const value = valueOf(predicted);
  if (gold.value === null) return value === undefined || predicted.kind === "comparative";
  return value !== undefined && Math.abs(value - gold.value) <= 1e-9 * Math.max(1, Math.abs(gold.value));
}

function overlaps(gold: GoldTarget, predicted: Target): boolean {
  return predicted.source.start < gold.offset + gold.quote.length && gold.offset < predicted.source.end;
}

/**
 * The matching rule. A predicted target matches a gold target when their spans overlap and their
 * values agree (both absent for comparative targets). Matching is one to one, scored gold first.
 * Recall: scored gold found / scored gold. Precision: predictions matched to scored gold / predictions
 * not matched to optional or duplicate gold. Exact: found scored gold whose kind, comparator and target
 * year are all right. Qualitative predictions are outside the gold and not scored.
 */
export function scoreSeed(seed: Seed, targets: readonly Target[]): SeedScore | undefined {
  if (seed.gold === undefined) return undefined;
  const limit = seed.gold.document.annotate_before_offset ?? Number.POSITIVE_INFINITY;
  // The gold annotates quantitative targets only: qualitative ones are outside its scope.
  const predictions = targets.filter(
    (target) => target.source.start < limit && target.kind !== "qualitative",
  );
  const isScored = (gold: GoldTarget) => !gold.optional && !gold.duplicate_of;
  const gold = [...seed.gold.targets].sort((a, b) => Number(isScored(b)) - Number(isScored(a)));
  const used = new Set<number>();
  const score: SeedScore = {
    name: seed.name,
    scored: 0,
    found: 0,
    predicted: predictions.length,
    counted: predictions.length,
    correct: 0,
    exact: 0,
    misses: [],
    falsePositives: [],
    inexact: [],
  };
  for (const item of gold) {
    const expectedKind = GOLD_KINDS[item.kind] ?? item.kind;
    let best = -1;
    for (let index = 0; index < predictions.length; index += 1) {
      const predicted = predictions[index];
      if (
        predicted === undefined ||
        used.has(index) ||
        !overlaps(item, predicted) ||
        !agrees(item, predicted)
      )
        continue;
      if (best === -1 || predictions[best]?.kind !== expectedKind) best = index;
    }
    if (isScored(item)) score.scored += 1;
    if (best === -1) {
      if (isScored(item)) score.misses.push(item);
      continue;
    }
    used.add(best);
    const predicted = predictions[best] as Target;
    if (!isScored(item)) {
      score.counted -= 1;
      continue;
    }
    score.found += 1;
    score.correct += 1;
    const comparator = "comparator" in predicted ? predicted.comparator : undefined;
    if (
      predicted.kind === expectedKind &&
      comparator === item.comparator &&
      predicted.targetYear === item.target_year
    )
      score.exact += 1;
    else score.inexact.push({ gold: item, predicted });
  }
  predictions.forEach((predicted, index) => {
    if (!used.has(index)) score.falsePositives.push(predicted);
  });
  return score;
}

/** The counts a score table shows. */
export type ScoreTotals = Pick<SeedScore, "scored" | "found" | "counted" | "correct" | "exact">;

/** A share, 1 when there is nothing to count. */
export function scoreRatio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

/** One Markdown row: found/scored and recall, correct/counted and precision, exact/found and its rate. */
export function scoreRow(name: string, score: ScoreTotals): string {
  const cells = [
    name,
    `${score.found}/${score.scored}`,
    scoreRatio(score.found, score.scored).toFixed(3),
    `${score.correct}/${score.counted}`,
    scoreRatio(score.correct, score.counted).toFixed(3),
    `${score.exact}/${score.found}`,
    scoreRatio(score.exact, score.found).toFixed(3),
  ];
  return `| ${cells.join(" | ")} |`;
}

/** The sum of several documents' scores. */
export function sumScores(scores: readonly ScoreTotals[]): ScoreTotals {
  return scores.reduce<ScoreTotals>(
    (sum, score) => ({
      scored: sum.scored + score.scored,
      found: sum.found + score.found,
      counted: sum.counted + score.counted,
      correct: sum.correct + score.correct,
      exact: sum.exact + score.exact,
    }),
    { scored: 0, found: 0, counted: 0, correct: 0, exact: 0 },
  );
}
