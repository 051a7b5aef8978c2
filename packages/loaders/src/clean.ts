import { issueMaker, type LoaderIssue } from "./issue.js";
import type { Span } from "./span.js";

/** Lines that belong to the web page, not the document. */
const FURNITURE_PATTERN =
  /^\s*(?:来源[:：]|信息来源[:：]|发文机构[:：]|发布机构[:：]|发布时间[:：]|发布日期[:：]|发文时间[:：]|发文日期[:：]|成文日期[:：]|文件链接[:：]|索引号[:：]|主题分类[:：]|打印本页|【?打印】?|【?关闭】?|关闭窗口|分享到|【字体|字号[:：]|字体[:：]|浏览次数|阅读次数|访问量|点击数|扫一扫|相关链接|相关文件|附件下载|上一篇|下一篇|您当前的位置|当前位置[:：]|首页\s*[>›]|网站地图|版权所有|主办单位|承办单位|技术支持|联系电话|联系我们|网站标识码|[\u4e00-\u9fff]{0,4}ICP备|[\u4e00-\u9fff]{0,4}公网安备)/;
/** A paragraph repeated word for word by the page (not a short heading, which a table of contents repeats). */
const MIN_REPEATED_PARAGRAPH = 30;
const SENTENCE_MARK_PATTERN = /[。;,]/;
/** A year glued to a month because its 年 was lost: "20093月". */
const LOST_YEAR_PATTERN = /(?<![\d.])((?:19|20)\d{2})(\d{1,2}月)/g;
/** Words a plan document is made of; a leading line sharing none of the document's bigrams is foreign. */
const MIN_SHARED_BIGRAM_RATIO = 0.2;
const LEADING_LINES_CHECKED = 3;
/** Words of an official document's first lines; a line holding one is never foreign. */
const DOCUMENT_WORDS = /规划|纲要|方案|计划|通知|意见|报告|办法|政府|委员会|办公|〔\d{4}〕/;
/** Too little text after a line to judge whether it belongs. */
const MIN_REST_LENGTH = 200;
const MIN_REPEAT_LINE_LENGTH = 6;
const MIN_REPEAT_RATIO = 0.8;
/** A copy starts with one of the document's first lines; only a few candidates are checked (linear time). */
const REPEAT_HEAD_LINES = 6;
const REPEAT_CANDIDATES = 3;
const MAX_ARTIFACT_ISSUES = 50;

export interface CleanResult {
  /** Ranges left out of extraction, in ascending order. */
  excluded: Span[];
  issues: LoaderIssue[];
}

interface Line extends Span {
  content: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, content: text.slice(start, end).trim() });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

function bigrams(content: string): string[] {
  const result: string[] = [];
  for (let index = 0; index + 1 < content.length; index += 1) {
    const pair = content.slice(index, index + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(pair)) result.push(pair);
  }
  return result;
}

function isForeignLine(line: Line, rest: string): boolean {
  if (DOCUMENT_WORDS.test(line.content)) return false;
  const pairs = bigrams(line.content);
  if (pairs.length < 4 || rest.length < MIN_REST_LENGTH) return false;
  const shared = pairs.filter((pair) => rest.includes(pair)).length;
  return shared / pairs.length < MIN_SHARED_BIGRAM_RATIO;
}

/** Finds the line where a second copy of the body starts, if the text repeats itself. */
function findRepeat(lines: Line[], firstContent: number): number | undefined {
  const seen = new Map<string, number>();
  let candidates = 0;
  for (let index = firstContent; index < lines.length; index += 1) {
    const content = lines[index]?.content ?? "";
    if (content.length < MIN_REPEAT_LINE_LENGTH) continue;
    const earlier = seen.get(content);
    if (earlier === undefined) {
      if (seen.size < REPEAT_HEAD_LINES) seen.set(content, index);
      continue;
    }
    candidates += 1;
    if (candidates > REPEAT_CANDIDATES) return undefined;
    // A candidate: check that most later long lines already occurred before it.
    let long = 0;
    let repeated = 0;
    const before = new Set<string>();
    for (let k = firstContent; k < index; k += 1) before.add(lines[k]?.content ?? "");
    for (let k = index; k < lines.length; k += 1) {
      const later = lines[k]?.content ?? "";
      if (later.length < MIN_REPEAT_LINE_LENGTH) continue;
      long += 1;
      if (before.has(later)) repeated += 1;
    }
    if (long >= 3 && repeated / long >= MIN_REPEAT_RATIO && index - firstContent >= 3) return index;
  }
  return undefined;
}

/**
 * Finds what is not part of the document: a foreign line before it (spam), a repeated copy of the
 * body, page furniture. Scrape artifacts such as "20093月" are reported, never rewritten.
 *
 * @example
 * clean("广告,免费观看\n\n关于印发规划的通知\n…").excluded; // [{ start: 0, end: 7 }]
 */
export function clean(text: string): CleanResult {
  const excluded: Span[] = [];
  const issues: LoaderIssue[] = [];
  const makeIssue = issueMaker(text);
  const lines = splitLines(text);
  let firstContent = 0;
  let checked = 0;
  for (let index = 0; index < lines.length && checked < LEADING_LINES_CHECKED; index += 1) {
    const line = lines[index];
    if (line === undefined || line.content === "") continue;
    checked += 1;
    if (isForeignLine(line, text.slice(line.end, line.end + 20000))) {
      excluded.push({ start: line.start, end: line.end });
      issues.push(
        makeIssue(
          "spam-line",
          "a leading line shares no vocabulary with the document; left out",
          line.start,
          line.end,
        ),
      );
      firstContent = index + 1;
    } else break;
  }
  for (const line of lines) {
    if (FURNITURE_PATTERN.test(line.content)) {
      excluded.push({ start: line.start, end: line.end });
      issues.push(makeIssue("page-furniture", "page furniture; left out", line.start, line.end));
    }
  }
  const repeat = findRepeat(lines, firstContent);
  const seenParagraphs = new Set<string>();
  for (const line of lines) {
    if (repeat !== undefined && line.start >= (lines[repeat]?.start ?? 0)) break;
    if (line.content.length < MIN_REPEATED_PARAGRAPH || !SENTENCE_MARK_PATTERN.test(line.content)) continue;
    if (!seenParagraphs.has(line.content)) {
      seenParagraphs.add(line.content);
      continue;
    }
    excluded.push({ start: line.start, end: line.end });
    if (issues.length < MAX_ARTIFACT_ISSUES)
      issues.push(
        makeIssue(
          "repeated-paragraph",
          "a paragraph repeated word for word; the copy is left out",
          line.start,
          line.end,
        ),
      );
  }
  if (repeat !== undefined) {
    const start = lines[repeat]?.start ?? text.length;
    excluded.push({ start, end: text.length });
    issues.push(
      makeIssue(
        "repeated-body",
        "the body is repeated from here on; the copy is left out",
        start,
        text.length,
      ),
    );
  }
  for (const match of text.matchAll(LOST_YEAR_PATTERN)) {
    if (issues.length >= MAX_ARTIFACT_ISSUES) break;
    const start = match.index ?? 0;
    issues.push(
      makeIssue(
        "lost-year-character",
        `"${match[0]}" reads as ${match[1]}年${match[2]}: a 年 seems lost`,
        start,
        start + match[0].length,
      ),
    );
  }
  excluded.sort((a, b) => a.start - b.start);
  return { excluded, issues };
}
