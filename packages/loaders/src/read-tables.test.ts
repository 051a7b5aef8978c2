import { describe, expect, it } from "vitest";
import { normalise } from "./normalise.js";
import { readTables } from "./read-tables.js";
import { segment } from "./segment.js";

const TABLE = [
  "表2 “十四五”时期发展主要指标",
  "",
  "指 标",
  "",
  "2020年",
  "",
  "2025年",
  "",
  "属 性",
  "",
  "每万人口高价值发明专利拥有量",
  "",
  "4.09件",
  "",
  "年均增长6%",
  "",
  "预期性",
  "",
  "知识产权质押融资金额",
  "",
  "30.96亿元",
  "",
  "年均增长10%",
  "",
  "预期性",
  "",
  "三、强化知识产权保护",
].join("\n");

describe("readTables", () => {
  it("recovers a table that arrives one cell per line", () => {
    const [table] = readTables(TABLE, segment(TABLE));
    expect(table?.name).toBe("表2 “十四五”时期发展主要指标");
    expect(table?.header.map((cell) => cell.content)).toEqual(["指标", "2020年", "2025年", "属性"]);
    expect(table?.rows.map((row) => row.map((cell) => cell.content))).toEqual([
      ["每万人口高价值发明专利拥有量", "4.09件", "年均增长6%", "预期性"],
      ["知识产权质押融资金额", "30.96亿元", "年均增长10%", "预期性"],
    ]);
    const cell = table?.rows[0]?.[2];
    expect(TABLE.slice(cell?.start, cell?.end)).toBe("年均增长6%");
  });

  it("yields nothing for a caption whose body is missing", () => {
    const text = "表1 主要指标\n到2025年,有效发明专利总量较“十三五”增加20%。";
    expect(readTables(text, segment(text))).toEqual([]);
  });

  it("reads rows that arrive one per line, with a 类别 column spanning rows", () => {
    const text = [
      "表1 主要指标",
      "类别 指 标 单位 2020年 2025年 属性",
      "创造 每万人口高价值发明专利拥有量 件 4.09 6 预期性",
      "海外发明专利授权量 件 318 512 预期性",
      "运用 知识产权质押融资金额 亿元 30.96 50 预期性",
      "二、重点任务",
    ].join("\n");
    const { text: normalised } = normalise(text);
    const [table] = readTables(normalised, segment(normalised));
    expect(table?.header.map((cell) => cell.content)).toEqual([
      "类别",
      "指标",
      "单位",
      "2020年",
      "2025年",
      "属性",
    ]);
    expect(table?.rows.map((row) => row.map((cell) => cell.content))).toEqual([
      ["创造", "每万人口高价值发明专利拥有量", "件", "4.09", "6", "预期性"],
      ["创造", "海外发明专利授权量", "件", "318", "512", "预期性"],
      ["运用", "知识产权质押融资金额", "亿元", "30.96", "50", "预期性"],
    ]);
  });

  it("reads a row-per-line table that has no caption", () => {
    const text = "主要指标如下。\n指标 2020年 2025年 属性\n森林覆盖率(%) 40 42.5 约束性\n二、重点任务";
    const [table] = readTables(text, segment(text));
    expect(table?.name).toBe("指标 2020年 2025年 属性");
    expect(table?.rows.map((row) => row.map((cell) => cell.content))).toEqual([
      ["森林覆盖率(%)", "40", "42.5", "约束性"],
    ]);
    expect(readTables("到2025年 全市 达到", segment("到2025年 全市 达到"))).toEqual([]);
  });

  it("reads header cells one per line with no caption, when a year column is among them", () => {
    const text = "主要指标如下。\n指标\n2020年\n2025年\n属性\n森林覆盖率(%)\n40\n42.5\n约束性\n二、重点任务";
    const [table] = readTables(text, segment(text));
    expect(table?.name).toBe("");
    expect(table?.rows).toHaveLength(1);
    const words = "项目\n备注\n单位\n正文。";
    expect(readTables(words, segment(words))).toEqual([]);
  });

  it("reads a cell-per-line table with a 类别 column given once per group and numbered row labels", () => {
    const text = [
      "表3 某县主要指标",
      "类别",
      "指标",
      "2020年",
      "2025年",
      "年均增长［累计］",
      "属性",
      "绿色生态",
      "1.森林覆盖率(%)",
      "61.2",
      "63",
      "[1.8]",
      "约束性",
      "2.地表水达标率(%)",
      "90",
      "95",
      "—",
      "约束性",
      "民生福祉",
      "3.城镇新增就业(万人)",
      "—",
      "—",
      "[1.5]",
      "预期性",
      "四、保障措施",
    ].join("\n");
    const { text: normalised } = normalise(text);
    const [table] = readTables(normalised, segment(normalised));
    expect(table?.header.map((cell) => cell.content)).toEqual([
      "类别",
      "指标",
      "2020年",
      "2025年",
      "年均增长[累计]",
      "属性",
    ]);
    expect(table?.rows.map((row) => [row[0]?.content, row[1]?.content])).toEqual([
      ["绿色生态", "1.森林覆盖率(%)"],
      ["绿色生态", "2.地表水达标率(%)"],
      ["民生福祉", "3.城镇新增就业(万人)"],
    ]);
  });
});
