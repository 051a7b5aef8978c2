import type { Evaluation, Finding, Observation, Plan } from "@guihua/schema";
import { EXIT } from "../errors.js";
import {
  embeddedObservations,
  isEmbeddedPlanArgument,
  loadObservationFiles,
  loadPlanArgument,
  NATIONAL,
  today,
  UNKNOWN_REGION,
  withoutFactsOf,
  withRegion,
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
  // The embedded observations go with the embedded plans only; a user's plan file gets --region and the
  // user's observations.
  const plans: { plan: Plan; embedded: boolean }[] =
    arguments_.length > 0
      ? await Promise.all(
          arguments_.map(async (argument) => {
            const embedded = isEmbeddedPlanArgument(argument);
            const plan = await loadPlanArgument(io, argument);
            return { plan: embedded ? plan : withRegion(plan, options.region), embedded };
          }),
        )
      : [await loadPlanArgument(io, NATIONAL), ...seedPlans].map((plan) => ({ plan, embedded: true }));
  const extra = await loadObservationFiles(io, (options.observations as string[] | undefined) ?? []);
  const embedded = plans.some((entry) => entry.embedded) ? await embeddedObservations() : [];

  const { auditPlan, evaluatePlan } = await import("@guihua/evaluate");
  const entries: ReportPlan[] = [];
  for (const { plan, embedded: isEmbedded } of plans) {
    // evaluatePlan adds the plan's own facts; the rest (other plans' facts, published data) come from here.
    const others = withoutFactsOf(plan, isEmbedded ? [...embedded, ...extra] : extra);
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
  for (const entry of entries)
    if (entry.plan.region.name === UNKNOWN_REGION)
      io.stdout.write(
        colors.dim(
          `注意 note: 未能识别《${entry.plan.title}》的地区, 观测值无法匹配; 请用 --region 指定 (the region was not recognised: name it with --region)\n`,
        ),
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
