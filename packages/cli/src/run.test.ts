import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../test/memory-io.js";
import { run } from "./run.js";

describe("run", () => {
  it("prints help and exits 0", async () => {
    const io = memoryIo();
    expect(await run(["--help"], io)).toBe(0);
    expect(io.out()).toContain("Usage: guihua");
    for (const command of ["extract", "evaluate", "project", "audit", "report", "schema"])
      expect(io.out()).toContain(command);
  });

  it("prints the version", async () => {
    const io = memoryIo();
    expect(await run(["--version"], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("exits 2 on an unknown command or option", async () => {
    const io = memoryIo();
    expect(await run(["frobnicate"], io)).toBe(2);
    expect(io.err()).toContain("unknown command");
    expect(await run(["schema", "--bogus"], memoryIo())).toBe(2);
  });
});

describe("guihua schema", () => {
  it("writes every JSON Schema into --out", async () => {
    const io = memoryIo();
    expect(await run(["schema", "--out", "schemas"], io)).toBe(0);
    const plan = io.files.get("/work/schemas/plan.schema.json");
    expect(typeof plan).toBe("string");
    expect(JSON.parse(plan as string).$schema).toContain("2020-12");
    expect(io.files.size).toBeGreaterThanOrEqual(10);
  });

  it("prints one schema by name and rejects an unknown one", async () => {
    const io = memoryIo();
    expect(await run(["schema", "observation"], io)).toBe(0);
    expect(JSON.parse(io.out()).$id).toContain("observation.schema.json");
    const bad = memoryIo();
    expect(await run(["schema", "nope"], bad)).toBe(2);
    expect(bad.err()).toContain('unknown schema "nope"');
  });

  it("exits 2 with the path when the output cannot be written", async () => {
    const io = memoryIo();
    expect(await run(["schema", "--out", "/readonly"], io)).toBe(2);
    expect(io.err()).toContain("cannot write /readonly/");
  });
});

describe("start-up", () => {
  // `guihua --help` must start fast: the entry files import only commander and Node built-ins statically;
  // every command loads its heavy modules (vega, the extractor, decimal maths, the dataset) when it runs.
  it.each(["run.ts", "bin.ts", "errors.ts", "library-errors.ts"])(
    "%s imports nothing heavy at the top",
    (file) => {
      const source = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
      const imports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)].map(
        (match) => match[1],
      );
      for (const specifier of imports)
        expect(specifier).toMatch(/^(commander|node:[a-z_/]+|\.\/[\w-]+\.js)$/);
      const local = imports.filter((specifier) => specifier?.startsWith("./"));
      expect(
        local.every((specifier) => ["./run.js", "./errors.js", "./library-errors.js"].includes(specifier!)),
      ).toBe(true);
    },
  );
});

describe("help", () => {
  it.each(["evaluate", "audit", "report"])("%s --help names every kind of plan argument", async (command) => {
    const io = memoryIo();
    expect(await run([command, "--help"], io)).toBe(0);
    for (const kind of [".json", ".yaml", ".txt", "seed plan id", "national"])
      expect(io.out()).toContain(kind);
  });

  it("evaluate --help shows --region", async () => {
    const io = memoryIo();
    await run(["evaluate", "--help"], io);
    expect(io.out()).toContain("--region <name>");
  });
});
