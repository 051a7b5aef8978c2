// Startup and end-to-end speed of the built command, measured as a user runs it:
// `guihua --help` against `node -e 0` (goal: under 3x), and `guihua extract` on the five seeds (goal: under 1 s).
// Each command runs several times; the median wall time is reported. Run with `npm run bench` (builds first).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const packageDir = new URL("..", import.meta.url).pathname;
const root = join(packageDir, "..", "..");
const bin = join(packageDir, "dist", "bin.js");
const seeds = readdirSync(join(root, "seeds", "raw"))
  .filter((name) => name.endsWith(".txt"))
  .map((name) => join(root, "seeds", "raw", name));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

// The built command runs the built packages it depends on: build them all (turbo caches unchanged ones).
if (!existsSync(bin) || process.env.BENCH_BUILD !== "0")
  execFileSync("npx", ["turbo", "run", "build", "--filter=@guihua/cli", "--output-logs=errors-only"], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });

function median(command: string[]): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, command, { cwd: root, stdio: "ignore" });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${command.join(" ")} exited ${result.status}`);
    if (run > 0) times.push(elapsed); // the first run warms the file cache
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const baseline = median(["-e", "0"]);
const help = median([bin, "--help"]);
const version = median([bin, "--version"]);
const extract = median([bin, "extract", ...seeds, "--json"]);
const extractJobs = median([bin, "extract", ...seeds, "--json", "--jobs", "2"]);

const rows = [
  ["`node -e 0`", baseline, "1.00x", "baseline"],
  [
    "`guihua --help`",
    help,
    `${(help / baseline).toFixed(2)}x`,
    help / baseline < 3 ? "✓ under 3x" : "✗ over 3x",
  ],
  ["`guihua --version`", version, `${(version / baseline).toFixed(2)}x`, ""],
  [
    "`guihua extract` (5 seeds, --json)",
    extract,
    `${(extract / baseline).toFixed(2)}x`,
    extract < 1000 ? "✓ under 1 s" : "✗ over 1 s",
  ],
  [
    "`guihua extract` (5 seeds, --jobs 2)",
    extractJobs,
    `${(extractJobs / baseline).toFixed(2)}x`,
    extractJobs < 1000 ? "✓ under 1 s" : "✗ over 1 s",
  ],
] as const;
console.log(`median of ${RUNS} runs, Node ${process.version}\n`);
console.log("| command | median ms | vs node -e 0 | goal |\n|---|---:|---:|---|");
for (const [name, ms, ratio, goal] of rows)
  console.log(`| ${name} | ${ms.toFixed(0)} | ${ratio} | ${goal} |`);
if (help / baseline >= 3 || extract >= 1000) process.exitCode = 1;
