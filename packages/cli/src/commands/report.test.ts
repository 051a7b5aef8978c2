import { describe, expect, it } from "vitest";
import { memoryIo } from "../../test/memory-io.js";
import { run } from "../run.js";

describe("guihua report", () => {
  it("evaluates the embedded data, prints the scorecard and writes one HTML file", async () => {
    const io = memoryIo();
    expect(await run(["report", "--as-of", "2026-06-30"], io)).toBe(0);
    const page = io.files.get("/work/report.html");
    expect(typeof page).toBe("string");
    expect(page as string).toContain("知识产权强国建设纲要");
    expect((page as string).match(/<svg /g)?.length).toBeGreaterThan(3);
    expect(io.out()).toContain("合计 total");
    expect(io.out()).toContain("报告 report: /work/report.html");
    expect(io.out()).not.toContain("\u001b["); // no colour codes when piped
  }, 60_000);

  it("reports chosen plans to a chosen file", async () => {
    const io = memoryIo();
    expect(await run(["report", "national", "002", "--out", "out/r.html", "--as-of", "2026-06-30"], io)).toBe(
      0,
    );
    const page = io.files.get("/work/out/r.html") as string;
    expect(page).toContain("辽宁省");
    expect(page).not.toContain("鞍山市知識產權戰略綱要");
  }, 60_000);
});
