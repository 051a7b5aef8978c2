import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { readObservationsFile, readPlanFile } from "./node.js";
import { LoaderError } from "./structured/loader-error.js";

const fixtureUrl = new URL("../../schema/test/fixtures/liaoning-table2.plan.json", import.meta.url);
const csvUrl = new URL("./structured/fixtures/national.observations.csv", import.meta.url);
const fixtureJson = readFileSync(fixtureUrl, "utf8");
const directory = mkdtempSync(join(tmpdir(), "guihua-loaders-"));

function write(name: string, content: string | Uint8Array): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<LoaderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LoaderError) return error;
    throw error;
  }
  throw new Error("expected a LoaderError");
}

describe("readPlanFile", () => {
  it("reads JSON, YAML and YML by extension, and a file URL", async () => {
    const expected = JSON.parse(fixtureJson);
    expect(await readPlanFile(fixtureUrl)).toEqual(expected);
    expect(await readPlanFile(write("plan.yaml", stringify(expected)))).toEqual(expected);
    expect(await readPlanFile(write("plan.YML", stringify(expected)))).toEqual(expected);
    expect(await readPlanFile(write("plan.txt", fixtureJson), { format: "json" })).toEqual(expected);
  });

  it("a missing file", async () => {
    const path = join(directory, "missing.json");
    const error = await failure(readPlanFile(path));
    expect(error).toMatchObject({ code: "file_unreadable", file: path, issues: [] });
    expect(error.message).toBe(`cannot read ${path} (ENOENT)`);
  });

  it("an extension that names no format", async () => {
    const path = write("plan.toml", "");
    expect(await failure(readPlanFile(path))).toMatchObject({ code: "unsupported_format", file: path });
  });

  it("a file that is not UTF-8", async () => {
    const gbk = Uint8Array.from([0x7b, 0x22, 0xb9, 0xe6, 0xbb, 0xae, 0x22, 0x7d]); // {"规划"} in GBK
    const path = write("gbk.json", gbk);
    expect(await failure(readPlanFile(path))).toMatchObject({ code: "invalid_encoding", file: path });
  });

  it("every problem named by file, line and column", async () => {
    const path = write("bad.json", fixtureJson.replace('"value": "6"', '"value": 6'));
    const error = await failure(readPlanFile(path));
    expect(error.code).toBe("invalid_plan");
    expect(error.issues).toMatchObject([{ code: "invalid_type", line: 28, column: 16 }]);
    expect(error.message).toBe(
      `invalid plan in ${path}: 1 problem\n` +
        `  ${path}:28:16 $.targets[0].value: expected a decimal string such as "30.96" [invalid_type]`,
    );
  });
});

describe("readObservationsFile", () => {
  it("reads the national fixture", async () => {
    const observations = await readObservationsFile(csvUrl);
    expect(observations.map((observation) => [observation.period, observation.value])).toEqual([
      [{ year: 2021 }, "7.5"],
      [{ year: 2023 }, "11.8"],
      [{ year: 2020 }, "319440000000"],
      [{ year: 2023 }, "376520000000"],
    ]);
  });

  it("reads a .tsv file with tabs", async () => {
    const path = write("data.tsv", readFileSync(csvUrl, "utf8").replaceAll(",", "\t"));
    expect(await readObservationsFile(path)).toHaveLength(4);
  });

  it("names the file and the bad cell", async () => {
    const path = write("bad.csv", readFileSync(csvUrl, "utf8").replace("11.8", '"11,8"'));
    const error = await failure(readObservationsFile(path));
    expect(error).toMatchObject({ code: "invalid_observations", file: path });
    expect(error.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [3, 61, "invalid_decimal"],
    ]);
  });

  it("a missing file", async () => {
    expect(await failure(readObservationsFile(join(directory, "none.csv")))).toMatchObject({
      code: "file_unreadable",
    });
  });
});
