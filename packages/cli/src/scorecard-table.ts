import type { Evaluation, EvaluationStatus } from "@guihua/schema";
import Table from "cli-table3";
import { STATUS_LABELS, STATUS_ORDER } from "./report/labels.js";
import type { Colors } from "./terminal.js";
import { paintStatus, tableStyle, truncate } from "./terminal.js";

export interface ScorecardRow {
  title: string;
  evaluations: readonly Evaluation[];
}

function counts(evaluations: readonly Evaluation[]): Record<EvaluationStatus, number> {
  const result = Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<
    EvaluationStatus,
    number
  >;
  for (const evaluation of evaluations) result[evaluation.status]++;
  return result;
}

/**
 * The scorecard as a terminal table: one row per plan, a column per status that occurs, and a total.
 * Plan titles are cut to fit `width` columns (CJK characters count two).
 */
export function scorecardTable(rows: readonly ScorecardRow[], colors: Colors, width = 120): string {
  const all = rows.flatMap((row) => row.evaluations);
  const totals = counts(all);
  const statuses = STATUS_ORDER.filter((status) => totals[status] > 0);
  // Each status column takes its label (4 CJK characters) plus padding and border: 11 columns.
  const titleWidth = Math.max(12, Math.min(40, width - 8 - statuses.length * 11 - 4));
  const table = new Table({
    head: [
      "规划 plan",
      "目标",
      ...statuses.map((status) => paintStatus(colors, status, STATUS_LABELS[status].zh)),
    ],
    style: { ...tableStyle(colors), compact: true },
    colAligns: ["left", "right", ...statuses.map(() => "right" as const)],
  });
  for (const row of rows) {
    const byStatus = counts(row.evaluations);
    table.push([
      truncate(row.title, titleWidth),
      String(row.evaluations.length),
      ...statuses.map((status) =>
        byStatus[status] ? paintStatus(colors, status, String(byStatus[status])) : "",
      ),
    ]);
  }
  if (rows.length > 1) {
    table.push(["─".repeat(titleWidth), "", ...statuses.map(() => "")]);
    table.push([
      colors.bold("合计 total"),
      String(all.length),
      ...statuses.map((status) => String(totals[status] || "")),
    ]);
  }
  return table.toString();
}
