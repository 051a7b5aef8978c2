import type { Span } from "./span.js";

/** Heading markers, outermost first: 一、 (一) 1. (1) and boxed blocks (专栏1, 表1, 重点工程). */
const HEADING_PATTERNS: readonly { level: number; pattern: RegExp }[] = [
  { level: 0, pattern: /^第[一二三四五六七八九十]{1,3}(?:篇|部分)\s*/ },
  { level: 1, pattern: /^第[一二三四五六七八九十]{1,3}章\s*/ },
  { level: 1, pattern: /^[一二三四五六七八九十]{1,3}[、.]/ },
  { level: 2, pattern: /^第[一二三四五六七八九十]{1,3}节\s*/ },
  { level: 2, pattern: /^\([一二三四五六七八九十]{1,3}\)/ },
  { level: 3, pattern: /^\d{1,2}(?:[、]|\.(?!\d))/ },
  { level: 4, pattern: /^\(\d{1,2}\)/ },
  { level: 5, pattern: /^[【[]?(?:专栏\s*\d{1,2}|表\s*\d{1,2}|重点工程|附表|附件\s*\d?)[】\]]?/ },
];
/** A heading inside a flattened line: white space, then a marker. */
const INLINE_BREAK_PATTERN =
  /\s+(?=第[一二三四五六七八九十]{1,3}[章节]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}\.(?!\d)|专栏\s*\d|——)|[。;](?=——)/g;
/** 。 ! ? end a sentence; , ; : end a clause (after normalisation, so ASCII forms only). */
const SENTENCE_END = new Set([0x3002, 0x21, 0x3f]);
const CLAUSE_END = new Set([0x2c, 0x3b, 0x3a]);
const MAX_HEADING_TITLE = 40;
/** Where a heading's title ends: 。;!?: or white space followed by more text (一、发展现状 “十三五”期间…). */
const TITLE_END_PATTERN = /[。;!?:]|\s+(?=\S)/;
/** The characters a heading can start with: a cheap test before the patterns. */
const HEADING_START = new Set(
  [..."一二三四五六七八九十(0123456789专表重附第【["].map((character) => character.charCodeAt(0)),
);

export interface Heading {
  level: number;
  marker: string;
  title: string;
}

export interface Sentence extends Span {
  clauses: Span[];
}

export interface Paragraph extends Span {
  heading?: Heading;
  /** Titles of the headings this paragraph sits under, outermost first (its own heading last). */
  path: string[];
  sentences: Sentence[];
}

function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = start;
  let clauseStart = start;
  let clauses: Span[] = [];
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    const endsSentence = SENTENCE_END.has(code);
    if (
      endsSentence ||
      (CLAUSE_END.has(code) && !isThousandsSeparator(text, index) && !isRatioColon(text, index))
    ) {
      if (index > clauseStart) clauses.push({ start: clauseStart, end: index });
      clauseStart = index + 1;
    }
    if (endsSentence) {
      if (clauses.length > 0) sentences.push({ start: sentenceStart, end: index, clauses });
      clauses = [];
      sentenceStart = index + 1;
    }
  }
  if (end > clauseStart) clauses.push({ start: clauseStart, end });
  if (clauses.length > 0) sentences.push({ start: sentenceStart, end, clauses });
  return sentences;
}

/** "2.5:1": a colon between digits is a ratio, not the end of a clause. */
function isRatioColon(text: string, index: number): boolean {
  if (text.charCodeAt(index) !== 0x3a) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index + 1);
  return before >= 0x30 && before <= 0x39 && after >= 0x30 && after <= 0x39;
}

/** "1,200": a comma between a digit and exactly three digits is part of the number. */
function isThousandsSeparator(text: string, index: number): boolean {
  if (text.charCodeAt(index) !== 0x2c) return false;
  const isDigit = (at: number) => {
    const code = text.charCodeAt(at);
    return code >= 0x30 && code <= 0x39;
  };
  return (
    isDigit(index - 1) &&
    isDigit(index + 1) &&
    isDigit(index + 2) &&
    isDigit(index + 3) &&
    !isDigit(index + 4)
  );
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
  return { start, end };
}

