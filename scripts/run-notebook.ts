// Executes examples/notebooks/*.ipynb headless with Debian's Jupyter and the tslab TypeScript kernel,
// and fails when a cell fails. The notebooks import the built packages (tslab resolves `main`/`types`,
// not the source condition), so the packages they use are built first (turbo caches the builds).
// Without Jupyter the run is skipped locally with a message; in CI (CI=true) it fails instead.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const notebooksDir = join(root, "examples", "notebooks");
const inCi = process.env.CI === "true" || process.env.CI === "1";
const python = process.env.PYTHON ?? "/usr/bin/python3";
// tslab lives in its own install (tools/tslab) so its bundled TypeScript 5.0 cannot shadow the project's `tsc`.
const kernelDir = join(root, "tools", "tslab");
const env = {
  ...process.env,
  PATH: [join(kernelDir, "node_modules", ".bin"), join(root, "node_modules", ".bin"), process.env.PATH].join(
    delimiter,
  ),
};

function unavailable(reason: string): never | void {
  if (inCi)
    throw new Error(
      `notebooks: ${reason} (CI must install jupyter-nbconvert python3-ipykernel and the tslab kernel)`,
    );
  console.warn(`notebooks: skipped, ${reason}`);
}

function kernelInstalled(): boolean {
  const probe = spawnSync(
    python,
    ["-c", "from jupyter_client.kernelspec import find_kernel_specs; print('tslab' in find_kernel_specs())"],
    { encoding: "utf8" },
  );
  return probe.status === 0 && probe.stdout.trim() === "True";
}

// tslab talks to Jupyter over zeromq, a native module; npm 11 runs no install scripts, so it must load from
// the prebuilt binary the package ships.
function zeromqLoads(): string | undefined {
  try {
    createRequire(join(kernelDir, "node_modules", "tslab", "package.json"))("zeromq");
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function main(): void {
  const notebooks = readdirSync(notebooksDir).filter((name) => name.endsWith(".ipynb"));
  if (spawnSync("jupyter", ["nbconvert", "--version"], { env }).status !== 0)
    return unavailable("jupyter nbconvert not found (apt-get install jupyter-nbconvert python3-ipykernel)");
  const zeromqError = zeromqLoads();
  if (zeromqError) return unavailable(`tslab's zeromq native module does not load: ${zeromqError}`);
  if (!kernelInstalled()) {
    console.log("notebooks: installing the tslab kernel spec");
    execFileSync(join(kernelDir, "node_modules", ".bin", "tslab"), ["install", `--python=${python}`], {
      stdio: "inherit",
      cwd: root,
      env,
    });
  }
  execFileSync(
    "npx",
    [
      "turbo",
      "run",
      "build",
      "--filter=@guihua/growth",
      "--filter=@guihua/dataset",
      "--filter=@guihua/evaluate",
      "--output-logs=errors-only",
    ],
    { stdio: "inherit", cwd: root, env: { ...env, TURBO_TELEMETRY_DISABLED: "1" } },
  );
  const outputDir = mkdtempSync(join(tmpdir(), "guihua-notebooks-"));
  try {
    for (const name of notebooks) {
      console.log(`\n▶ examples/notebooks/${name}`);
      execFileSync(
        "jupyter",
        [
          "nbconvert",
          "--to",
          "notebook",
          "--execute",
          "--ExecutePreprocessor.timeout=180",
          "--output-dir",
          outputDir,
          join(notebooksDir, name),
        ],
        { stdio: "inherit", cwd: notebooksDir, env },
      );
      const executed = JSON.parse(readFileSync(join(outputDir, name), "utf8")) as {
        cells: {
          cell_type: string;
          outputs?: { output_type: string; name?: string; data?: Record<string, unknown> }[];
        }[];
      };
      const outputs = executed.cells.flatMap((cell) => cell.outputs ?? []);
      const errors = outputs.filter((output) => output.output_type === "error" || output.name === "stderr");
      if (errors.length > 0) throw new Error(`${name}: ${JSON.stringify(errors).slice(0, 2000)}`);
      const figures = outputs.filter((output) =>
        String(output.data?.["text/html"] ?? "").includes("<svg"),
      ).length;
      console.log(`  ${executed.cells.length} cells ran, ${figures} figure output(s)`);
      if (figures === 0) throw new Error(`${name}: no figure was displayed`);
    }
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
  console.log(`notebooks: ${notebooks.length} passed`);
}

main();
