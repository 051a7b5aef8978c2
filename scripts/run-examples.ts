// Runs every example under examples/ (type-checked first), each in its own process,
// against package sources through the "@guihua/source" condition. Fails on the first failing example.
// Then executes the notebooks under examples/notebooks (scripts/run-notebook.ts).
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const examplesDir = join(root, "examples");
const examples = readdirSync(examplesDir)
  .filter((name) => /\.(ts|mts)$/.test(name) && !name.endsWith(".d.ts"))
  .sort();
// The project's TypeScript, by path, whatever else a tool has linked into node_modules/.bin.
const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", join(examplesDir, "tsconfig.json")], {
  stdio: "inherit",
  cwd: root,
});
let passed = 0;
for (const name of examples) {
  console.log(`\n▶ examples/${name}`);
  execFileSync(
    process.execPath,
    ["--conditions=@guihua/source", "--import", "tsx", join(examplesDir, name)],
    {
      stdio: "inherit",
      cwd: root,
    },
  );
  passed++;
}
execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts", "run-notebook.ts")], {
  stdio: "inherit",
  cwd: root,
});
// Every example and notebook ran (a failure throws above and exits non-zero).
console.log(`\nexamples: ${passed} passed, 0 failed`);
