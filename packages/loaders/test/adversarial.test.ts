import { describe, expect, it } from "vitest";
import { extractPlan } from "../src/index.js";

/** Pieces that would make a careless pattern backtrack or a careless loop go quadratic. */
const PIECES = [
  "1234567890".repeat(20),
  "万万万万万万万万万万",
  "亿亿亿万万千千百百",
  "(((((((((",
  "《《《《《《",
  "“““““““",
  "〔〔〔〔",
  "到到到到到到到到",
  ",".repeat(200),
  "、、、、、、",
  "一二三四五六七八九十百千",
  "1.1.1.1.1.1.1.1",
  "1~2~3~4~5~6",
  "2025年2025年2025年",
  "达到达到达到以上以上以上",
  "\n\n\n",
  "到2025年,达到100家以上,",
  "有效发明专利达到100件以上。",
  "专利申请量和授权量年均增长率保持在10%以上,",
];

/** Pieces in a pseudo-random order with varying numbers, so no line repeats and nothing is left out as a copy. */
function adversarial(size: number): string {
  const parts = ["某市知识产权规划(2021-2025年)\n二、发展目标\n"];
  let length = parts[0]?.length ?? 0;
  let state = 12345;
  while (length < size) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const piece = `${PIECES[state % PIECES.length] ?? ""}${state % 9973}`;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join("").slice(0, size);
}

function commas(count: number): string {
  return `到2025年${",".repeat(count)}达到100家`;
}

function time(text: string): number {
  const started = performance.now();
  extractPlan(text);
  return performance.now() - started;
}

/**
 * The ratio of the 1 MB time to the 100 KB time. The 100 KB time is the mean of ten runs timed as
 * one batch, so both measurements span about as long and meet the same noise on a shared machine;
 * runs alternate (batch, large, batch, …) and each keeps its fastest round.
 */
function ratio(small: string, large: string, rounds: number): number {
  const batch = Array.from({ length: 10 }, (_, index) => `${small.slice(0, small.length - 1)}${index}`);
  time(small);
  let smallBest = Number.POSITIVE_INFINITY;
  let largeBest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    for (const text of batch) extractPlan(text);
    smallBest = Math.min(smallBest, (performance.now() - started) / batch.length);
    largeBest = Math.min(largeBest, time(large));
  }
  return largeBest / smallBest;
}

describe("adversarial input", () => {
  it("stays linear: 1 MB takes under 15x the time of 100 KB", () => {
    const measured = ratio(adversarial(100_000), adversarial(1_000_000), 3);
    console.log(`adversarial 1 MB / 100 KB time ratio: ${measured.toFixed(2)}`);
    expect(measured).toBeLessThan(15);
  }, 120_000);

  it("stays linear on one clause with thousands of numbers", () => {
    const piece = "有效发明专利和高价值发明专利的拥有量继续保持较快增长并且达到100件以上";
    const clause = (size: number) =>
      `某市规划(2021-2025年)\n二、发展目标\n${piece.repeat(Math.ceil(size / piece.length))}`;
    const measured = ratio(clause(100_000), clause(1_000_000), 3);
    console.log(`one long clause 1 MB / 100 KB time ratio: ${measured.toFixed(2)}`);
    expect(measured).toBeLessThan(15);
  }, 120_000);

  it("reads 50,000 commas and returns valid spans", () => {
    const text = commas(50_000);
    const { plan } = extractPlan(text);
    for (const target of plan.targets)
      expect(text.slice(target.source.start, target.source.end)).toBe(target.source.quote);
  }, 60_000);

  it("survives long runs of each piece alone", () => {
    for (const piece of PIECES) {
      const text = piece.repeat(Math.ceil(20_000 / piece.length));
      expect(() => extractPlan(text)).not.toThrow();
    }
  }, 60_000);
});
