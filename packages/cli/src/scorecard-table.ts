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

/** The scorecard as a terminal table: one row per plan, one column per status, and a total. */
export function scorecardTable(rows: readonly ScorecardRow[], colors: Colors): string {
  const table = new Table({
    head: [
      "规划 plan",
      "目标",
      ...STATUS_ORDER.map((status) => paintStatus(colors, status, STATUS_LABELS[status].zh)),
    ],
    style: { ...tableStyle(colors), compact: true },
    colAligns: ["left", "right", ...STATUS_ORDER.map(() => "right" as const)],
  });
  const all: Evaluation[] = [];
  for (const row of rows) {
    all.push(...row.evaluations);
    const byStatus = counts(row.evaluations);
    table.push([
      truncate(row.title, 34),
      String(row.evaluations.length),
      ...STATUS_ORDER.map((status) =>
        byStatus[status] ? paintStatus(colors, status, String(byStatus[status])) : "",
      ),
    ]);
  }
  if (rows.length > 1) {
    table.push(["─".repeat(34), "", ...STATUS_ORDER.map(() => "")]);
    const totals = counts(all);
    table.push([
      colors.bold("合计 total"),
      String(all.length),
      ...STATUS_ORDER.map((status) => String(totals[status] || "")),
    ]);
  }
  return table.toString();
}
