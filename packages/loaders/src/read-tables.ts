import type { Paragraph } from "./segment.js";
import type { Span } from "./span.js";

/** A table caption: 表1, 附表2. */
const CAPTION_PATTERN = /^(?:附表|表)\s*\d{1,2}/;
/** Header cells, compared with spaces removed. */
const HEADER_CELL_PATTERN =
  /^(?:指标|指标名称|主要指标|项目|序号|单位|计量单位|属性|指标属性|指标性质|指标类别|类型|类别|领域|备注|目标|目标值|规划目标|期末值|基期值|现状值|现状|年均增长率?|年均增速|年均增幅|累计(?:增长|值)?|“?十[一二三四五六]五”?(?:累计|目标|期末|末)|(?:19|20)\d{2}年?[-—~至](?:19|20)\d{2}年?累计|(?:19|20)\d{2}年?(?:目标值?|预期值?|规划目标|实际值?|完成情况|完成值|基数|基期值?|现状值?)?)$/;
const MAX_CELL_LENGTH = 40;
const GROUP_COLUMN_PATTERN = /^(?:类别|领域|分类)$/;
/** A group label of a 类别 column: a few characters, no digits (经济发展, 民生福祉). */
const GROUP_LABEL_PATTERN = /^[\u4e00-\u9fff]{2,8}$/;
/** A numbered row label: 1.地区生产总值, (3)研发投入. */
const NUMBERED_ROW_PATTERN = /^(?:\d{1,2}[.、]|\(\d{1,2}\))/;
const MIN_HEADER_CELLS = 2;
/** Without a caption, a header needs more evidence: three cells, one of them a year. */
const MIN_CAPTIONLESS_HEADER = 3;
const YEAR_CELL_PATTERN = /^(?:19|20)\d{2}年/;

export interface Cell extends Span {
  content: string;
}

export interface Table extends Span {
  name: string;
  header: Cell[];
  rows: Cell[][];
}

/** A header cell is compared without its unit or note in brackets: 年均增长(%), 2025年(件), 年均增长[累计]. */
function isHeaderCell(content: string): boolean {
  return HEADER_CELL_PATTERN.test(content.replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/g, ""));
}

function cellOf(text: string, paragraph: Paragraph): Cell {
  return {
    start: paragraph.start,
    end: paragraph.end,
    content: text.slice(paragraph.start, paragraph.end).replace(/\s+/g, ""),
  };
}

/**
 * Recovers indicator tables that arrive one cell per line after a caption (表1 …): the header row
 * (指标 / 2015年 / 2020年目标 / 属性), then rows of as many cells. A caption with no body yields no table.
 *
 * @example
 * readTables(text, paragraphs)[0].header.map((cell) => cell.content); // ["指标", "2020年", "2025年", "属性"]
 */
export function readTables(text: string, paragraphs: readonly Paragraph[]): Table[] {
  const tables: Table[] = [];
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index];
    if (paragraph === undefined) continue;
    const content = text.slice(paragraph.start, paragraph.end);
    let found: { table: Table; next: number } | undefined;
    if (CAPTION_PATTERN.test(content)) {
      found =
        readCellPerLine(text, paragraphs, index + 1, paragraph, MIN_HEADER_CELLS) ??
        readRowPerLine(text, paragraphs, index + 1, paragraph);
    } else if (/\s/.test(content)) {
      // A header row with no caption above it: "指标 2020年 2025年 属性", then rows.
      if (splitLine(text, paragraph).some((cell) => YEAR_CELL_PATTERN.test(cell.content)))
        found = readRowPerLine(text, paragraphs, index, paragraph);
    } else if (isHeaderCell(content.replace(/\s+/g, ""))) {
      // Header cells one per line with no caption: the table's name is left empty.
      found = readCellPerLine(
        text,
        paragraphs,
        index,
        { start: paragraph.start, end: paragraph.start },
        MIN_CAPTIONLESS_HEADER,
      );
    }
    if (found) {
      tables.push(found.table);
      index = found.next - 1;
    }
  }
  return tables;
}

