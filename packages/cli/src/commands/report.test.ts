import { readFileSync } from "node:fs";
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

  it("adds observations from a CSV file", async () => {
    const csv = [
      "indicator,region,period,value,unit,status,source",
      "版权产业增加值占GDP比重,中华人民共和国,2020,7.39,%,final,test",
      "版权产业增加值占GDP比重,中华人民共和国,2023,7.53,%,final,test",
    ].join("\n");
    const io = memoryIo({ "copyright.csv": csv });
    expect(
      await run(["report", "national", "--observations", "copyright.csv", "--as-of", "2026-06-30"], io),
    ).toBe(0);
    expect(io.out()).toMatch(/\[已实现\] 中华人民共和国 版权产业增加值占GDP比重/);
  }, 60_000);

  it("reports on a text document it has never seen, extracting it first", async () => {
    const text = readFileSync(new URL("../../../../examples/data/county-plan.txt", import.meta.url), "utf8");
    const io = memoryIo({ "county.txt": text });
    expect(await run(["report", "county.txt", "--out", "county.html", "--as-of", "2026-06-30"], io)).toBe(0);
    const page = io.files.get("/work/county.html") as string;
    expect(page).toContain("某某县知识产权事业发展“十四五”规划");
    expect(page).toContain("「有效注册商标总量达到8000件」");
    const audit = memoryIo({ "county.txt": text });
    expect(await run(["audit", "county.txt", "--json"], audit)).toBe(0);
    expect(Array.isArray(JSON.parse(audit.out()))).toBe(true);
  });
});

describe("guihua report on a user's plan", () => {
  it("takes --region and only the user's observations", async () => {
    const plan = "某市“十四五”知识产权发展规划\n\n到2025年，全市有效发明专利拥有量达到600件。\n";
    const csv = [
      "indicator,region,period,value,unit,status,source",
      "有效发明专利拥有量,某市,2020,312,件,final,统计公报",
      "有效发明专利拥有量,某市,2023,420,件,final,统计公报",
    ].join("\n");
    const io = memoryIo({ "plan.txt": plan, "obs.csv": csv });
    const argv = ["report", "plan.txt", "--observations", "obs.csv", "--as-of", "2024-06-30"];
    expect(await run([...argv, "--region", "某市", "--out", "r.html"], io)).toBe(0);
    expect(io.out()).toContain("需加快");
    const unknown = memoryIo({ "plan.txt": plan, "obs.csv": csv });
    await run([...argv, "--out", "r.html"], unknown);
    expect(unknown.out()).toContain("--region");
    const html = io.files.get("/work/r.html") as string;
    expect(html).toContain("某市");
  });
});
