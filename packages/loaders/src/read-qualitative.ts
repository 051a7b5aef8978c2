import { cleanName } from "./indicator-names.js";
import type { Span } from "./span.js";
import { LEADING_NOISE_PATTERN } from "./vocabulary.js";

/** The predicate of a stated goal: 更加完善, 显著提升, 基本建成, 进一步增强. */
const GOAL_PREDICATE_PATTERN =
  /(?:更加|显著|明显|大幅|全面|基本|初步|进一步|持续|不断|稳步)?(?:完善|健全|完备|提升|提高|增强|改善|优化|形成|建成|建立|凸显|加强|浓厚|严格|顺畅|规范|成熟|落实|实现|取得)/;
const MIN_GOAL = 6;
const MAX_GOAL = 60;

/**
 * Reads a goal stated without a number, such as "知识产权制度体系完备", from one clause: its text and
 * the subject before the predicate as the indicator's name. Returns undefined for anything else.
 *
 * @example
 * readQualitative(text, text, clause)?.name; // "知识产权制度体系"
 */
export function readQualitative(
  text: string,
  original: string,
  clause: Span,
):
  | { name: string; text: string; source: { document: string; start: number; end: number; quote: string } }
  | undefined {
  const clauseText = text.slice(clause.start, clause.end);
  const noise = clauseText.length - clauseText.replace(LEADING_NOISE_PATTERN, "").length;
  const start = clause.start + noise;
  const goal = clauseText.slice(noise).trim();
  if (goal.length < MIN_GOAL || goal.length > MAX_GOAL) return undefined;
  const predicate = GOAL_PREDICATE_PATTERN.exec(goal);
  if (!predicate || predicate.index < 2) return undefined;
  const name = cleanName(goal.slice(0, predicate.index));
  if (name.length < 2) return undefined;
  const end = start + goal.length;
  return {
    name,
    text: original.slice(start, end),
    source: { document: "", start, end, quote: original.slice(start, end) },
  };
}
