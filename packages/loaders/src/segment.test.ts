import { describe, expect, it } from "vitest";
import { segment } from "./segment.js";

describe("segment", () => {
  const text =
    "一、总体要求\n(一)发展目标\n到2025年,建成1家平台,培育3家以上中心。力争质押融资达到5亿元。\n1.短期目标\n专栏1 重点工程\n二、重点任务";

  it("finds headings and the path of titles above each paragraph", () => {
    const paragraphs = segment(text);
    expect(paragraphs.map((paragraph) => paragraph.heading?.level ?? 0)).toEqual([1, 2, 0, 3, 5, 1]);
    expect(paragraphs[2]?.path).toEqual(["总体要求", "发展目标"]);
    expect(paragraphs[5]?.path).toEqual(["重点任务"]);
  });

  it("splits sentences and clauses with offsets into the text", () => {
    const paragraph = segment(text)[2];
    expect(paragraph?.sentences).toHaveLength(2);
    const clauses = paragraph?.sentences[0]?.clauses.map((clause) => text.slice(clause.start, clause.end));
    expect(clauses).toEqual(["到2025年", "建成1家平台", "培育3家以上中心"]);
  });

  it("breaks a flattened line at inline headings", () => {
    const flat =
      "总体要求 (一)指导思想。坚持创新。 (二)发展目标。到2023年,建成5家。 9.实施托管。3年累计覆盖1000家以上。";
    const paragraphs = segment(flat);
    expect(paragraphs.map((paragraph) => paragraph.heading?.title ?? "")).toEqual([
      "",
      "指导思想",
      "发展目标",
      "实施托管",
    ]);
  });

  it("skips excluded ranges", () => {
    const paragraphs = segment("广告\n正文第一段。", [{ start: 0, end: 2 }]);
    expect(paragraphs).toHaveLength(1);
  });

  it("handles empty and blank input", () => {
    expect(segment("")).toEqual([]);
    expect(segment(" \n\n ")).toEqual([]);
  });

  it("reads chapters and sections (第一章, 第二节) as headings", () => {
    const text =
      "第一章 发展基础\n第一节 主要成就\n全市专利授权量达到1万件。\n第二章 发展目标\n到2025年,达到2万件。";
    const paragraphs = segment(text);
    expect(paragraphs.map((paragraph) => paragraph.heading?.level ?? -1)).toEqual([1, 2, -1, 1, -1]);
    expect(paragraphs[2]?.path).toEqual(["发展基础", "主要成就"]);
    expect(paragraphs[4]?.path).toEqual(["发展目标"]);
  });

  it("ends a heading's title at white space before a body on the same line", () => {
    const text = "二、工作回顾 过去一年,全县新建道路45公里。\n(一)产业目标:到2026年,引进企业12家。";
    expect(segment(text).map((paragraph) => paragraph.heading?.title)).toEqual(["工作回顾", "产业目标"]);
  });

  it("joins a line cut in the middle of a sentence to the next one, and nothing else", () => {
    const text =
      "  新增龙头企业8家,\n累计达到35家。\n  ——数字乡村。行政村5G网络覆盖率达到90%以上,农产品网络零售额年均增长15%,乡村旅游接待游客到2025年达到\n300万人次。\n表1\n指标\n2025年";
    const paragraphs = segment(text);
    const contents = paragraphs.map((paragraph) => text.slice(paragraph.start, paragraph.end));
    expect(contents).toEqual([
      "新增龙头企业8家,\n累计达到35家。",
      "——数字乡村。行政村5G网络覆盖率达到90%以上,农产品网络零售额年均增长15%,乡村旅游接待游客到2025年达到\n300万人次。",
      "表1",
      "指标",
      "2025年",
    ]);
  });
});
