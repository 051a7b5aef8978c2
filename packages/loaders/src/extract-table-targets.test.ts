import { extractPlan } from "./extract-plan.js";
import { describe, expect, it } from "vitest";
import { extractTableTargets } from "./extract-table-targets.js";
import { readTables } from "./read-tables.js";
import { segment } from "./segment.js";

const context = { document: "test", region: "某省", planStart: 2021, idPrefix: "" };

function read(text: string) {
  const [table] = readTables(text, segment(text));
  if (table === undefined) throw new Error("no table");
  return extractTableTargets(table, { ...context, original: text });
}

describe("extractTableTargets", () => {
  it("turns 年均增长 cells into growth rates based on the row's earlier value, with the attribute", () => {
    const text =
      "表2 主要指标\n指标\n2020年\n2025年\n属性\n知识产权质押融资金额\n30.96亿元\n年均增长10%\n约束性";
    const { targets, facts } = read(text);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({
      kind: "growth-rate",
      value: "10",
      targetYear: 2025,
      attribute: "binding",
      base: { year: 2020, value: "3096000000", unit: { base: "元", multiplier: 8 } },
      table: { row: "知识产权质押融资金额", column: "2025年" },
    });
    expect(facts[0]).toMatchObject({ period: { year: 2020 }, value: "3096000000" });
  });

  it("reads a completion table: the 目标 column holds targets of the prior plan, the others facts", () => {
    const text =
      "表1 “十三五”规划主要指标完成情况\n指 标\n2015年\n2020年目标\n2020年\n万人有效发明专利拥有量(件)\n5.29\n7.36\n10.98";
    const { targets, facts } = read(text);
    expect(targets).toEqual([
      expect.objectContaining({
        kind: "level",
        value: "7.36",
        targetYear: 2020,
        priorPlan: true,
        unit: { base: "件", multiplier: 0 },
        base: expect.objectContaining({ year: 2015, value: "5.29" }),
      }),
    ]);
    expect(facts.map((fact) => fact.value)).toEqual(["5.29", "10.98"]);
  });

  it("takes the unit from a 单位 column and makes percentages shares", () => {
    const text = "表1 主要指标\n指标\n单位\n2020年\n2025年\n属性\n森林覆盖率\n%\n40\n42.5\n约束性";
    const { targets } = read(text);
    expect(targets[0]).toMatchObject({ kind: "share", value: "42.5", attribute: "binding" });
  });

  it("reads a row-per-line table with group, label and unit columns", () => {
    const text =
      "表1 主要指标\n类别 指标 单位 2020年 2025年 属性\n运用 知识产权质押融资金额 亿元 30.96 50 预期性";
    const { targets } = read(text);
    expect(targets[0]).toMatchObject({
      kind: "level",
      value: "5000000000",
      unit: { base: "元", multiplier: 8 },
      indicator: { name: "知识产权质押融资金额" },
      base: { year: 2020, value: "3096000000" },
      attribute: "expected",
    });
    expect(text.slice(targets[0]?.source.start, targets[0]?.source.end)).toBe("50");
  });

  it("reads comparators and bracketed totals in cells", () => {
    const text =
      "表1 主要指标\n指标\n单位\n2020年\n2025年\n属性\n森林覆盖率\n%\n40\n≥42\n约束性\n单位GDP能耗降低\n%\n-\n[13.5]\n约束性\n融资金额\n亿元\n30\n50以上\n预期性";
    const { targets } = read(text);
    expect(
      targets.map((target) => [
        target.kind,
        "comparator" in target ? target.comparator : "",
        "value" in target ? target.value : "",
      ]),
    ).toEqual([
      ["share", ">=", "42"],
      ["total-growth", "=", "13.5"],
      ["level", ">=", "5000000000"],
    ]);
    // A row named by a fall (降低) is a decrease over the period, bracketed or not.
    expect(targets[1]).toMatchObject({ direction: "decrease", indicator: { name: "单位GDP能耗" } });
  });

  it("reads a table with a 序号 column, a zero target and rows that name a fall", () => {
    const text = [
      "表1 主要指标",
      "序号",
      "指标",
      "2020年",
      "2025年",
      "属性",
      "1",
      "劣Ⅴ类水体比例(%)",
      "0",
      "0",
      "约束性",
      "2",
      "氨氮排放量减少(%)",
      "—",
      "8.5",
      "约束性",
      "3",
      "污水集中收集率(%)",
      "62",
      "70",
      "预期性",
      "注:2项为累计值。",
    ].join("\n");
    const { targets } = read(text);
    expect(
      targets.map((target) => [
        target.kind,
        target.indicator.name,
        "value" in target ? target.value : "",
        target.direction,
      ]),
    ).toEqual([
      ["share", "劣Ⅴ类水体比例", "0", "increase"],
      ["total-growth", "氨氮排放量", "8.5", "decrease"],
      ["share", "污水集中收集率", "70", "increase"],
    ]);
  });

  it("reads a benchmark in a target cell as a comparative target", () => {
    const text =
      "表1 主要指标\n指标\n2020年\n2025年\n属性\n全员劳动生产率增长(%)\n—\n高于地区生产总值增长\n预期性";
    const { targets } = read(text);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({
      kind: "comparative",
      comparator: ">",
      targetYear: 2025,
      indicator: { name: "全员劳动生产率增长" },
      benchmark: { description: "地区生产总值增长" },
      source: { quote: "高于地区生产总值增长" },
    });
  });

  it("leaves the row numbers of a note under a table alone", () => {
    const original = "二、发展目标\n到2025年,森林覆盖率达到45%。\n注:5—7项为“十四五”累计值。\n";
    const { plan } = extractPlan(original, { document: "note" });
    expect(plan.targets.map((target) => target.source.quote)).toEqual(["森林覆盖率达到45%"]);
  });

  it("reads a 年均增长 column and a 累计 column as targets at the latest year", () => {
    const text = [
      "表1 主要指标",
      "序号 指标名称 单位 2020年 2025年 年均增长(%) 2021-2025年累计 属性",
      "1 地区生产总值 亿元 5000 7000 7 - 预期性",
      "2 新增城镇就业 万人 - - - 50 预期性",
    ].join("\n");
    const { targets } = read(text);
    expect(
      targets.map((target) => [
        target.indicator.name,
        target.kind,
        "value" in target ? target.value : "",
        target.targetYear,
      ]),
    ).toEqual([
      ["地区生产总值", "level", "700000000000", 2025],
      ["地区生产总值", "growth-rate", "7", 2025],
      ["新增城镇就业", "cumulative", "500000", 2025],
    ]);
    expect(targets[1]).toMatchObject({ unit: { base: "%" }, base: { year: 2020, value: "500000000000" } });
  });
});
