import { EvaluateError } from "@guihua/evaluate";
import { GrowthError } from "@guihua/growth";
import { LoaderError } from "@guihua/loaders";
import { SchemaValidationError } from "@guihua/schema";
import { describe, expect, it, vi } from "vitest";
import { memoryIo } from "../test/memory-io.js";
import { isLibraryError, langOf, libraryErrorMessage } from "./library-errors.js";
import { run } from "./run.js";

describe("typed library errors", () => {
  const beforeBase = new EvaluateError(
    "GUIHUA_EVALUATE_AS_OF_BEFORE_BASE",
    "target 002-T20: the as-of date 2019-06-30 is before its base year 2020; nothing can be judged before the base",
    { targetId: "002-T20", asOf: "2019-06-30", baseYear: 2020 },
  );

  it("are recognised by name and code, without instanceof", () => {
    expect(isLibraryError(beforeBase)).toBe(true);
    expect(isLibraryError(new GrowthError("non_positive_base", ["base"], "needs a positive base"))).toBe(
      true,
    );
    expect(isLibraryError(new SchemaValidationError("plan", []))).toBe(true);
    expect(isLibraryError(new LoaderError("invalid_plan", "not a plan", []))).toBe(true);
    expect(isLibraryError(new TypeError("x is undefined"))).toBe(false);
  });

  it("read as one line in Chinese or English, with no code in brackets", () => {
    const zh = libraryErrorMessage(beforeBase, "zh");
    expect(zh).toContain("早于目标 002-T20 的基期 2020 年");
    expect(zh).toContain("--as-of 2020-01-01");
    const en = libraryErrorMessage(beforeBase, "en");
    expect(en).toMatch(/^cannot evaluate: target 002-T20: the as-of date 2019-06-30 is before/);
    const growth = new GrowthError(
      "non_positive_base",
      ["base"],
      "a growth rate needs a positive base, got -5",
    );
    expect(libraryErrorMessage(growth, "en")).toBe(
      "cannot compute: a growth rate needs a positive base, got -5",
    );
    expect(libraryErrorMessage(growth, "zh")).toContain("基期值必须大于零");
    const schema = new SchemaValidationError("plan", [
      { path: ["targets", 0, "value"], message: "not a decimal", code: "pattern" } as never,
    ]);
    const line = libraryErrorMessage(schema, "en");
    expect(line).not.toContain("\n");
    expect(line).toContain("targets.0.value: not a decimal");
    for (const message of [zh, en, line]) expect(message).not.toMatch(/\[[A-Za-z_]+\]|\n/);
    // Malformed input names the field's JSON path in both languages.
    const malformed = new EvaluateError(
      "GUIHUA_EVALUATE_INVALID_INPUT",
      "$.targets[3].base.year (target t4): must be a whole year such as 2025, got nothing",
      { path: "$.targets[3].base.year", targetId: "t4" },
    );
    expect(libraryErrorMessage(malformed, "zh")).toBe(
      "无法评估：$.targets[3].base.year（目标 t4） 的数据无效",
    );
    expect(libraryErrorMessage(malformed, "en")).toBe(
      "cannot evaluate: $.targets[3].base.year (target t4): must be a whole year such as 2025, got nothing",
    );
  });

  it("take --lang from the command line", () => {
    expect(langOf(["evaluate", "002", "--lang", "en"])).toBe("en");
    expect(langOf(["evaluate", "002", "--lang=en"])).toBe("en");
    expect(langOf(["evaluate", "002"])).toBe("zh");
  });

  it("exit 2 with one line; a genuine bug still exits 3 with its stack", async () => {
    const evaluate = await import("@guihua/evaluate");
    const spy = vi.spyOn(evaluate, "evaluatePlan");
    try {
      spy.mockImplementation(() => {
        throw beforeBase;
      });
      const io = memoryIo();
      expect(await run(["evaluate", "002", "--as-of", "2019-06-30", "--lang", "en"], io)).toBe(2);
      expect(io.err()).toMatch(/^guihua: cannot evaluate: .*use --as-of 2020-01-01 or later\n$/);
      expect(io.err()).not.toContain("internal error");
      spy.mockImplementation(() => {
        throw new TypeError("boom");
      });
      const bug = memoryIo();
      expect(await run(["evaluate", "002", "--as-of", "2021-06-30"], bug)).toBe(3);
      expect(bug.err()).toContain("internal error (please report it): TypeError: boom");
      expect(bug.err()).toContain("    at ");
    } finally {
      spy.mockRestore();
    }
  });
});
