import type { TextIssue } from "../text-issue.js";
import { OBSERVATION_COLUMNS, REQUIRED_COLUMNS, type ObservationColumn } from "./columns.js";
import type { CsvRecord } from "./tokenize-csv.js";

const KNOWN: ReadonlySet<string> = new Set(OBSERVATION_COLUMNS);

function isColumn(name: string): name is ObservationColumn {
  return KNOWN.has(name);
}

/**
 * Reads the header row: names are trimmed and matched without regard to case. Unknown and repeated
 * names are errors, and so is a missing required column (often a table whose header row is absent).
 */
export function readHeader(record: CsvRecord): { columns: ObservationColumn[]; issues: TextIssue[] } {
  const columns: ObservationColumn[] = [];
  const issues: TextIssue[] = [];
  for (const cell of record.cells) {
    const written = cell.text.trim();
    const name = written.toLowerCase();
    const problem = (code: TextIssue["code"], message: string) =>
      issues.push({ code, path: [], message, offset: cell.start, columnName: written });
    if (written === "") problem("unknown_column", "a column without a name (a trailing delimiter?)");
    else if (!isColumn(name))
      problem(
        "unknown_column",
        `unknown column "${written}"; the columns are ${OBSERVATION_COLUMNS.join(", ")}`,
      );
    else if (columns.includes(name)) problem("duplicate_column", `the column "${name}" appears twice`);
    else columns.push(name);
  }
  const required = [...REQUIRED_COLUMNS].join(",");
  for (const name of REQUIRED_COLUMNS) {
    if (columns.includes(name)) continue;
    issues.push({
      code: "missing_column",
      path: [],
      message: `the header has no "${name}" column; the first row must name the columns: ${required}`,
      offset: record.cells[0]?.start ?? 0,
      columnName: name,
    });
  }
  return { columns, issues };
}
