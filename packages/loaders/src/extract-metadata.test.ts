import { describe, expect, it } from "vitest";
import { extractMetadata } from "./extract-metadata.js";
import { segment } from "./segment.js";

function read(text: string) {
  return extractMetadata(text, text, segment(text));
}

describe("extractMetadata", () => {
  it("reads a notice with its signature, a title with a period and parent plans", () => {
    const text = [
      "某某市人民政府关于印发某某市知识产权运营服务体系建设实施方案(2020-2023年)的通知",
      "各区、县(市)人民政府:",
      "现将《某某市知识产权运营服务体系建设实施方案(2020-2023年)》印发给你们,请认真贯彻执行。",
      "某某市人民政府",
      "2020年9月28日",
      "某某市知识产权运营服务体系建设实施方案(2020-2023年)",
      "为加快构建知识产权运营服务体系,根据《知识产权强国建设纲要(2021-2035年)》和《某某省知识产权规划》精神,结合实际,制定本方案。",
    ].join("\n");
    const metadata = read(text);
    expect(metadata).toMatchObject({
      title: "某某市知识产权运营服务体系建设实施方案(2020-2023年)",
      documentType: "implementation-plan",
      issuer: "某某市人民政府",
      issued: "2020-09-28",
      region: { name: "某某市", level: "prefecture" },
      period: { start: 2020, end: 2023 },
    });
    expect(metadata.basedOn.map((parent) => parent.title)).toEqual([
      "知识产权强国建设纲要(2021-2035年)",
      "某某省知识产权规划",
    ]);
    const source = metadata.basedOn[0]?.source;
    expect(text.slice(source?.start, source?.end)).toBe("《知识产权强国建设纲要(2021-2035年)》");
  });

  it("reads the period from a five-year-plan name in the title", () => {
    const metadata = read("某某省“十四五”知识产权保护和运用规划\n一、发展基础");
    expect(metadata).toMatchObject({
      documentType: "plan",
      region: { name: "某某省", level: "province" },
      period: { start: 2021, end: 2025 },
    });
  });

  it("reads the period from the text when the title has none", () => {
    const metadata = read(
      "各旗县人民政府:\n“十四五”时期(2021—2025年),是关键五年。通辽市委、通辽市政府高度重视。通辽市发展。通辽市推进。",
    );
    expect(metadata.period).toEqual({ start: 2021, end: 2025 });
    expect(metadata.region?.name).toBe("通辽市");
  });

  it("reads a government work report", () => {
    const metadata = read(
      "政府工作报告\n——2024年1月20日在某某市第十七届人民代表大会第四次会议上\n某某市人民政府市长 张三\n",
    );
    expect(metadata).toMatchObject({
      title: "政府工作报告",
      documentType: "work-report",
      issued: "2024-01-20",
      issuer: "某某市人民政府",
      period: { start: 2024, end: 2024 },
    });
  });

  it("reads a draft's title and a region after 中共", () => {
    expect(read("某某市数字经济发展规划(2021-2025年)(征求意见稿)\n一、发展基础").title).toBe(
      "某某市数字经济发展规划(2021-2025年)(征求意见稿)",
    );
    expect(
      read("中共某某市委 某某市人民政府关于加快建设知识产权强市的实施意见\n一、总体要求").region,
    ).toEqual({ name: "某某市", level: "prefecture" });
  });

  it("takes a work report's year from its title when no date is given", () => {
    expect(read("2024年某某市政府工作报告\n各位代表:\n").period).toEqual({ start: 2024, end: 2024 });
  });

  it("reads a document number and copies traditional strings from the original", () => {
    const original = "鞍政發〔2009〕12號\n鞍山市知識產權戰略綱要\n";
    const normalised = "鞍政发〔2009〕12号\n鞍山市知识产权战略纲要\n";
    const metadata = extractMetadata(normalised, original, segment(normalised));
    expect(metadata.documentNumber).toBe("鞍政發〔2009〕12號");
    expect(metadata.title).toBe("鞍山市知識產權戰略綱要");
    expect(metadata.documentType).toBe("strategy");
  });

  it("takes the place before an aspiration named like one (某某省文化强省建设规划)", () => {
    expect(read("某某省体育强省建设实施方案\n一、总体要求").region).toEqual({
      name: "某某省",
      level: "province",
    });
    expect(read("数字强市建设行动计划\n某某市人民政府办公室\n2024年3月1日\n一、总体要求").region).toEqual({
      name: "某某市",
      level: "prefecture",
    });
  });

  it("reads a one-year title (实施方案(2025年版)) as a title and a one-year period", () => {
    expect(read("某某县农村人居环境整治实施方案(2025年版)\n一、总体要求")).toMatchObject({
      title: "某某县农村人居环境整治实施方案(2025年版)",
      region: { name: "某某县", level: "county" },
      period: { start: 2025, end: 2025 },
    });
  });

  it("reads a one-year programme named by its year (2026年…工作要点)", () => {
    expect(read("某某市2026年文化旅游工作要点\n一、总体要求")).toMatchObject({
      documentType: "implementation-plan",
      period: { start: 2026, end: 2026 },
    });
    // A range is the plan's period, not a one-year programme.
    expect(read("某某市2021—2025年文化旅游发展计划\n一、总体要求").period).toEqual({
      start: 2021,
      end: 2025,
    });
  });

  it("reads a period written in the title without brackets", () => {
    const periodOf = (title: string) => {
      const text = `${title}\n一、目标\n到2026年,建成公园12个。`;
      return extractMetadata(text, text, segment(text)).period;
    };
    expect(periodOf("某市2024—2026年城市更新行动方案")).toEqual({ start: 2024, end: 2026 });
    expect(periodOf("某市2023年至2025年数字经济行动计划")).toEqual({ start: 2023, end: 2025 });
    expect(periodOf("某市城市更新三年行动方案(2024—2026年)")).toEqual({ start: 2024, end: 2026 });
    // Not a period: the years run backwards.
    expect(periodOf("某市2026—2024年行动方案").start).toBeUndefined();
  });

  it("reads the year of a yearly list of projects announced by a notice", () => {
    const text =
      "某县人民政府办公室关于印发2024年县政府民生实事项目的通知\n一、学前教育扩容。新建三所公办幼儿园。";
    expect(extractMetadata(text, text, segment(text)).period).toEqual({ start: 2024, end: 2024 });
  });

  it("reads the planned year of a review-and-plan title", () => {
    const text = "某县金融工作办公室2024年工作总结和2025年工作计划\n一、2024年工作总结";
    expect(extractMetadata(text, text, segment(text)).period).toEqual({ start: 2025, end: 2025 });
  });
});
