import type { Attribute, Comparator, Observation, Target } from "@guihua/schema";
import { PERIOD_TERMS } from "./extract-metadata.js";
import { findQuantities } from "./find-quantities.js";
import type { Table } from "./read-tables.js";
import { COMPARATORS_AFTER, COMPARATORS_BEFORE, YEARLY_GROWTH_PATTERN } from "./vocabulary.js";

/** A cell that is a benchmark: 高于地区生产总值增长, 不低于全省平均水平. */
const CELL_BENCHMARK_PATTERN = /^(高于|快于|不低于|超过)([\u4e00-\u9fff]{2,20})$/;
/** A row that names a fall in its label: 氨氮排放量减少(%), 单位地区生产总值能耗降低(%). */
const DECREASE_IN_LABEL_PATTERN = /(?:减少|降低|下降|削减|压减)$/;

const YEAR_COLUMN_PATTERN = /^((?:19|20)\d{2})年?(.*)$/;
const TARGET_COLUMN_PATTERN = /目标|预期|规划/;
const ATTRIBUTE_COLUMN_PATTERN = /属性|性质/;
const GROWTH_COLUMN_PATTERN = /^(?:年均增长率?|年均增速|年均增幅)$/;
/** 2021-2025年累计 */
const PERIOD_COLUMN_PATTERN = /(?:19|20)\d{2}年?[-—~至]((?:19|20)\d{2})/;
const TERM_COLUMN_PATTERN = /(十[一二三四五六]五)/;
const YEARLESS_TARGET_PATTERN = /^(?:目标|目标值|规划目标|期末值|“?十[一二三四五六]五”?(?:目标|期末|末))$/;
const LABEL_COLUMN_PATTERN = /^(?:指标|指标名称|主要指标|项目)$/;
const SKIPPED_LABEL_PATTERN = /^(?:序号|类别|领域|分类)$/;
const UNIT_COLUMN_PATTERN = /^(?:计量)?单位$/;
const UNIT_IN_LABEL_PATTERN = /\(([^()]{1,6})\)$/;
const ATTRIBUTES: Readonly<Record<string, Attribute>> = { 预期性: "expected", 约束性: "binding" };

/** A comparator written in a cell: ≥90, 90以上, >85, 5.5左右. */
function cellComparator(before: string, after: string): Comparator {
  for (const [word, comparator] of COMPARATORS_BEFORE) if (before.endsWith(word)) return comparator;
  for (const [word, comparator] of COMPARATORS_AFTER) if (after.startsWith(word)) return comparator;
  return "=";
}

function termEndOf(term: string | undefined): number | undefined {
  const start = term === undefined ? undefined : PERIOD_TERMS[term];
  return start === undefined ? undefined : start + 4;
}

export interface TableContext {
  document: string;
  original: string;
  region: string;
  planStart?: number;
  planEnd?: number;
  idPrefix: string;
}

interface Column {
  index: number;
  year: number;
  target: boolean;
  header: string;
  /** A column of yearly rates (年均增长) or of totals over the period (累计). */
  kind?: "growth-rate" | "cumulative";
}

/**
 * Turns the cells of an indicator table into targets and facts: a target column's cell is a level
 * ("7.36") or a growth rate ("年均增长6%", based on the row's latest fact column); the 属性 column gives
 * the attribute; fact columns give stated past values.
 *
 * @example
 * extractTableTargets(table, context).targets[0]; // { kind: "growth-rate", value: "6", base: { year: 2020, value: "4.09" }, … }
 */
