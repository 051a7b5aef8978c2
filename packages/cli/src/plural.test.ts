import { describe, expect, it } from "vitest";
import { memoryIo } from "../test/memory-io.js";
import { goal } from "./commands/evaluate.js";
import { count } from "./plural.js";
import { run } from "./run.js";

describe("English output", () => {
  it("counts in the right number", () => {
    expect(count(1, "finding")).toBe("1 finding");
    expect(count(0, "issue")).toBe("0 issues");
    expect(count(2, "target")).toBe("2 targets");
  });

  it("shows per-year and growth goals as such, with no Chinese words in English", async () => {
    const { getSeedPlan } = await import("@guihua/dataset");
    const targets = getSeedPlan("002")!.targets;
    const mean = targets.find((target) => target.kind === "per-year" && target.aggregate === "mean")!;
    expect(goal(mean, "en")).toMatch(/^2025: 60家 per year on average$/);
    expect(goal(mean, "zh")).toBe("2025: 年均60家");
    const each = targets.find((target) => target.kind === "per-year" && target.valueAsWritten === "百")!;
    expect(goal(each, "en")).toBe("2025: 100件 every year");
    expect(goal(each, "zh")).toBe("2025: 每年百件");
    const rate = targets.find((target) => target.kind === "growth-rate")!;
    expect(goal(rate, "en")).toMatch(/^2025: \d+% a year$/);
    expect(goal(rate, "zh")).toMatch(/^2025: 年均 \d+%$/);
  });

  it("keeps the status column wide enough and the summary in the chosen language", async () => {
    const en = memoryIo();
    await run(["evaluate", "002", "--as-of", "2023-06-30", "--lang", "en"], en);
    expect(en.out()).not.toContain("年均");
    expect(en.out()).toMatch(/\n31 targets: achieved 4/);
    // "acceleration needed" (19 columns) and a space before the indicator in every row.
    for (const row of en
      .out()
      .split("\n")
      .filter((line) => /^[a-z]/.test(line)))
      expect(row.slice(0, 21)).toMatch(/^[a-z ]+ $/);
    const zh = memoryIo();
    await run(["evaluate", "002", "--as-of", "2023-06-30"], zh);
    expect(zh.out()).toMatch(/\n共 31 项目标: 已实现 4/);
    expect(zh.out()).not.toMatch(/\d+ targets/);
  });

  it("says 1 finding, not 1 findings", async () => {
    const io = memoryIo();
    await run(["audit", "004", "--lang", "en"], io);
    expect(io.out()).toMatch(/: \d+ findings?\n/);
    expect(io.out()).not.toMatch(/: 1 findings\n/);
  });
});
