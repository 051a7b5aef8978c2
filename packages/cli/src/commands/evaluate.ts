import type { Evaluation, Target } from "@guihua/schema";
import { EXIT } from "../errors.js";
import {
  embeddedObservations,
  isEmbeddedPlanArgument,
  loadObservationFiles,
  loadPlanArgument,
  today,
  UNKNOWN_REGION,
  withoutFactsOf,
  withRegion,
} from "../inputs.js";
import type { Io } from "../io.js";
import { count } from "../plural.js";
import { STATUS_LABELS } from "../report/labels.js";
import type { Colors } from "../terminal.js";
import { colorsFor, displayWidth, FAILING, paintStatus, truncate } from "../terminal.js";
import { methodOption } from "./method-option.js";
import { dateOption } from "./parse-options.js";

const GOAL_WIDTH = { zh: 18, en: 30 } as const;

/** What the target asks, short: "2025: 5.47", "2025: 年均 6%" / "2025: 6% a year", "2025: 年均60家". */
export function goal(target: Target | undefined, lang: "zh" | "en" = "zh"): string {
  if (!target) return "";
  const zh = lang === "zh";
  if (target.kind === "qualitative") return `${target.targetYear}: ${zh ? "定性" : "qualitative"}`;
  if (target.kind === "comparative")
    return `${target.targetYear}: ${target.comparator} ${target.benchmark.description}`;
  const comparator = target.comparator === "=" ? "" : `${target.comparator} `;
  // In English a number written in Chinese (百件) is shown as its value (100件).
  const written =
    !zh && target.valueAsWritten && /[^\d.,~\-–]/.test(target.valueAsWritten) && "value" in target
      ? (target.value ?? target.valueAsWritten)
      : (target.valueAsWritten ?? "");
  const value = written ? `${written}${target.unitAsWritten ?? ""}` : "";
  const year = `${target.targetYear}: `;
  switch (target.kind) {
    case "growth-rate":
      return year + (zh ? `年均 ${comparator}${value}` : `${comparator}${value} a year`);
    case "total-growth":
      return year + (zh ? `累计增长 ${comparator}${value}` : `${comparator}+${value} over the period`);
    case "per-year":
      if (target.aggregate === "mean")
        return year + (zh ? `${comparator}年均${value}` : `${comparator}${value} per year on average`);
      return year + (zh ? `${comparator}每年${value}` : `${comparator}${value} every year`);
    case "cumulative":
      return year + (zh ? `${comparator}累计${value}` : `${comparator}${value} in total`);
    case "increment":
      return year + (zh ? `${comparator}新增${value}` : `${comparator}${value} more`);
    case "multiple":
      return year + (zh ? `${comparator}${value}` : `${comparator}×${written}`);
    default:
      return year + comparator + value;
  }
}

function percent(value: string | undefined): string {
  return value === undefined ? "" : `${(Number(value) * 100).toFixed(2)}%`;
}

/**
 * `guihua evaluate <plan | seed id> [--observations file.csv] [--as-of date] [--method name] [--lang zh|en] [--json]`:
 * a table of the plan's targets with status, figures and explanation. With no `--observations`, the embedded
 * data (the seeds' stated values and the national observations) are used. Exit 1 when a target is not
 * achieved, off track or deteriorating.
 */