export function extractTableTargets(
  table: Table,
  context: TableContext,
): { targets: Target[]; facts: Observation[] } {
  const targets: Target[] = [];
  const facts: Observation[] = [];
  const span = (start: number, end: number) => ({
    document: context.document,
    start,
    end,
    quote: context.original.slice(start, end),
  });
  const columns: Column[] = [];
  const pending: { index: number; header: string; kind?: Column["kind"]; year?: number }[] = [];
  table.header.forEach((cell, index) => {
    const header = cell.content.replace(/\([^()]*\)/g, "");
    const range = PERIOD_COLUMN_PATTERN.exec(header);
    const term = TERM_COLUMN_PATTERN.exec(header);
    const match = YEAR_COLUMN_PATTERN.exec(header);
    if (GROWTH_COLUMN_PATTERN.test(header))
      pending.push({ index, header: cell.content, kind: "growth-rate" });
    else if (/累计/.test(header))
      pending.push({
        index,
        header: cell.content,
        kind: "cumulative",
        ...(range ? { year: Number(range[1]) } : term ? { year: termEndOf(term[1]) } : {}),
      });
    else if (match)
      columns.push({
        index,
        year: Number(match[1]),
        target: TARGET_COLUMN_PATTERN.test(match[2] ?? ""),
        header: cell.content,
      });
    else if (YEARLESS_TARGET_PATTERN.test(header))
      pending.push({ index, header: cell.content, ...(term ? { year: termEndOf(term[1]) } : {}) });
  });
  const latest = columns.length > 0 ? Math.max(...columns.map((column) => column.year)) : undefined;
  if (!columns.some((column) => column.target))
    for (const column of columns) column.target = column.year === latest && columns.length > 1;
  // Rates, totals and year-less target columns speak of the latest year column, else the plan's end.
  const targetYear = columns.find((column) => column.target)?.year ?? context.planEnd ?? latest;
  for (const entry of pending) {
    const year = entry.year ?? targetYear;
    if (year === undefined) continue;
    columns.push({
      index: entry.index,
      year,
      target: true,
      header: entry.header,
      ...(entry.kind ? { kind: entry.kind } : {}),
    });
  }
  if (columns.length === 0) return { targets, facts };
  const attributeIndex = table.header.findIndex((cell) => ATTRIBUTE_COLUMN_PATTERN.test(cell.content));
  // The row label: the 指标 column, else the first column that is not a number or a group.
  const namedLabel = table.header.findIndex((cell) => LABEL_COLUMN_PATTERN.test(cell.content));
  const labelIndex =
    namedLabel !== -1
      ? namedLabel
      : table.header.findIndex((cell) => !SKIPPED_LABEL_PATTERN.test(cell.content));
  const unitIndex = table.header.findIndex((cell) => UNIT_COLUMN_PATTERN.test(cell.content));
  const tableName = context.original.slice(table.start, table.start + table.name.length).trim();
  for (const row of table.rows) {
    const labelCell = row[Math.max(0, labelIndex)];
    if (labelCell === undefined) continue;
    const label = labelCell.content;
    const unitMatch = UNIT_IN_LABEL_PATTERN.exec(label);
    const unitCell = unitIndex === -1 ? undefined : row[unitIndex]?.content;
    const labelUnit = unitMatch?.[1] ?? (unitCell !== undefined && unitCell.length <= 8 ? unitCell : "");
    const name = label.replace(UNIT_IN_LABEL_PATTERN, "") || label;
    const decrease = DECREASE_IN_LABEL_PATTERN.exec(name);
    const decreaseName = decrease === null ? name : name.slice(0, decrease.index) || name;
    const attribute = ATTRIBUTES[row[attributeIndex]?.content ?? ""] ?? "unspecified";
    const bases: {
      year: number;
      value: string;
      unit: { base: string; multiplier: number };
      cell: { start: number; end: number };
    }[] = [];
    for (const column of [...columns].sort(
      (a, b) => a.year - b.year || Number(a.target) - Number(b.target),
    )) {
      const cell = row[column.index];
      if (cell === undefined) continue;
      let withUnit = cell.content;
      let quantity = findQuantities(withUnit, 0, withUnit.length, { bare: true })[0];
      // A rate column is in percent; other cells take the unit of the row label or the 单位 column.
      const cellUnit = column.kind === "growth-rate" ? "%" : labelUnit;
      if (quantity !== undefined && quantity.unitAsWritten === "" && cellUnit) {
        withUnit = `${withUnit.slice(0, quantity.end)}${cellUnit}${withUnit.slice(quantity.end)}`;
        quantity = findQuantities(withUnit, 0, withUnit.length, { bare: true })[0];
      }
      if (quantity === undefined) {
        // 全员劳动生产率增长(%) | 高于地区生产总值增长: a target column may hold a benchmark instead of a number.
        const benchmark = column.target ? CELL_BENCHMARK_PATTERN.exec(cell.content) : null;
        if (benchmark) {
          const description = benchmark[2] ?? "";
          targets.push({
            id: `${context.idPrefix}t${targets.length + 1}`,
            kind: "comparative",
            indicator: { name },
            targetYear: column.year,
            targetYearBasis: "explicit",
            direction: "increase",
            attribute,
            source: span(cell.start, cell.end),
            comparator: benchmark[1] === "不低于" ? ">=" : ">",
            benchmark: {
              description,
              ...(/全国/.test(description)
                ? { region: "全国" }
                : /全省/.test(description)
                  ? { region: "全省" }
                  : {}),
            },
            table: { name: tableName, row: label, column: column.header },
          });
        }
        continue;
      }
      const growth = YEARLY_GROWTH_PATTERN.test(withUnit.slice(0, quantity.start));
      // [13.5] or 〔13.5〕 in a plan table: a total over the plan period.
      const cumulative = /^[[〔]/.test(withUnit) && /[\]〕]/.test(withUnit.slice(quantity.end));
      const comparator = cellComparator(withUnit.slice(0, quantity.start), withUnit.slice(quantity.end));
      const cellSpan = span(cell.start, cell.end);
      const unit = quantity.unit.base === "" ? { base: labelUnit || "1", multiplier: 0 } : quantity.unit;
      if (!column.target) {
        if (growth) continue;
        facts.push({
          id: `${context.idPrefix}f${facts.length + 1}`,
          indicator: { name },
          region: context.region,
          period: { year: column.year },
          value: quantity.value,
          valueAsWritten: quantity.valueAsWritten,
          unit: { asWritten: quantity.unitAsWritten || labelUnit, base: unit.base, multiplier: 0 },
          status: "final",
          vintage: { source: tableName },
          source: cellSpan,
        });
        bases.push({ year: column.year, value: quantity.value, unit, cell });
        continue;
      }
      const priorPlan = context.planStart !== undefined && column.year < context.planStart;
      const common = {
        id: `${context.idPrefix}t${targets.length + 1}`,
        indicator: { name },
        targetYear: column.year,
        targetYearBasis: "explicit" as const,
        direction: "increase" as const,
        attribute,
        source: cellSpan,
        comparator,
        valueAsWritten: quantity.valueAsWritten,
        unitAsWritten: quantity.unitAsWritten || labelUnit,
        unit,
        value: quantity.value,
        table: { name: tableName, row: label, column: column.header },
        ...(priorPlan ? { priorPlan: true } : {}),
      };
      // The base is the row's latest stated value before the target year.
      const earlier = bases.filter((entry) => entry.year < column.year).sort((a, b) => b.year - a.year)[0];
      const baseField = earlier
        ? {
            base: {
              year: earlier.year,
              value: earlier.value,
              unit: earlier.unit,
              source: span(earlier.cell.start, earlier.cell.end),
            },
          }
        : {};
      if (growth || column.kind === "growth-rate")
        targets.push({ ...common, kind: "growth-rate", ...baseField });
      else if (unit.base === "%" && decrease !== null)
        // 化学需氧量排放量减少(%) 8, 二氧化碳排放降低(%) [18]: a fall over the period, in percent.
        targets.push({
          ...common,
          indicator: { name: decreaseName },
          direction: "decrease",
          kind: "total-growth",
          ...baseField,
        });
      else if (cumulative || column.kind === "cumulative")
        targets.push({ ...common, kind: "cumulative", ...baseField });
      else if (unit.base === "%")
        targets.push({ ...common, kind: Number(quantity.value) <= 100 ? "share" : "level", ...baseField });
      else targets.push({ ...common, kind: "level", ...baseField });
    }
  }
  return { targets, facts };
}
