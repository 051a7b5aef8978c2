import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const source = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

function modules(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return modules(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Relative imports of a module, resolved to source paths. */
function imports(path: string): string[] {
  const text = readFileSync(path, "utf8");
  return [...text.matchAll(/from "(\.{1,2}\/[^"]+)\.js"/g)].map((match) =>
    resolve(dirname(path), `${match[1]}.ts`),
  );
}

describe("package structure", () => {
  const files = modules(source);
  const graph = new Map(files.map((file) => [file, imports(file)]));

  it("has no circular imports", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push(
          [...trail.slice(trail.indexOf(file)), file].map((step) => relative(source, step)).join(" → "),
        );
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  /** Modules reachable from an entry that import decimal.js as a value (not `import type`). */
  const decimalLoaders = (entry: string) => {
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of graph.get(file) ?? []) walk(next);
    };
    walk(join(source, entry));
    return [...reached]
      .filter((file) => /^import \{[^}]*\} from "decimal\.js"/m.test(readFileSync(file, "utf8")))
      .map((file) => relative(source, file))
      .sort();
  };

  it("keeps decimal.js out of the float entry at run time", () => {
    expect(decimalLoaders("float.ts")).toEqual([]);
    expect(decimalLoaders("index.ts")).toEqual(["calculator/decimal.ts"]);
  });

  it("only imports existing modules", () => {
    for (const [file, targets] of graph) {
      for (const target of targets)
        expect(files, `${relative(source, file)} imports ${target}`).toContain(target);
    }
  });
});