/** A table whose cells arrive one per line: the header cells, then rows of as many cells. */
function readCellPerLine(
  text: string,
  paragraphs: readonly Paragraph[],
  headerIndex: number,
  caption: Span,
  minHeader: number,
): { table: Table; next: number } | undefined {
  const header: Cell[] = [];
  let cursor = headerIndex;
  for (; cursor < paragraphs.length; cursor += 1) {
    const paragraph = paragraphs[cursor];
    if (paragraph === undefined) break;
    const cell = cellOf(text, paragraph);
    if (!isHeaderCell(cell.content)) break;
    header.push(cell);
  }
  if (header.length < minHeader) return undefined;
  if (caption.end === caption.start && !header.some((cell) => YEAR_CELL_PATTERN.test(cell.content)))
    return undefined;
  const rows: Cell[][] = [];
  // A 类别 column spanning rows arrives once, on a line of its own before its first row.
  const grouped = GROUP_COLUMN_PATTERN.test(header[0]?.content ?? "");
  // The row's name: the first column that is neither a group nor a row number (序号).
  const labelColumn = Math.max(
    0,
    header.findIndex((cell) => !GROUP_COLUMN_PATTERN.test(cell.content) && !/^序号$/.test(cell.content)),
  );
  let group: Cell | undefined;
  for (;;) {
    const row: Cell[] = [];
    if (grouped) {
      const first = paragraphs[cursor];
      const second = paragraphs[cursor + 1];
      if (first !== undefined && second !== undefined) {
        const label = cellOf(text, first);
        if (
          GROUP_LABEL_PATTERN.test(label.content) &&
          NUMBERED_ROW_PATTERN.test(cellOf(text, second).content)
        ) {
          group = label;
          cursor += 1;
        }
      }
      if (group === undefined) break;
      row.push(group);
    }
    const width = header.length - row.length;
    for (let column = 0; column < width; column += 1) {
      const paragraph = paragraphs[cursor + column];
      if (paragraph === undefined) break;
      const cell = cellOf(text, paragraph);
      if (
        cell.content.length > MAX_CELL_LENGTH ||
        // A numbered row label (1.地区生产总值增长(%)) reads as a heading; other headings end the table.
        (paragraph.heading !== undefined && !(column === 0 && NUMBERED_ROW_PATTERN.test(cell.content))) ||
        CAPTION_PATTERN.test(cell.content)
      )
        break;
      row.push(cell);
    }
    const label = row[labelColumn]?.content ?? "";
    if (row.length < header.length || /^[\d.%-]+$/.test(label)) break;
    rows.push(row);
    cursor += width;
  }
  if (rows.length === 0) return undefined;
  const last = rows[rows.length - 1]?.[header.length - 1];
  return {
    table: {
      start: caption.start,
      end: last?.end ?? caption.end,
      name: text.slice(caption.start, caption.end).trim().replace(/\s+/g, " "),
      header,
      rows,
    },
    next: cursor,
  };
}

/** Cells of a line separated by white space, with their offsets; single characters spaced apart (指 标) are joined. */
function splitLine(text: string, paragraph: Paragraph): Cell[] {
  const cells: Cell[] = [];
  const line = text.slice(paragraph.start, paragraph.end);
  for (const match of line.matchAll(/\S+/g)) {
    const start = paragraph.start + (match.index ?? 0);
    const cell = { start, end: start + match[0].length, content: match[0] };
    const previous = cells[cells.length - 1];
    if (
      previous &&
      previous.content.length === 1 &&
      cell.content.length === 1 &&
      /[\u4e00-\u9fff]/.test(cell.content)
    )
      cells[cells.length - 1] = {
        start: previous.start,
        end: cell.end,
        content: previous.content + cell.content,
      };
    else cells.push(cell);
  }
  return cells;
}

const MIN_ROW_HEADER_CELLS = 3;

/** A table whose rows arrive one per line, cells separated by white space: "指标 2020年 2025年 属性". */
function readRowPerLine(
  text: string,
  paragraphs: readonly Paragraph[],
  headerIndex: number,
  caption: Span,
): { table: Table; next: number } | undefined {
  const headerParagraph = paragraphs[headerIndex];
  if (headerParagraph === undefined) return undefined;
  const header = splitLine(text, headerParagraph);
  if (header.length < MIN_ROW_HEADER_CELLS || !header.every((cell) => isHeaderCell(cell.content)))
    return undefined;
  const grouped = GROUP_COLUMN_PATTERN.test(header[0]?.content ?? "");
  const rows: Cell[][] = [];
  let group: Cell | undefined;
  let cursor = headerIndex + 1;
  for (; cursor < paragraphs.length; cursor += 1) {
    const paragraph = paragraphs[cursor];
    if (paragraph === undefined || paragraph.heading !== undefined) break;
    let cells = splitLine(text, paragraph);
    if (grouped && cells.length === header.length - 1 && group) cells = [group, ...cells];
    if (cells.length > header.length) {
      // A label with spaces inside: join the leading cells.
      const extra = cells.length - header.length;
      const label = cells.slice(0, extra + 1);
      const first = label[0];
      const last = label[label.length - 1];
      if (first === undefined || last === undefined) break;
      cells = [
        { start: first.start, end: last.end, content: label.map((cell) => cell.content).join("") },
        ...cells.slice(extra + 1),
      ];
    }
    if (cells.length !== header.length || cells.some((cell) => cell.content.length > MAX_CELL_LENGTH)) break;
    if (grouped) group = cells[0];
    rows.push(cells);
  }
  if (rows.length === 0) return undefined;
  const lastRow = rows[rows.length - 1];
  return {
    table: {
      start: caption.start,
      end: lastRow?.[lastRow.length - 1]?.end ?? caption.end,
      name: text.slice(caption.start, caption.end).trim().replace(/\s+/g, " "),
      header,
      rows,
    },
    next: cursor,
  };
}