export async function evaluateCommand(
  argument: string,
  options: Record<string, unknown>,
  io: Io,
): Promise<number> {
  const asOf = options.asOf === undefined ? today(io) : dateOption("as-of", options.asOf);
  const method = methodOption(options.method);
  const plan = withRegion(await loadPlanArgument(io, argument), options.region);
  const files = (options.observations as string[] | undefined) ?? [];
  // The embedded observations belong to the embedded plans; a user's plan is judged on the user's data.
  const observations = [
    ...(isEmbeddedPlanArgument(argument) ? await embeddedObservations() : []),
    ...(await loadObservationFiles(io, files)),
  ];
  const { evaluatePlan } = await import("@guihua/evaluate");
  const scorecard = evaluatePlan(plan, withoutFactsOf(plan, observations), { asOf, method });
  const failed = scorecard.evaluations.some((evaluation) => FAILING.has(evaluation.status));

  if (options.json) {
    io.stdout.write(`${JSON.stringify(scorecard, null, 2)}\n`);
    return failed ? EXIT.failures : EXIT.ok;
  }
  const lang = options.lang === "en" ? "en" : "zh";
  const colors = colorsFor(io);
  const byId = new Map(plan.targets.map((target) => [target.id, target]));
  io.stdout.write(`${colors.bold(plan.title)}  ${plan.region.name}  as of ${scorecard.asOf}, ${method}\n`);
  if (plan.region.name === UNKNOWN_REGION && options.region === undefined)
    io.stdout.write(
      colors.dim(
        lang === "zh"
          ? "注意: 未能从规划文本识别地区, 观测值无法按地区匹配; 请用 --region <地区> 指定 (如 --region 沈阳市)\n"
          : "note: the plan's region was not recognised, so no observation matches it; name it with --region <name> (e.g. --region 沈阳市)\n",
      ),
    );
  for (const evaluation of scorecard.evaluations)
    io.stdout.write(
      lines(evaluation, byId.get(evaluation.targetId), lang, colors, plan.region.name === UNKNOWN_REGION),
    );
  const counts = Object.entries(scorecard.counts)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${STATUS_LABELS[status as keyof typeof STATUS_LABELS][lang]} ${count}`);
  io.stdout.write(
    lang === "zh"
      ? `共 ${scorecard.total} 项目标: ${counts.join(", ")}\n`
      : `${count(scorecard.total, "target")}: ${counts.join(", ")}\n`,
  );
  return failed ? EXIT.failures : EXIT.ok;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Two lines per target: status, indicator, goal and rates; then the explanation, indented. */
function lines(
  evaluation: Evaluation,
  target: Target | undefined,
  lang: "zh" | "en",
  colors: Colors,
  regionUnknown: boolean,
): string {
  // The widest status label (需加快 / "acceleration needed") and a space.
  const indent = Math.max(12, ...Object.values(STATUS_LABELS).map((label) => displayWidth(label[lang]) + 1));
  const status = pad(STATUS_LABELS[evaluation.status][lang], indent);
  const name = pad(truncate(target?.indicator.name ?? evaluation.targetId, 28), 28);
  const rates =
    evaluation.figures.actualRate !== undefined || evaluation.figures.requiredRate !== undefined
      ? `  ${lang === "zh" ? "实际" : "actual"} ${percent(evaluation.figures.actualRate) || "–"} / ${lang === "zh" ? "所需" : "required"} ${percent(evaluation.figures.requiredRate) || "–"}`
      : "";
  const notes = ignoredNotes(evaluation, lang, regionUnknown).map(
    (note) => `${" ".repeat(indent + 1)}${colors.dim(note)}\n`,
  );
  return `${paintStatus(colors, evaluation.status, status)} ${name} ${pad(truncate(goal(target, lang), GOAL_WIDTH[lang]), GOAL_WIDTH[lang])}${colors.dim(rates)}\n${" ".repeat(indent + 1)}${evaluation.explanation[lang]}\n${notes.join("")}`;
}

const IGNORED_ZH: Record<string, string> = {
  "other-indicator-ignored": "忽略了其他指标的观测值",
  "other-region-ignored": "忽略了其他地区的观测值",
  "after-as-of-ignored": "忽略了评估日期之后的观测值",
  "unit-mismatch-ignored": "忽略了单位无法换算的观测值",
};

/** The evaluation's issues about observations it left out ("…-ignored"), one line each. */
export function ignoredNotes(evaluation: Evaluation, lang: "zh" | "en", regionUnknown = false): string[] {
  return (evaluation.issues ?? [])
    .filter((issue) => issue.code.endsWith("-ignored"))
    .map((issue) => {
      const zh = IGNORED_ZH[issue.code];
      if (lang === "en" || zh === undefined) return `note: ${issue.message}`;
      const list = issue.message.slice(issue.message.lastIndexOf(": ") + 2);
      const hint =
        regionUnknown && issue.code === "other-region-ignored" ? " (可用 --region 指定规划所属地区)" : "";
      return `注意: ${zh}: ${list}${hint}`;
    });
}
