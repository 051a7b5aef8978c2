import type { Evaluation, Finding, Observation, Plan } from "@guihua/schema";
import { EXIT } from "../errors.js";
import {
  embeddedObservations,
  loadObservationFiles,
  loadPlanArgument,
  NATIONAL,
  today,
  withoutFactsOf,
} from "../inputs.js";
import type { Io } from "../io.js";
import { writeOutput } from "../paths.js";
import type { ReportPlan } from "../report/model.js";
import { scorecardTable } from "../scorecard-table.js";
import { colorsFor, paintStatus, truncate } from "../terminal.js";
import { STATUS_LABELS } from "../report/labels.js";
import { methodOption } from "./method-option.js";
import { dateOption } from "./parse-options.js";

const SHOWN_IN_TERMINAL = new Set(["insufficient-data", "not-evaluable"]);

function regionMatches(plan: Plan, observation: Observation): boolean {
  return (
    observation.region === plan.region.name ||
    (plan.region.code !== undefined && observation.region === plan.region.code)
  );
}

/**
 * `guihua report [plans...] [--observations files] [--as-of date] [--out report.html]`: evaluates and audits
 * each plan (by default the national plan and the five seed plans on the embedded data), prints the scorecard
 * and writes one self-contained HTML report.
 */
export async function reportCommand(
  arguments_: string[],
  options: Record<string, unknown>,
  io: Io,
): Promise<number> {
  const asOf = options.asOf === undefined ? today(io) : dateOption("as-of", options.asOf);
  const method = methodOption(options.method);
  const { seedPlans, indicators } = await import("@guihua/dataset");
  const plans: Plan[] =
    arguments_.length > 0
      ? await Promise.all(arguments_.map((argument) => loadPlanArgument(io, argument)))
      : [await loadPlanArgument(io, NATIONAL), ...seedPlans];
  const extra = await loadObservationFiles(io, (options.observations as string[] | undefined) ?? []);
  const observations = [...(await embeddedObservations()), ...extra];

  const { auditPlan, evaluatePlan } = await import("@guihua/evaluate");
  const entries: ReportPlan[] = [];
  for (const plan of plans) {
    // evaluatePlan adds the plan's own facts; the rest (other plans' facts, published data) come from here.
    const others = withoutFactsOf(plan, observations);
    const scorecard = evaluatePlan(plan, others, { asOf, method });
    const findings: Finding[] = auditPlan(plan);
    entries.push({
      plan,
      evaluations: scorecard.evaluations,
      observations: [...plan.facts, ...others.filter((observation) => regionMatches(plan, observation))],
      findings,
    });
  }

  const { renderReport } = await import("../report/render-report.js");
  const englishNames = Object.fromEntries(
    indicators.map((indicator) => [indicator.id, indicator.englishName]),
  );
  const page = await renderReport({ asOf, method, plans: entries, englishNames });
  const written = await writeOutput(io, typeof options.out === "string" ? options.out : "report.html", page);

  const colors = colorsFor(io);
  io.stdout.write(`${colors.bold("规划目标评估 guihua report")}  as of ${asOf}, method ${method}\n`);
  io.stdout.write(
    `${scorecardTable(
      entries.map((entry) => ({ title: entry.plan.title, evaluations: entry.evaluations })),
      colors,
      io.stdout.columns ?? 120,
    )}\n`,
  );
  const evaluated = entries.flatMap((entry) =>
    entry.evaluations
      .filter((evaluation) => !SHOWN_IN_TERMINAL.has(evaluation.status))
      .map((evaluation) => ({ entry, evaluation })),
  );
  if (evaluated.length > 0) io.stdout.write(`\n${colors.bold("有数据可评估的目标 targets with data:")}\n`);
  for (const { entry, evaluation } of evaluated) io.stdout.write(`${line(entry, evaluation, colors)}\n`);
  io.stdout.write(`\n报告 report: ${written}\n`);
  return EXIT.ok;
}

function line(entry: ReportPlan, evaluation: Evaluation, colors: ReturnType<typeof colorsFor>): string {
  const target = entry.plan.targets.find((candidate) => candidate.id === evaluation.targetId);
  const label = STATUS_LABELS[evaluation.status];
  const badge = paintStatus(colors, evaluation.status, `[${label.zh}]`);
  const name = truncate(target?.indicator.name ?? evaluation.targetId, 30);
  return `  ${badge} ${colors.dim(truncate(entry.plan.region.name, 14))} ${name}: ${evaluation.explanation.zh}`;
}