function readHeading(content: string): Heading | undefined {
  for (const { level, pattern } of HEADING_PATTERNS) {
    const match = pattern.exec(content);
    if (!match) continue;
    const rest = content.slice(match[0].length);
    const trimmed = rest.trimStart();
    // The title ends at a sentence end, a colon, or white space before a body on the same line.
    const stop = trimmed.search(TITLE_END_PATTERN);
    const title = (stop === -1 ? trimmed : trimmed.slice(0, stop)).trim().slice(0, MAX_HEADING_TITLE);
    return { level, marker: match[0], title };
  }
  return undefined;
}

/** A prose line this long that stops without a sentence end was cut by the layout, not by the writer. */
const MIN_CUT_LINE = 40;
const SENTENCE_OR_BLOCK_END = /[。!?;:：”》)】\]]$/;

/**
 * Whether the piece ending right before `lineStart` (at a line break) is a sentence cut by a line break:
 * it ends with a comma or 、, or it is a long prose line with no sentence end.
 */
function continuesOnNextLine(text: string, piece: Span, lineStart: number): boolean {
  if (piece.end !== lineStart - 1) return false;
  const content = text.slice(piece.start, piece.end).trimEnd();
  if (content === "") return false;
  if (/[,、]$/.test(content)) return true;
  return content.length >= MIN_CUT_LINE && !SENTENCE_OR_BLOCK_END.test(content) && /[,。]/.test(content);
}

/** A line that opens a block of its own: empty, a heading, a bullet or an indented paragraph. */
function startsBlock(line: string): boolean {
  if (line.trim() === "" || /^[\s\u3000]/.test(line)) return true;
  if (line.startsWith("——") || line.startsWith("--")) return true;
  return HEADING_START.has(line.charCodeAt(0)) && readHeading(line.slice(0, 60)) !== undefined;
}

function isExcluded(span: Span, excluded: readonly Span[]): boolean {
  return excluded.some((range) => span.start >= range.start && span.end <= range.end);
}

/**
 * Splits normalised text into paragraphs (lines, and headings inside flattened lines), sentences
 * and clauses, all with offsets; each paragraph knows the headings it sits under.
 *
 * @example
 * segment("一、目标\n到2025年,达到100家。").paragraphs[1].path; // ["目标"]
 */
export function segment(text: string, excluded: readonly Span[] = []): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const stack: Heading[] = [];
  const pieces: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    let pieceStart = 0;
    // Most lines have neither white space inside nor a dash: skip the pattern for them.
    const mayBreak = /\s/.test(line) || line.includes("——");
    if (mayBreak)
      for (const match of line.matchAll(INLINE_BREAK_PATTERN)) {
        // A sentence end glued to a dash bullet stays with its sentence: "…竞争优势。——非物质…".
        const cut = (match.index ?? 0) + (/^[。;]/.test(match[0]) ? 1 : 0);
        pieces.push({ start: lineStart + pieceStart, end: lineStart + cut });
        pieceStart = (match.index ?? 0) + match[0].length;
      }
    const last = { start: lineStart + pieceStart, end: lineEnd };
    // A line cut in the middle of a sentence (text copied out of a PDF) goes on with the next line.
    const previous = pieces[pieces.length - 1];
    if (previous !== undefined && continuesOnNextLine(text, previous, lineStart) && !startsBlock(line))
      previous.end = last.end;
    else pieces.push(last);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  let path: string[] = [];
  for (const piece of pieces) {
    const span = trimSpan(text, piece.start, piece.end);
    if (span.end <= span.start || isExcluded(span, excluded)) continue;
    const heading = HEADING_START.has(text.charCodeAt(span.start))
      ? readHeading(text.slice(span.start, Math.min(span.end, span.start + 60)))
      : undefined;
    if (heading) {
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
      stack.push(heading);
      // Paragraphs under the same headings share one path array.
      path = stack.map((entry) => entry.title);
    }
    paragraphs.push({
      ...span,
      ...(heading ? { heading } : {}),
      path,
      sentences: splitSentences(text, span.start, span.end),
    });
  }
  return paragraphs;
}
