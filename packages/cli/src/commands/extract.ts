import { basename, extname, join } from "node:path";
import type { ExtractPlanResult } from "@guihua/loaders";
import { extractPlan } from "@guihua/loaders";
import { EXIT, UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { readInput, writeOutput } from "../paths.js";
import { toYaml } from "../to-yaml.js";
import { count } from "../plural.js";

function documentId(path: string): string {
  return basename(path, extname(path));
}

function summary(path: string, result: ExtractPlanResult): string {
  const { plan, issues } = result;
  const lines = [
    `${path}: ${plan.title} | ${plan.region.name} | ${count(plan.targets.length, "target")}, ${count(plan.facts.length, "fact")}, ${count(issues.length, "issue")}`,
  ];
  for (const target of plan.targets) {
    const value =
      "valueAsWritten" in target && target.valueAsWritten
        ? `${target.valueAsWritten}${target.unitAsWritten ?? ""}`
        : "";
    const comparator = "comparator" in target && target.comparator !== "=" ? `${target.comparator} ` : "";
    lines.push(
      `  ${target.targetYear}  ${target.kind.padEnd(12)} ${target.indicator.name}  ${comparator}${value}  «${target.source.quote}»`,
    );
  }
  return `${lines.join("\n")}\n`;
}

interface Progress {
  done(index: number, result: ExtractPlanResult): void;
  stop(): void;
}

async function progress(io: Io, paths: readonly string[]): Promise<Progress> {
  const quiet = { done: () => {}, stop: () => {} };
  if (paths.length < 2) return quiet;
  // The bar redraws in place, so it needs a real terminal stream (cursor movement), not just isTTY.
  const terminal = io.stderr as { isTTY?: boolean; cursorTo?: unknown };
  if (terminal.isTTY && typeof terminal.cursorTo === "function") {
    const { SingleBar, Presets } = await import("cli-progress");
    const bar = new SingleBar(
      {
        stream: io.stderr as unknown as NodeJS.WritableStream,
        format: "extract [{bar}] {value}/{total} {file}",
        clearOnComplete: true,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    bar.start(paths.length, 0, { file: "" });
    return {
      done: (index) => bar.increment(1, { file: basename(paths[index] ?? "") }),
      stop: () => bar.stop(),
    };
  }
  let finished = 0;
  return {
    done: (index, result) =>
      void io.stderr.write(
        `[${++finished}/${paths.length}] ${paths[index]}: ${count(result.plan.targets.length, "target")}\n`,
      ),
    stop: () => {},
  };
}

/**
 * `guihua extract <files...> [--json | --yaml] [--out dir] [--jobs N]`: extracts each file's plan.
 * Prints a summary, or `{ plan, issues }` as JSON or YAML (an array for many files); with `--out`, writes
 * `<name>.plan.json` (or `.plan.yaml`) per file. Exit 2 when a file cannot be read, naming it.
 */
export async function extractCommand(
  paths: string[],
  options: Record<string, unknown>,
  io: Io,
): Promise<number> {
  const jobs = Number(options.jobs ?? 1);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64, got "${String(options.jobs)}"`);
  const texts: string[] = [];
  for (const path of paths) texts.push(await readInput(io, path));

  const bar = await progress(io, paths);
  let results: ExtractPlanResult[];
  try {
    if (jobs > 1 && paths.length > 1) {
      const { extractInWorkers } = await import("../extract-pool.js");
      const inputs = texts.map((text, index) => ({ text, document: documentId(paths[index]!) }));
      results = await extractInWorkers(jobs, inputs, (index, result) => bar.done(index, result));
    } else {
      results = texts.map((text, index) => {
        const result = extractPlan(text, { document: documentId(paths[index]!) });
        bar.done(index, result);
        return result;
      });
    }
  } finally {
    bar.stop();
  }

  const format = options.yaml ? "yaml" : options.json ? "json" : undefined;
  const serialise = (value: unknown) =>
    format === "yaml" ? toYaml(value) : `${JSON.stringify(value, null, 2)}\n`;
  if (typeof options.out === "string") {
    for (const [index, result] of results.entries()) {
      const file = join(
        options.out,
        `${documentId(paths[index]!)}.plan.${format === "yaml" ? "yaml" : "json"}`,
      );
      const written = await writeOutput(io, file, serialise(result.plan));
      io.stdout.write(
        `${paths[index]} → ${written} (${count(result.plan.targets.length, "target")}, ${count(result.issues.length, "issue")})\n`,
      );
    }
    return EXIT.ok;
  }
  if (format) {
    const documents = results.map((result) => ({ plan: result.plan, issues: result.issues }));
    io.stdout.write(serialise(documents.length === 1 ? documents[0] : documents));
    return EXIT.ok;
  }
  for (const [index, result] of results.entries()) io.stdout.write(summary(paths[index]!, result));
  return EXIT.ok;
}
