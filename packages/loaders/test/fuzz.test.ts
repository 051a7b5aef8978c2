import { safeParsePlan } from "@guihua/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractPlan } from "../src/index.js";
import { loadSeeds } from "./gold.js";

const seeds = loadSeeds().map((seed) => seed.text);
/** Characters the extractor reacts to, so random strings reach its branches. */
const ALPHABET = [
  ..."0123456789.%~-—至到年月日万亿千百十一二两三五〇O０１２％，。；：、（）()《》“”〔〕 \n\u00a0達萬億個項以上超过不少于左右力争年均增长累计新增每年较比“十四五”末表1指标属性",
];

function checkPlan(text: string): void {
  const { plan, issues } = extractPlan(text, { document: "fuzz", qualitative: text.length % 2 === 0 });
  const result = safeParsePlan(plan, { text });
  expect(result.success ? [] : result.issues).toEqual([]);
  // The extractor builds valid targets; the final validation is a safety net that should never fire.
  expect(issues.filter((issue) => issue.code === "target-invalid").map((issue) => issue.message)).toEqual([]);
  for (const issue of issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.column).toBeGreaterThanOrEqual(1);
  }
}

/** A seed with a few random edits: cut a piece out, repeat a piece, insert random text. */
const mutatedSeed = fc
  .record({
    seed: fc.integer({ min: 0, max: Math.max(0, seeds.length - 1) }),
    edits: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.integer({ min: 0, max: 400 }),
        kind: fc.constantFrom("delete", "duplicate", "insert"),
        insert: fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 40 }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ seed, edits }) => {
    let text = seeds[seed] ?? "";
    for (const edit of edits) {
      const at = Math.floor(edit.at * text.length);
      if (edit.kind === "delete") text = text.slice(0, at) + text.slice(at + edit.length);
      else if (edit.kind === "duplicate")
        text =
          text.slice(0, at + edit.length) + text.slice(at, at + edit.length) + text.slice(at + edit.length);
      else text = text.slice(0, at) + edit.insert + text.slice(at);
    }
    return text;
  });

describe("fuzz: extractPlan never throws and every span holds", () => {
  it("on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), checkPlan), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), checkPlan), { numRuns: 200 });
  }, 120_000);

  it("on strings made of the characters the extractor reads", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 400 }), checkPlan), {
      numRuns: 500,
    });
  }, 120_000);

  it("on randomly mutated seed texts", () => {
    fc.assert(fc.property(mutatedSeed, checkPlan), { numRuns: 40 });
  }, 240_000);
});
