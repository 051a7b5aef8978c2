import { describe, expect, it } from "vitest";
import { clean } from "./clean.js";

const BODY = [
  "某某市人民政府关于印发某某市知识产权规划的通知",
  "各县(市)区人民政府,市政府各部门:",
  "现将《某某市知识产权规划》印发给你们,请认真贯彻执行。",
  "一、发展目标",
  "到2025年,全市有效发明专利达到5000件,知识产权质押融资金额达到10亿元。",
  "二、保障措施",
  "加强组织领导,完善知识产权工作协调机制。",
].join("\n");

describe("clean", () => {
  it("leaves out a leading line that shares no vocabulary with the document", () => {
    const text = `免费观看高清电影,在线视频每日更新\n\n${BODY}\n${"加强知识产权保护,提升知识产权运用水平。".repeat(10)}`;
    const result = clean(text);
    expect(result.excluded[0]).toEqual({ start: 0, end: text.indexOf("\n") });
    expect(result.issues.map((issue) => issue.code)).toContain("spam-line");
  });

  it("keeps a document whose first line belongs to it", () => {
    expect(clean(BODY).excluded).toEqual([]);
  });

  it("leaves out a repeated copy of the body", () => {
    const text = `${BODY}\n${BODY}`;
    const result = clean(text);
    const start = BODY.length + 1;
    expect(result.excluded).toContainEqual({ start, end: text.length });
    const issue = result.issues.find((entry) => entry.code === "repeated-body");
    expect(issue?.line).toBe(8);
  });

  it("leaves out page furniture", () => {
    const text = `发文机构:某某市人民政府 | 发文时间:2020-09-30\n${BODY}`;
    expect(clean(text).excluded[0]).toEqual({ start: 0, end: text.indexOf("\n") });
  });

  it("reports a lost 年 without rewriting the text", () => {
    const text = "20093月我市成为国家知识产权工作试点城市。";
    const result = clean(text);
    expect(result.issues[0]).toMatchObject({
      code: "lost-year-character",
      line: 1,
      column: 1,
      start: 0,
      end: 6,
    });
    expect(result.excluded).toEqual([]);
  });

  it("leaves out web page chrome wherever it sits", () => {
    const text = `${BODY}\n上一篇:关于印发某某方案的通知\n版权所有:某某市人民政府\n访问量:1234567次`;
    const result = clean(text);
    expect(result.excluded).toHaveLength(3);
    expect(result.issues.every((issue) => issue.code === "page-furniture")).toBe(true);
  });

  it("leaves out a paragraph repeated word for word, but not a repeated short heading", () => {
    const paragraph = "到2025年,全市有效发明专利达到5000件,知识产权质押融资金额达到10亿元。";
    const text = `一、发展目标\n${paragraph}\n${paragraph}\n一、发展目标`;
    const result = clean(text);
    const second = text.lastIndexOf(paragraph);
    expect(result.excluded).toEqual([{ start: second, end: second + paragraph.length }]);
    expect(result.issues[0]?.code).toBe("repeated-paragraph");
  });
});
