import { readFileSync } from "node:fs";
import { getSeedPlan } from "@guihua/dataset";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../test/memory-io.js";
import { run } from "../run.js";

describe("guihua evaluate", () => {
  it("reproduces 辽宁's 十三五 table: 4 achieved, 1 not achieved (1429 of 1600), exit 1", async () => {
    const io = memoryIo();
    expect(await run(["evaluate", "002", "--as-of", "2021-06-30", "--json"], io)).toBe(1);
    const scorecard = JSON.parse(io.out());
    const priorPlan = new Set(
      getSeedPlan("002")!
        .targets.filter((target) => target.priorPlan)
        .map((target) => target.id),
    );
    const table1 = scorecard.evaluations
      .filter((evaluation: { targetId: string }) => priorPlan.has(evaluation.targetId))
      .map((evaluation: { status: string }) => evaluation.status)
      .sort();
    expect(table1).toEqual(["achieved", "achieved", "achieved", "achieved", "not-achieved"]);
    expect(io.out()).toContain("89.3%");
  });

  it("prints a readable list in Chinese or English", async () => {
    const zh = memoryIo();
    await run(["evaluate", "national", "--as-of", "2026-06-30"], zh);
    expect(zh.out()).toContain("知识产权强国建设纲要");
    expect(zh.out()).toMatch(/已实现 +每万人口高价值发明专利拥有量/);
    const en = memoryIo();
    expect(await run(["evaluate", "national", "--as-of", "2026-06-30", "--lang", "en"], en)).toBe(0);
    expect(en.out()).toContain("meets the target");
  });

  it("takes observations from a CSV file", async () => {
    const csv = [
      "indicator,region,period,value,unit,status,source",
      "有效发明专利拥有量,某某县,2020,312,件,final,县统计公报",
      "有效发明专利拥有量,某某县,2023,420,件,final,县统计公报",
    ].join("\n");
    const text = readFileSync(new URL("../../../../examples/data/county-plan.txt", import.meta.url), "utf8");
    const io = memoryIo({ "county.txt": text, "data.csv": csv });
    const code = await run(
      ["evaluate", "county.txt", "--observations", "data.csv", "--as-of", "2024-01-01", "--json"],
      io,
    );
    expect(code).toBeLessThanOrEqual(1);
    const scorecard = JSON.parse(io.out());
    expect(
      scorecard.evaluations.some(
        (evaluation: { status: string }) => evaluation.status !== "insufficient-data",
      ),
    ).toBe(true);
  });

  it("exits 2 on an unknown plan, a bad date, a bad method or a broken CSV, naming the problem", async () => {
    const unknown = memoryIo();
    expect(await run(["evaluate", "999"], unknown)).toBe(2);
    expect(unknown.err()).toContain('"999" is neither a file nor a known plan');
    const date = memoryIo();
    expect(await run(["evaluate", "002", "--as-of", "2021-13-01"], date)).toBe(2);
    const method = memoryIo();
    expect(await run(["evaluate", "002", "--method", "magic"], method)).toBe(2);
    expect(method.err()).toContain("statcan");
    const broken = memoryIo({ "bad.csv": "indicator,region\nx,y\n" });
    expect(await run(["evaluate", "002", "--observations", "bad.csv"], broken)).toBe(2);
    expect(broken.err()).toContain("bad.csv");
    const missing = memoryIo();
    expect(await run(["evaluate", "plan.json"], missing)).toBe(2);
    expect(missing.err()).toContain("cannot read plan.json");
  });

  it("reports a plan file that is not a plan with line and column", async () => {
    const io = memoryIo({ "plan.yaml": "schemaVersion: '1.0'\nid: x\n" });
    expect(await run(["evaluate", "plan.yaml"], io)).toBe(2);
    expect(io.err()).toMatch(/plan\.yaml:\d+:\d+/);
  });
});

describe("guihua audit", () => {
  it("finds 鞍山's trademark milestones below the stated 2% a year", async () => {
    const io = memoryIo();
    await run(["audit", "004"], io);
    expect(io.out()).toContain("milestone-rate-contradiction");
    expect(io.out()).toContain("1.97%");
  });

  it("prints findings as JSON", async () => {
    const io = memoryIo();
    await run(["audit", "004", "--json"], io);
    const findings = JSON.parse(io.out());
    expect(
      findings.some((finding: { code: string }) => finding.code === "milestone-rate-contradiction"),
    ).toBe(true);
  });
});

describe("guihua evaluate on a user's plan", () => {
  const plan = "某市“十四五”知识产权发展规划\n\n到2025年，全市有效发明专利拥有量达到600件。\n";
  const csv = [
    "indicator,region,period,value,unit,status,source",
    "有效发明专利拥有量,某市,2020,312,件,final,统计公报",
    "有效发明专利拥有量,某市,2023,420,件,final,统计公报",
  ].join("\n");

  it("prints why observations were ignored when the region is not recognised", async () => {
    const io = memoryIo({ "plan.txt": plan, "obs.csv": csv });
    await run(["evaluate", "plan.txt", "--observations", "obs.csv", "--as-of", "2024-06-30"], io);
    expect(io.out()).toContain("--region");
    expect(io.out()).toContain("忽略了其他地区的观测值: 某市");
    const en = memoryIo({ "plan.txt": plan, "obs.csv": csv });
    await run(
      ["evaluate", "plan.txt", "--observations", "obs.csv", "--as-of", "2024-06-30", "--lang", "en"],
      en,
    );
    expect(en.out()).toContain("note: ignored observations of other regions");
  });

  it("matches the user's observations with --region", async () => {
    const io = memoryIo({ "plan.txt": plan, "obs.csv": csv });
    const argv = [
      "evaluate",
      "plan.txt",
      "--observations",
      "obs.csv",
      "--as-of",
      "2024-06-30",
      "--region",
      "某市",
    ];
    expect(await run([...argv, "--json"], io)).toBe(0);
    const scorecard = JSON.parse(io.out());
    expect(scorecard.evaluations[0].status).toBe("acceleration-needed");
    expect(scorecard.evaluations[0].figures.actualRate).toMatch(/^0\.104/);
  });

  it("does not feed the embedded seed and national observations to a user's plan", async () => {
    const national = "全国知识产权规划\n\n到2025年，全国每万人口高价值发明专利拥有量达到12件。\n";
    const io = memoryIo({ "plan.txt": national });
    await run(["evaluate", "plan.txt", "--as-of", "2026-06-30", "--region", "中华人民共和国", "--json"], io);
    const scorecard = JSON.parse(io.out());
    expect(scorecard.evaluations[0].status).toBe("insufficient-data");
    const embedded = memoryIo();
    await run(["evaluate", "national", "--as-of", "2026-06-30", "--json"], embedded);
    expect(JSON.parse(embedded.out()).counts["insufficient-data"]).toBeLessThan(
      JSON.parse(embedded.out()).total,
    );
  });
});
