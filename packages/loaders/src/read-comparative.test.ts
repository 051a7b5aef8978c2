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
});
