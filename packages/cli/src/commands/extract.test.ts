import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../test/memory-io.js";
import { run } from "../run.js";

const seedsDir = new URL("../../../../seeds/raw/", import.meta.url);
const SEEDS = [
  "000_f4ce5bcb0d66299b",
  "001_1d02821496d85e12",
  "002_6eb086e07f75e31e",
  "003_842afa8849cffd08",
  "004_1a2eda50a7740b0f",
];
const seedFiles = Object.fromEntries(
  SEEDS.map((id) => [`seeds/${id}.txt`, readFileSync(new URL(`${id}.txt`, seedsDir), "utf8")]),
);
const unseen = readFileSync(new URL("../../../../examples/data/county-plan.txt", import.meta.url), "utf8");

describe("guihua extract", () => {
  it("prints the targets of a text it has never seen, each with its quote", async () => {
    const io = memoryIo({ "county.txt": unseen });
    expect(await run(["extract", "county.txt"], io)).toBe(0);
    expect(io.out()).toContain("某某县");
    expect(io.out()).toContain("«有效注册商标总量达到8000件»");
    expect(io.err()).toBe("");
  });

  it("prints {plan, issues} as JSON, spans exact on the original text", async () => {
    const io = memoryIo({ "county.txt": unseen });
    expect(await run(["extract", "county.txt", "--json"], io)).toBe(0);
    const { plan, issues } = JSON.parse(io.out());
    expect(Array.isArray(issues)).toBe(true);
    expect(plan.targets.length).toBeGreaterThan(3);
    for (const target of plan.targets)
      expect(unseen.slice(target.source.start, target.source.end)).toBe(target.source.quote);
  });

  it("prints YAML that reads back to the same JSON", async () => {
    const json = memoryIo({ "county.txt": unseen });
    const yaml = memoryIo({ "county.txt": unseen });
    await run(["extract", "county.txt", "--json"], json);
    expect(await run(["extract", "county.txt", "--yaml"], yaml)).toBe(0);
    expect(parse(yaml.out())).toEqual(JSON.parse(json.out()));
  });

  it("refuses --json with --yaml", async () => {
    const io = memoryIo({ "county.txt": unseen });
    expect(await run(["extract", "county.txt", "--json", "--yaml"], io)).toBe(2);
  });

  it("exits 2 naming an unreadable file, before doing any work", async () => {
    const io = memoryIo({ "county.txt": unseen });
    expect(await run(["extract", "county.txt", "missing/plan.txt"], io)).toBe(2);
    expect(io.err()).toBe("guihua: cannot read missing/plan.txt: no such file\n");
    expect(io.out()).toBe("");
  });

  it("runs the five seeds on worker threads, writes one plan per file and prints plain progress when piped", async () => {
    const io = memoryIo(seedFiles);
    const paths = Object.keys(seedFiles);
    expect(await run(["extract", ...paths, "--jobs", "2", "--out", "plans"], io)).toBe(0);
    expect(io.err().trim().split("\n")).toHaveLength(5);
    expect(io.err()).toMatch(/^\[1\/5\] seeds\/\S+\.txt: \d+ targets$/m);
    for (const id of SEEDS) {
      const written = io.files.get(`/work/plans/${id}.plan.json`);
      expect(typeof written).toBe("string");
      const plan = JSON.parse(written as string);
      expect(plan.targets.length).toBeGreaterThan(5);
      expect(plan.targets[0].source.document).toBe(id);
    }
  }, 60_000);

  it("gives the same plans on one thread and on two", async () => {
    const paths = Object.keys(seedFiles).slice(1, 4);
    const single = memoryIo(seedFiles);
    const pooled = memoryIo(seedFiles);
    await run(["extract", ...paths, "--json"], single);
    await run(["extract", ...paths, "--json", "--jobs", "2"], pooled);
    expect(JSON.parse(pooled.out())).toEqual(JSON.parse(single.out()));
  }, 60_000);

  it("draws a progress bar on a terminal", async () => {
    const io = memoryIo(seedFiles);
    let drawn = "";
    const terminal = {
      isTTY: true,
      columns: 100,
      write: (chunk: string) => ((drawn += chunk), true),
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
      on: () => terminal,
      removeListener: () => terminal,
    };
    io.stderr = terminal;
    expect(await run(["extract", ...Object.keys(seedFiles).slice(0, 2), "--json"], io)).toBe(0);
    expect(drawn).toContain("extract [");
    expect(drawn).not.toContain("[1/2]");
  });

  it("refuses a file that is not UTF-8 (a GBK document), naming it", async () => {
    const gbk = Uint8Array.from([0xb5, 0xbd, 0x32, 0x30, 0x32, 0x35, 0xc4, 0xea]); // 到2025年 in GBK
    const io = memoryIo({ "gbk.txt": gbk });
    expect(await run(["extract", "gbk.txt"], io)).toBe(2);
    expect(io.err()).toContain("cannot read gbk.txt: not UTF-8 text");
  });

  it("rejects a bad --jobs", async () => {
    const io = memoryIo({ "county.txt": unseen });
    expect(await run(["extract", "county.txt", "--jobs", "0"], io)).toBe(2);
    expect(io.err()).toContain("--jobs");
  });
});
