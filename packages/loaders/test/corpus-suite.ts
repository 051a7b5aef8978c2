// A corpus of hand-annotated documents scored with the seed scorer: the held-out suites share this.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { safeParsePlan } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { extractPlan } from "../src/index.js";
import {
  scoreRatio as ratio,
  scoreRow as row,
  scoreSeed,
  sumScores,
  type Seed,
  type SeedScore,
} from "./gold.js";

export interface CorpusOptions {
  /** Suite title. */
  title: string;
  /** Folder of `<name>.txt` + `<name>.json` (gold format) pairs. */
  directory: string;
  /** How many documents the folder must hold, and their length bounds in characters. */
  documents: number;
  length: { min: number; max: number };
  /** Floors under the measured figures, so the suite guards against regressions. */
  floors: { recall: number; precision: number; exact: number };
}

function loadCorpus(directory: string): Seed[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, "");
      return {
        name,
        text: readFileSync(join(directory, file), "utf8"),
        gold: JSON.parse(readFileSync(join(directory, `${name}.json`), "utf8")) as Seed["gold"],
      };
    });
}

/** Scores `extractPlan` on a corpus: validity checks, the printed table and the floors. */
export function describeCorpus(options: CorpusOptions): void {
  const documents = loadCorpus(options.directory);
  const FLOORS = options.floors;

  describe(options.title, () => {
    it(`has ${options.documents} annotated documents whose gold quotes sit at their offsets`, () => {
      expect(documents).toHaveLength(options.documents);
      for (const { text, gold } of documents) {
        expect(text.length).toBeGreaterThanOrEqual(options.length.min);
        expect(text.length).toBeLessThanOrEqual(options.length.max);
        for (const target of gold?.targets ?? [])
          expect(text.slice(target.offset, target.offset + target.quote.length)).toBe(target.quote);
      }
    });

    const results = documents.map((seed) => {
      let thrown: unknown;
      let extracted: ReturnType<typeof extractPlan> | undefined;
      try {
        extracted = extractPlan(seed.text, { document: seed.name });
      } catch (error) {
        thrown = error;
      }
      const targets = extracted?.plan.targets ?? [];
      return { seed, thrown, extracted, score: scoreSeed(seed, targets) as SeedScore };
    });
    const total = sumScores(results.map(({ score }) => score));

    it("extracts without throwing or failing internally", () => {
      for (const { seed, thrown, extracted } of results) {
        expect(thrown, seed.name).toBeUndefined();
        const failures = (extracted?.issues ?? []).filter((issue) =>
          issue.message.startsWith("extraction failed"),
        );
        expect(failures, seed.name).toEqual([]);
      }
    });

    it("returns spans on the original text and plans valid under the schema", () => {
      for (const { seed, extracted } of results) {
        if (extracted === undefined) continue;
        for (const target of extracted.plan.targets)
          expect(seed.text.slice(target.source.start, target.source.end), seed.name).toBe(
            target.source.quote,
          );
        const parsed = safeParsePlan(extracted.plan, { text: seed.text });
        expect(parsed.success ? [] : parsed.issues, seed.name).toEqual([]);
      }
    });

    it("prints the table, the misses, the false positives and the inexact matches", () => {
      const lines = [
        "| document | found | recall | correct | precision | exact | exact rate |",
        "|---|---|---|---|---|---|---|",
        ...results.map(({ seed, score }) => row(seed.name, score)),
        row("all", total),
      ];
      for (const { seed, score } of results) {
        for (const miss of score.misses)
          lines.push(`${seed.name} MISS ${miss.id} [${miss.kind} ${miss.value}]: ${miss.quote}`);
        for (const extra of score.falsePositives)
          lines.push(
            `${seed.name} FALSE POSITIVE [${extra.kind} ${"value" in extra ? extra.value : ""}]: ${extra.source.quote}`,
          );
        for (const { gold, predicted } of score.inexact)
          lines.push(
            `${seed.name} INEXACT ${gold.id}: gold ${gold.kind} ${gold.comparator} ${gold.target_year} vs ${predicted.kind} ${"comparator" in predicted ? predicted.comparator : "-"} ${predicted.targetYear} — ${gold.quote}`,
          );
      }
      console.log(lines.join("\n"));
      expect(total.scored).toBeGreaterThan(100);
    });

    it("stays above the measured floors", () => {
      expect(ratio(total.found, total.scored)).toBeGreaterThanOrEqual(FLOORS.recall);
      expect(ratio(total.correct, total.counted)).toBeGreaterThanOrEqual(FLOORS.precision);
      expect(ratio(total.exact, total.found)).toBeGreaterThanOrEqual(FLOORS.exact);
    });
  });
}
