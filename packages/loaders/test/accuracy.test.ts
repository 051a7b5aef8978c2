import { safeParsePlan } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { extractPlan } from "../src/index.js";
import {
  loadSeeds,
  scoreRatio as ratio,
  scoreRow as row,
  scoreSeed,
  sumScores,
  type SeedScore,
} from "./gold.js";

/** The floors of issue 4. The test states the real floors, whatever the current figures are. */
const FLOORS = { recall: 0.95, precision: 0.95, exact: 0.9 };

const seeds = loadSeeds().filter((seed) => seed.gold !== undefined);

describe("accuracy against the gold annotation", () => {
  const scores = seeds.map((seed) => {
    const { plan } = extractPlan(seed.text, { document: seed.name });
    return { seed, plan, score: scoreSeed(seed, plan.targets) as SeedScore };
  });
  const total = sumScores(scores.map(({ score }) => score));

  it("prints the table", () => {
    const lines = [
      "| seed | found | recall | correct | precision | exact | exact rate |",
      "|---|---|---|---|---|---|---|",
      ...scores.map(({ seed, score }) => row(seed.name, score)),
      row("all", total),
    ];
    console.log(lines.join("\n"));
    for (const { seed, score } of scores) {
      for (const miss of score.misses) console.log(`${seed.name} missed ${miss.id}: ${miss.quote}`);
      for (const extra of score.falsePositives)
        console.log(`${seed.name} false positive: ${extra.source.quote}`);
      for (const { gold, predicted } of score.inexact)
        console.log(
          `${seed.name} inexact ${gold.id}: ${gold.kind} ${gold.comparator} ${gold.target_year} vs ${predicted.kind} ${"comparator" in predicted ? predicted.comparator : ""} ${predicted.targetYear}`,
        );
    }
    expect(total.scored).toBe(170);
  });

  it("meets the floors", () => {
    expect(ratio(total.found, total.scored)).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(ratio(total.correct, total.counted)).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(ratio(total.exact, total.found)).toBeGreaterThanOrEqual(FLOORS.exact);
  });

  it("returns plans valid under the schema, with every span on the original text", () => {
    for (const { seed, plan } of scores) {
      const result = safeParsePlan(plan, { text: seed.text });
      expect(result.success ? [] : result.issues).toEqual([]);
    }
  });
});
