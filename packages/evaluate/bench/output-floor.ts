import type { Evaluation } from "@guihua/schema";
import { plainNumber } from "../src/engine/plain-number.js";
import { fixedTrimmed } from "../src/explain.js";

// How fast can float64 be at all? The "output floor" writes, from numbers computed beforehand, exactly the
// strings a float64 scorecard holds (every figure, the schedule and outlook figures, both sentences) into
// objects of the same shape, and does nothing else: no grouping, no series, no arithmetic, no verdict.
// No float64 evaluatePlan that returns plain, fully written evaluations can be faster than this floor, so
// exact time ÷ floor time bounds the float / exact ratio any implementation could reach on the same plan.

/** A sentence cut into its literal text and the numbers written into it ("2025年" and "%" stay literal). */
interface Sentence {
  literals: string[];
  numbers: number[];
  decimals: number[];
}

const NUMBER = /-?\d+(?:\.\d+)?(?!\d|\.\d|年)/g;

function cut(text: string): Sentence {
  const sentence: Sentence = { literals: [], numbers: [], decimals: [] };
  let from = 0;
  for (const match of text.matchAll(NUMBER)) {
    sentence.literals.push(text.slice(from, match.index));
    sentence.numbers.push(Number(match[0]));
    sentence.decimals.push(match[0].split(".")[1]?.length ?? 0);
    from = match.index + match[0].length;
  }
  sentence.literals.push(text.slice(from));
  return sentence;
}

function write(sentence: Sentence): string {
  let text = sentence.literals[0]!;
  for (let index = 0; index < sentence.numbers.length; index++)
    text += fixedTrimmed(sentence.numbers[index]!, sentence.decimals[index]!) + sentence.literals[index + 1]!;
  return text;
}

interface Inputs {
  evaluation: Evaluation;
  names: string[];
  figures: number[];
  zh: Sentence;
  en: Sentence;
  schedule?: { position: string; value: number; months?: number };
  outlook?: { low: number; high: number; probability: number | undefined };
}

/** Prepares the floor from a float64 scorecard's evaluations; the returned function rewrites them. */
export function outputFloor(written: readonly Evaluation[]): () => Evaluation[] {
  const inputs: Inputs[] = written.map((evaluation) => ({
    evaluation,
    names: Object.keys(evaluation.figures),
    figures: Object.values(evaluation.figures).map(Number),
    zh: cut(evaluation.explanation.zh),
    en: cut(evaluation.explanation.en),
    ...(evaluation.schedule && {
      schedule: {
        position: evaluation.schedule.position,
        value: Number(evaluation.schedule.valueDifference),
        ...(evaluation.schedule.monthsDifference !== undefined && {
          months: Number(evaluation.schedule.monthsDifference),
        }),
      },
    }),
    ...(evaluation.outlook && {
      outlook: {
        low: Number(evaluation.outlook.low),
        high: Number(evaluation.outlook.high),
        probability: evaluation.outlook.probability,
      },
    }),
  }));

  function writeOutput(): Evaluation[] {
    const out: Evaluation[] = [];
    for (const input of inputs) {
      const figures: Record<string, string> = {};
      for (let index = 0; index < input.names.length; index++)
        figures[input.names[index]!] = plainNumber(input.figures[index]!, 15);
      const evaluation: Evaluation = {
        targetId: input.evaluation.targetId,
        asOf: input.evaluation.asOf,
        status: input.evaluation.status,
        method: input.evaluation.method,
        figures,
        explanation: { zh: write(input.zh), en: write(input.en) },
        precision: { decimals: input.evaluation.precision!.decimals, nearThreshold: false },
      };
      if (input.schedule) {
        evaluation.schedule = {
          position: input.schedule.position as "ahead",
          valueDifference: plainNumber(input.schedule.value, 15),
        };
        if (input.schedule.months !== undefined)
          evaluation.schedule.monthsDifference = String(input.schedule.months);
      }
      if (input.outlook) {
        evaluation.outlook = {
          level: 0.9,
          low: plainNumber(input.outlook.low, 12),
          high: plainNumber(input.outlook.high, 12),
          probability: input.outlook.probability,
        };
      }
      out.push(evaluation);
    }
    return out;
  }

  // The floor writes the same text: every sentence, figure and schedule of the float64 scorecard, rebuilt.
  const rebuilt = writeOutput();
  for (let index = 0; index < written.length; index++) {
    const a = written[index]!;
    const b = rebuilt[index]!;
    if (a.explanation.zh !== b.explanation.zh || a.explanation.en !== b.explanation.en)
      throw new Error(`output floor: sentence ${index} differs:\n${a.explanation.en}\n${b.explanation.en}`);
    if (
      JSON.stringify(a.figures) !== JSON.stringify(b.figures) ||
      JSON.stringify(a.outlook) !== JSON.stringify(b.outlook)
    )
      throw new Error(`output floor: figures of ${index} differ`);
  }
  return writeOutput;
}
