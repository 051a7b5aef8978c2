import { describe, expect, it } from "vitest";
import { findQuantities } from "./find-quantities.js";

function first(text: string) {
  return findQuantities(text)[0];
}

describe("findQuantities", () => {
  it("reads multipliers between the number and the measure word", () => {
    expect(first("达到1.2万人以上")).toMatchObject({
      value: "12000",
      unitAsWritten: "万人",
      unit: { base: "人", multiplier: 4 },
    });
    expect(first("融资金额30.96亿元")).toMatchObject({
      value: "3096000000",
      unit: { base: "元", multiplier: 8 },
    });
    expect(first("累计申请专利1.8万余件")).toMatchObject({
      value: "18000",
      approximate: true,
      unit: { base: "件" },
    });
    expect(first("投入1000万元")).toMatchObject({
      value: "10000000",
      unitAsWritten: "万元",
      unit: { base: "元", multiplier: 4 },
    });
  });

  it("reads ranges with every separator", () => {
    for (const text of ["形成1~2个联盟", "建成2-3个集聚区", "3~5名"])
      expect(first(text)?.valueHigh).toBeDefined();
    expect(first("每年举办10~15次")).toMatchObject({ value: "10", valueHigh: "15", unitAsWritten: "次" });
    expect(first("设立3至5家")).toMatchObject({ value: "3", valueHigh: "5" });
  });

  it("reads percentages, 百分之, 成 and 翻番", () => {
    expect(first("比例超过70%")).toMatchObject({ value: "70", unit: { base: "%" } });
    expect(first("提高49.33 %")).toMatchObject({ value: "49.33" });
    expect(first("达到百分之二十")).toMatchObject({ value: "20", unit: { base: "%" } });
    expect(first("八成以上企业")).toMatchObject({ value: "80", unit: { base: "%" } });
    expect(first("总量翻一番")).toMatchObject({ value: "2", unit: { base: "倍" } });
  });

  it("reads round Chinese numerals and skips set phrases", () => {
    expect(first("每年评选百件优秀发明专利")).toMatchObject({ value: "100", unitAsWritten: "件" });
    expect(findQuantities("贯彻党的十九大和十九届全会精神,坚持三个代表,两个维护")).toEqual([]);
    expect(findQuantities("第一家专门机构")).toEqual([]);
  });

  it("reads the measure words of sites, plots and medals, and vague ones only with a compound numeral", () => {
    const units = (text: string) => findQuantities(text).map((q) => [q.value, q.unitAsWritten]);
    expect(units("建成笼式足球场30块")).toEqual([["30", "块"]]);
    expect(units("打造历史文化街区3片")).toEqual([["3", "片"]]);
    expect(units("获得金牌12枚")).toEqual([["12", "枚"]]);
    expect(units("修缮历史建筑五十处")).toEqual([["50", "处"]]);
    expect(units("打造一片新天地,建设一处公园")).toEqual([]);
  });

  it("gives offsets into the text it was given", () => {
    const text = "前言。到2025年,达到20000件";
    const quantities = findQuantities(text, 4);
    expect(quantities).toHaveLength(1);
    expect(text.slice(quantities[0]?.start, quantities[0]?.end)).toBe("20000件");
  });

  it("leaves out dates and bare numbers unless asked", () => {
    expect(findQuantities("2020年9月28日,拨打12330")).toEqual([]);
    expect(findQuantities("7.36", 0, 4, { bare: true })[0]).toMatchObject({
      value: "7.36",
      unitAsWritten: "",
    });
  });

  it("reads thousands separators and ranges written with units on both ends", () => {
    expect(first("投资1,200亿元")).toMatchObject({ value: "120000000000" });
    expect(first("增长5%-6%")).toMatchObject({ value: "5", valueHigh: "6", unit: { base: "%" } });
    expect(first("融资3000万至5000万元")).toMatchObject({
      value: "30000000",
      valueHigh: "50000000",
      unit: { base: "元" },
    });
  });

  it("reads a Chinese numeral written with 十 before a measure word as a count", () => {
    expect(first("改造老旧小区三十六个")).toMatchObject({ value: "36", unitAsWritten: "个" });
    expect(first("培育龙头企业十五家")).toMatchObject({ value: "15", unitAsWritten: "家" });
    // Set phrases and labels are not counts.
    expect(findQuantities("落实十二项重点工程")).toEqual([]);
    expect(findQuantities("出台二十条措施")).toEqual([]);
    expect(findQuantities("实施三三五人才计划")).toEqual([]);
  });

  it("reads 万 inside a Chinese numeral (一万四千) and a small count closing its clause", () => {
    expect(first("改造棚户区一万二千套")).toMatchObject({ value: "12000", unitAsWritten: "套" });
    expect(first("新建口袋公园三万五千平方米")).toMatchObject({ value: "35000" });
    expect(first("投资三万亿元")).toMatchObject({ value: "3000000000000", unitAsWritten: "万亿元" });
    expect(first("创建特色小镇四个,")).toMatchObject({ value: "4", unitAsWritten: "个" });
    expect(findQuantities("排名进入前五名。")).toEqual([]);
    expect(findQuantities("落实两个维护,")).toEqual([]);
  });

  it("reads 一成五 as 15% and 列 as a measure word", () => {
    expect(first("用水量减少一成五")).toMatchObject({ value: "15", unit: { base: "%" } });
    expect(first("开行班列600列")).toMatchObject({ value: "600", unitAsWritten: "列" });
  });

  it("reads 场次 and 只 as measure words", () => {
    expect(first("举办展会40场次以上")).toMatchObject({ value: "40", unitAsWritten: "场次" });
    expect(first("出栏肉羊30万只")).toMatchObject({ value: "300000", unitAsWritten: "万只" });
  });
});
