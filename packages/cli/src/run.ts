import { Command, CommanderError, Option } from "commander";
import { createRequire } from "node:module";
import { EXIT, UsageError } from "./errors.js";
import { isLibraryError, langOf, libraryErrorMessage } from "./library-errors.js";
import type { Io } from "./io.js";

/**
 * Runs the `guihua` command on `argv` (the arguments after the program name) and resolves to its exit code:
 * 0 ok, 1 failures found, 2 bad usage, unreadable input (with the path) or input a library refused
 * (its typed error, in one line), 3 a bug in guihua.
 * It never touches `process`: all input and output go through `io`.
 * Each command loads its heavy modules (vega, the extractor, decimal maths) only when it runs,
 * so `guihua --help` starts fast.
 *
 * @example
 * const code = await run(["project", "--base", "4.09", "--from", "2020", "--rate", "6%", "--to", "2025"], io);
 * // prints the path year by year, 2025 → 5.4733; code === 0
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = createProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      io.stderr.write(`guihua: ${error.message}\n`);
      return EXIT.usage;
    }
    if (isLibraryError(error)) {
      io.stderr.write(`guihua: ${libraryErrorMessage(error, langOf(argv))}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`guihua: internal error (please report it): ${detail}\n`);
    return EXIT.internal;
  }
}

// src/run.ts and every built file in dist/ sit one level below the package root.
const packageJson = createRequire(import.meta.url)("../package.json") as { version: string };

function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command("guihua")
    .description("规划 guihua: Chinese government plans as typed data, their targets checked by computation")
    .version(packageJson.version, "-v, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    })
    .showHelpAfterError("(run guihua --help for usage)")
    .addHelpText(
      "after",
      `
Examples:
  guihua report                                        evaluate the embedded plans, write report.html
  guihua project --base 4.09 --from 2020 --rate 6% --to 2025
  guihua extract plan.txt --json                       targets with their source spans
  guihua evaluate 002 --observations data.csv          a seed plan (or plan.json, plan.txt) against data
  guihua audit 004                                     contradictions inside a plan

Exit codes: 0 ok, 1 failures found, 2 bad usage or unreadable input, 3 a bug in guihua.`,
    );

  const action =
    <A extends unknown[]>(load: (...args: A) => Promise<number>) =>
    async (...args: A): Promise<void> => {
      setExit(await load(...args));
    };

  program
    .command("extract")
    .description("extract a plan (targets with source spans) from Chinese plan text files")
    .argument("<files...>", "plain-text plan documents (UTF-8)")
    .addOption(new Option("--json", "print {plan, issues} as JSON").conflicts("yaml"))
    .addOption(new Option("--yaml", "print {plan, issues} as YAML").conflicts("json"))
    .option("-o, --out <dir>", "write one <name>.plan.json (or .yaml) per input into dir")
    .option("-j, --jobs <n>", "worker threads for many files", "1")
    .action(
      action(async (files: string[], options: Record<string, unknown>) => {
        const { extractCommand } = await import("./commands/extract.js");
        return extractCommand(files, options, io);
      }),
    );

  program
    .command("evaluate")
    .description("evaluate a plan's targets against observations")
    .argument(
      "<plan>",
      'a plan file (.json, .yaml), a plain-text plan (.txt, extracted first), a seed plan id (002) or "national"',
    )
    .option(
      "--observations <file...>",
      "observations as CSV (indicator, region, period, value, unit, status, source)",
    )
    .option("--as-of <date>", "evaluate as of YYYY-MM-DD (default: today)")
    .option(
      "--region <name>",
      "the plan's region, matched against the observations' region (for a plan whose region was not recognised)",
    )
    .option("--method <name>", "statcan (default), unsd, destatis or escap-csi")
    .addOption(
      new Option("--lang <lang>", "language of the explanations").choices(["zh", "en"]).default("zh"),
    )
    .option("--json", "print the scorecard as JSON")
    .action(
      action(async (plan: string, options: Record<string, unknown>) => {
        const { evaluateCommand } = await import("./commands/evaluate.js");
        return evaluateCommand(plan, options, io);
      }),
    );

  program
    .command("project")
    .description("project a compound-growth path year by year, or the rate a target requires")
    .requiredOption("--base <value>", "value in the base year, e.g. 4.09")
    .requiredOption("--from <year>", "base year, e.g. 2020")
    .requiredOption("--to <year>", "final year, e.g. 2025")
    .addOption(new Option("--rate <rate>", "yearly growth, e.g. 6% or 0.06").conflicts("target"))
    .addOption(new Option("--target <value>", "value to reach in the final year (gives the required rate)"))
    .option("--json", "print the path as JSON")
    .action(
      action(async (options: Record<string, unknown>) => {
        const { projectCommand } = await import("./commands/project.js");
        return projectCommand(options, io);
      }),
    );

  program
    .command("audit")
    .description("check a plan against itself: contradicting milestones, claims and parts")
    .argument(
      "<plan>",
      'a plan file (.json, .yaml), a plain-text plan (.txt, extracted first), a seed plan id (002) or "national"',
    )
    .addOption(new Option("--lang <lang>", "language of the messages").choices(["zh", "en"]).default("zh"))
    .option("--json", "print the findings as JSON")
    .action(
      action(async (plan: string, options: Record<string, unknown>) => {
        const { auditCommand } = await import("./commands/audit.js");
        return auditCommand(plan, options, io);
      }),
    );

  program
    .command("report")
    .description(
      "write one self-contained HTML report (scorecard, sources, charts); default: the embedded data",
    )
    .argument(
      "[plans...]",
      'plan files (.json, .yaml, .txt), seed plan ids or "national" (default: every seed plan and the national plan)',
    )
    .option(
      "--observations <file...>",
      "observations as CSV (the embedded ones are used for the embedded plans only)",
    )
    .option("--as-of <date>", "evaluate as of YYYY-MM-DD (default: today)")
    .option("--region <name>", "the region of the plan files given (matched against the observations)")
    .option("--method <name>", "evaluation method (default statcan)")
    .option("-o, --out <file>", "where to write the report", "report.html")
    .action(
      action(async (plans: string[], options: Record<string, unknown>) => {
        const { reportCommand } = await import("./commands/report.js");
        return reportCommand(plans, options, io);
      }),
    );

  program
    .command("schema")
    .description("print or write the JSON Schemas of plans, observations and evaluations")
    .argument("[name]", "one schema, e.g. plan (default: all)")
    .option("-o, --out <dir>", "write <name>.schema.json files into dir")
    .action(
      action(async (name: string | undefined, options: { out?: string }) => {
        const { schemaCommand } = await import("./commands/schema.js");
        return schemaCommand(name, options, io);
      }),
    );

  return program;
}
