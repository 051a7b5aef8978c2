import { basename, extname } from "node:path";
import type { Observation, Plan } from "@guihua/schema";
import { formatPath, safeParseObservations } from "@guihua/schema";
import { UsageError } from "./errors.js";
import type { Io } from "./io.js";
import { readInput } from "./paths.js";

/** The id that names the hand-curated national plan on the command line. */
export const NATIONAL = "national";

interface LoaderIssueLike {
  path?: readonly (string | number)[];
  line?: number;
  column?: number;
  message: string;
  code: string;
}

function describeIssues(file: string, issues: readonly LoaderIssueLike[]): string {
  const shown = issues.slice(0, 8).map((issue) => {
    const where = issue.line !== undefined ? `${file}:${issue.line}:${issue.column ?? 1}` : file;
    const path = issue.path && issue.path.length > 0 ? ` ${formatPath(issue.path)}` : "";
    return `  ${where}${path}: ${issue.message} [${issue.code}]`;
  });
  if (issues.length > 8) shown.push(`  … and ${issues.length - 8} more`);
  return shown.join("\n");
}

/**
 * A plan named on the command line: a seed id ("002" or "002_6eb086e07f75e31e"), "national",
 * a plan file (.json, .yaml, .yml) or a plain-text document (.txt, extracted on the fly).
 */
export async function loadPlanArgument(io: Io, argument: string): Promise<Plan> {
  if (argument === NATIONAL) return (await import("@guihua/dataset")).nationalPlan;
  const extension = extname(argument).toLowerCase();
  if (extension === "") {
    const { getSeedPlan, seedPlanIds } = await import("@guihua/dataset");
    const plan = getSeedPlan(argument);
    if (plan) return plan;
    throw new UsageError(
      `"${argument}" is neither a file nor a known plan; plans: ${NATIONAL}, ${seedPlanIds.join(", ")}`,
    );
  }
  const text = await readInput(io, argument);
  if (extension === ".txt") {
    const { extractPlan } = await import("@guihua/loaders");
    return extractPlan(text, { document: basename(argument, extname(argument)) }).plan;
  }
  if (extension === ".yaml" || extension === ".yml" || extension === ".json") {
    const { safeLoadPlan } = await import("@guihua/loaders");
    const result = safeLoadPlan(text, { format: extension === ".json" ? "json" : "yaml" });
    if (!result.success)
      throw new UsageError(`${argument} is not a valid plan:\n${describeIssues(argument, result.issues)}`);
    return result.data;
  }
  throw new UsageError(`${argument}: expected a .json, .yaml or .txt plan`);
}

/** Observations from CSV files (indicator, region, period, value, unit, status, source) or JSON arrays. */
export async function loadObservationFiles(io: Io, paths: readonly string[]): Promise<Observation[]> {
  const all: Observation[] = [];
  for (const path of paths) {
    const text = await readInput(io, path);
    if (extname(path).toLowerCase() === ".json") {
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch (error) {
        throw new UsageError(
          `${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const result = safeParseObservations(input);
      if (!result.success)
        throw new UsageError(`${path} holds invalid observations:\n${describeIssues(path, result.issues)}`);
      all.push(...result.data);
      continue;
    }
    const { safeLoadObservations } = await import("@guihua/loaders");
    const result = safeLoadObservations(text);
    if (!result.success)
      throw new UsageError(`${path} holds invalid observations:\n${describeIssues(path, result.issues)}`);
    all.push(...result.data);
  }
  return all;
}

/**
 * True when the argument names a plan shipped with guihua (a seed id or "national"), whose embedded
 * observations belong to it; a user's own plan file is evaluated on the user's observations only.
 */
export function isEmbeddedPlanArgument(argument: string): boolean {
  return extname(argument) === "";
}

/** The region that was not recognised in a plan's text. */
export const UNKNOWN_REGION = "未知";

/**
 * The plan with its region set by `--region <name>` (the name observations are matched on), or as it is.
 * A blank name is refused.
 */
export function withRegion(plan: Plan, region: unknown): Plan {
  if (region === undefined) return plan;
  const name = String(region).trim();
  if (name === "") throw new UsageError("--region must name a region, e.g. --region 沈阳市");
  if (name === plan.region.name) return plan;
  const { code: _code, englishName: _englishName, ...rest } = plan.region;
  return { ...plan, region: { ...rest, name } };
}

/** The observations shipped with guihua: the seeds' stated past values and the national plan's public data. */
export async function embeddedObservations(): Promise<Observation[]> {
  const { nationalObservations, seedObservations } = await import("@guihua/dataset");
  return [...seedObservations, ...nationalObservations];
}

/** The observations that are not the plan's own stated facts (`evaluatePlan` adds those itself). */
export function withoutFactsOf(plan: Plan, observations: readonly Observation[]): Observation[] {
  const own = new Set(plan.facts);
  const ownIds = new Set(plan.facts.map((fact) => fact.id).filter((id) => id !== undefined));
  return observations.filter(
    (observation) => !own.has(observation) && !(observation.id && ownIds.has(observation.id)),
  );
}

/** Today's date (or the injected clock's) as YYYY-MM-DD. */
export function today(io: Io): string {
  return (io.now?.() ?? new Date()).toISOString().slice(0, 10);
}
