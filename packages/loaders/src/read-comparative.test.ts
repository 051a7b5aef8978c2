import { describe, expect, it } from "vitest";
import { readComparative } from "./read-comparative.js";

const year = { year: 2025, basis: "explicit" as const };

function read(text: string, previous = "") {
  return readComparative(text, text, { start: 0, end: text.length }, previous, year, undefined);
}

describe("readComparative", () => {
  it("reads the subject, the comparator and the benchmark", () => {
    expect(read("每万人口高价值发明专利拥有量高于全省平均水平")).toMatchObject({
      kind: "comparative",
      indicator: { name: "每万人口高价值发明专利拥有量" },
      comparator: ">",
      benchmark: { description: "全省平均水平", region: "全省" },
      source: { start: 0, quote: "每万人口高价值发明专利拥有量高于全省平均水平" },
    });
    expect(read("知识产权保护社会满意度达到并保持全国中等以上水平")).toMatchObject({
      comparator: ">=",
      benchmark: { region: "全国" },
    });
    expect(read("专利授权量位居全省第二")?.benchmark).toMatchObject({ rank: 2 });
  });

  it("takes the subject from the clause before when the clause has none", () => {
    const text = "主要指标增幅明显,位列全区先进行列";
    const clause = { start: 9, end: text.length };
    const target = readComparative(text, text, clause, "主要指标增幅明显", year, "力争");
    expect(target).toMatchObject({
      indicator: { name: "主要指标增幅明显" },
      hedge: "力争",
      source: { start: 0 },
    });
  });

  it("returns nothing for a clause with no benchmark", () => {
    expect(read("知识产权保护更加严格")).toBeUndefined();
    expect(read("位居全省前列")).toBeUndefined();
  });

  it("reads a group word and a rank or level word outside a fixed list", () => {
    expect(read("营商环境评价位居全省中上游")).toMatchObject({
      comparator: "=",
      benchmark: { description: "全省中上游", region: "全省" },
    });
    expect(read("人均预期寿命不低于全省平均水平")).toMatchObject({
      comparator: ">=",
      benchmark: { description: "全省平均水平" },
    });
    expect(read("县域经济综合实力进入全省第三方阵")?.benchmark.description).toBe("全省第三方阵");
    expect(read("外贸进出口增速位于中部省份前列")?.benchmark.description).toBe("中部省份前列");
  });

  it("reads 走在 and 保持 before a group word and 前列", () => {
    expect(read("全市体育事业发展水平走在全省前列")).toMatchObject({
      indicator: { name: "体育事业发展水平" },
      comparator: "=",
      benchmark: { description: "全省前列", region: "全省" },
    });
    expect(read("数字经济核心产业增加值占比走在全国前列")?.benchmark).toMatchObject({
      description: "全国前列",
      region: "全国",
    });
    expect(read("人均公共文化设施面积保持全省前列")?.benchmark.description).toBe("全省前列");
    expect(read("群众满意度始终保持在全省前列")?.benchmark.description).toBe("全省前列");
    expect(read("走在全省前列")).toBeUndefined();
  });

  it("reads a group written before the verb: 在全省评比中排名第五", () => {
    expect(read("政务服务效能在全省评比中排名第五")).toMatchObject({
      indicator: { name: "政务服务效能" },
      source: { quote: "政务服务效能在全省评比中排名第五" },
      benchmark: { description: "全省第五", rank: 5, region: "全省" },
    });
  });

  it("reads a group's own level (达到发达国家水平)", () => {
    expect(read("人均预期寿命达到发达国家水平")?.benchmark.description).toBe("发达国家水平");
    expect(read("保持全省经济发展水平")).toBeUndefined();
  });

  it("reads one pace against another: 增速高于…增速, 增长快于…增长", () => {
    expect(read("旅游业增加值增速高于全市地区生产总值增速")).toMatchObject({
      indicator: { name: "旅游业增加值增速" },
      comparator: ">",
      source: { quote: "旅游业增加值增速高于全市地区生产总值增速" },
      benchmark: { description: "全市地区生产总值增速" },
    });
    expect(read("研发投入增速不低于全省平均增速")).toMatchObject({
      comparator: ">=",
      benchmark: { description: "全省平均增速", region: "全省" },
    });
    expect(read("城乡居民收入增长快于经济增长")?.indicator.name).toBe("城乡居民收入增长");
    // A pace with no benchmark pace is not a comparison: 增长高于预期 names no series.
    expect(read("工业投资增长高于预期")).toBeUndefined();
  });
});
