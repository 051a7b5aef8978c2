import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { LoadIssue } from "../issues.js";
import { LoaderError } from "../loader-error.js";
import { loadObservations, safeLoadObservations } from "./load-observations.js";

const fixture = readFileSync(new URL("../fixtures/national.observations.csv", import.meta.url), "utf8");
const HEADER = "indicator,region,period,value,unit,status,source";

function issuesOf(text: string): LoadIssue[] {
  const result = safeLoadObservations(text);
  if (result.success) throw new Error("expected problems");
  return result.issues;
}

describe("loadObservations: valid input", () => {
  it("reads the national fixture, values scaled exactly to the base unit", () => {
    const observations = loadObservations(fixture);
    expect(observations).toHaveLength(4);
    expect(observations[0]).toEqual({
      indicator: { id: "high-value-invention-patents-per-10k", name: "每万人口高价值发明专利拥有量" },
      region: "全国",
      period: { year: 2021 },
      value: "7.5",
      unit: { asWritten: "件", base: "件", multiplier: 0 },
      status: "final",
      vintage: { source: "国家统计局 统计公报" },
    });
    expect(observations[3]).toMatchObject({
      indicator: { id: "ip-royalties-trade", name: "知识产权使用费年进出口总额" },
      period: { year: 2023 },
      value: "376520000000",
      valueAsWritten: "3765.2",
      unit: { asWritten: "亿元", base: "元", multiplier: 8 },
      vintage: { source: "国家知识产权局" },
    });
  });

  it("scales 1.2 万件 to 12000 件", () => {
    const [observation] = loadObservations(
      `${HEADER}\n发明专利授权量,辽宁省,2023,1.2,万件,provisional,辽宁省知识产权局\n`,
    );
    expect(observation).toMatchObject({
      value: "12000",
      valueAsWritten: "1.2",
      unit: { asWritten: "万件", base: "件", multiplier: 4 },
      status: "provisional",
    });
  });

  it("reads dates, months, optional columns, quotes, CRLF, a BOM and blank lines", () => {
    const text =
      "\uFEFFindicator,region,period,value,unit,status,source,published_on,url,value_as_written\r\n" +
      '"技术合同成交额, 全省",辽宁省,2023-06,30.96,亿元,estimated,"辽宁省科技厅 ""半年报""",2023-07-20,https://example.invalid/a,30.96亿\r\n' +
      "\r\n" +
      "研发投入强度,辽宁省,2023-12-31,2.2,%,revised,辽宁省统计局,,,\r\n";
    expect(loadObservations(text)).toEqual([
      {
        indicator: { name: "技术合同成交额, 全省" },
        region: "辽宁省",
        period: { date: "2023-06-30" },
        value: "3096000000",
        valueAsWritten: "30.96亿",
        unit: { asWritten: "亿元", base: "元", multiplier: 8 },
        status: "estimated",
        vintage: {
          source: '辽宁省科技厅 "半年报"',
          publishedOn: "2023-07-20",
          url: "https://example.invalid/a",
        },
      },
      {
        indicator: { name: "研发投入强度" },
        region: "辽宁省",
        period: { date: "2023-12-31" },
        value: "2.2",
        unit: { asWritten: "%", base: "%", multiplier: 0 },
        status: "revised",
        vintage: { source: "辽宁省统计局" },
      },
    ]);
  });

  it("a header alone is an empty table; tabs work with the delimiter option", () => {
    expect(loadObservations(`${HEADER}\n`)).toEqual([]);
    const tsv = `${HEADER}\n专利,全国,2023,-3.5,%,final,国家知识产权局\n`.replaceAll(",", "\t");
    expect(loadObservations(tsv, { delimiter: "\t" })[0]?.value).toBe("-3.5");
  });
});

describe("loadObservations: every bad cell, at its line and column", () => {
  it.each([
    ["1,234", '"1,234"', "thousands separators"],
    ["1e3", "1e3", "exponents"],
    ["７.５", "７.５", "full-width"],
    ["+5", "+5", "leading"],
    ["007", "007", "leading zeros"],
    ["7.5件", "7.5件", "unit column"],
    ["abc", "abc", "such as 11.8"],
  ])("the value %s", (_name, cell, hint) => {
    const [issue, ...rest] = issuesOf(`${HEADER}\n专利,全国,2023,${cell},件,final,国家知识产权局\n`);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: "invalid_decimal",
      path: [0, "value"],
      columnName: "value",
      line: 2,
      column: 12,
    });
    expect(issue?.message).toContain(hint);
  });

  it("several bad cells in several rows, all reported", () => {
    const text = [
      HEADER,
      "专利,全国,2023年,7.5,件,final,国家知识产权局",
      "专利,全国,2023,7.5,亿,final,国家知识产权局",
      "专利,全国,2023-02-30,7.5,件,done,",
      ",全国,2023,7.5,件,final,国家知识产权局",
    ].join("\n");
    expect(
      issuesOf(text).map(({ code, line, column, columnName, path }) => ({
        code,
        line,
        column,
        columnName,
        path,
      })),
    ).toEqual([
      { code: "invalid_period", line: 2, column: 7, columnName: "period", path: [0, "period"] },
      { code: "invalid_unit", line: 3, column: 16, columnName: "unit", path: [1, "unit"] },
      { code: "invalid_period", line: 4, column: 7, columnName: "period", path: [2, "period"] },
      { code: "invalid_status", line: 4, column: 24, columnName: "status", path: [2, "status"] },
      { code: "empty_cell", line: 4, column: 29, columnName: "source", path: [2, "source"] },
      { code: "empty_cell", line: 5, column: 1, columnName: "indicator", path: [3, "indicator"] },
    ]);
  });

  it("schema problems land on their cells: indicator_id and published_on", () => {
    const text = `${HEADER},indicator_id,published_on\n专利,全国,2023,7.5,件,final,国家知识产权局,Not A Slug,2023-13-01\n`;
    expect(issuesOf(text)).toMatchObject([
      { code: "invalid_value", columnName: "indicator_id", path: [0, "indicator_id"], line: 2, column: 32 },
      { code: "invalid_date", columnName: "published_on", path: [0, "published_on"], line: 2, column: 43 },
    ]);
  });

  it("a cell inside a multi-line quoted cell is placed on its own line", () => {
    const text = `${HEADER}\n"专利\n（累计）",全国,2023,x,件,final,国家知识产权局\n`;
    expect(issuesOf(text)).toMatchObject([{ code: "invalid_decimal", line: 3, column: 15 }]);
  });

  it("a row with too many or too few cells", () => {
    const text = `${HEADER}\n专利,全国,2023,7.5,件,final,国家知识产权局,多余\n专利,全国,2023,7.5,件,final\n`;
    expect(issuesOf(text)).toMatchObject([
      { code: "row_length", path: [0], line: 2, column: 32 },
      { code: "row_length", path: [1], line: 3, column: 23 },
    ]);
  });
});

describe("loadObservations: header and syntax", () => {
  it("no header row", () => {
    const issues = issuesOf("专利,全国,2023,7.5,件,final,国家知识产权局\n");
    expect(issues.filter((issue) => issue.code === "unknown_column")).toHaveLength(7);
    expect(
      issues.filter((issue) => issue.code === "missing_column").map((issue) => issue.columnName),
    ).toEqual(["indicator", "region", "period", "value", "unit", "status", "source"]);
  });

  it("an unknown, a repeated and a missing column", () => {
    expect(issuesOf("indicator,region,period,value,unit,status,Region,note\n")).toMatchObject([
      { code: "missing_column", columnName: "source", line: 1, column: 1 },
      { code: "duplicate_column", columnName: "Region", line: 1, column: 43 },
      { code: "unknown_column", columnName: "note", line: 1, column: 50 },
    ]);
  });

  it("a trailing delimiter makes a column without a name", () => {
    expect(issuesOf(`${HEADER},\n`)).toMatchObject([
      {
        code: "unknown_column",
        columnName: "",
        line: 1,
        column: 50,
        message: expect.stringContaining("without a name"),
      },
    ]);
  });

  it("an empty text", () => {
    expect(issuesOf("")).toMatchObject([{ code: "empty_document", line: 1, column: 1 }]);
  });

  it("an unclosed quote and a stray quote", () => {
    expect(issuesOf(`${HEADER}\n专利,全国,2023,"7.5,件,final,x\n`)).toMatchObject([
      { code: "invalid_csv", line: 2, column: 12 },
    ]);
    expect(issuesOf(`${HEADER}\n专利,全国,2023,7"5,件,final,x\n`)).toMatchObject([
      { code: "invalid_csv", line: 2, column: 13 },
    ]);
    expect(issuesOf(`${HEADER}\n专利,全国,2023,"7"5,件,final,x\n`)).toMatchObject([
      { code: "invalid_csv", line: 2, column: 15 },
    ]);
  });

  it("the throwing variant", () => {
    const text = `${HEADER}\n专利,全国,2023,"1,234",件,final,国家知识产权局\n`;
    expect(() => loadObservations(text)).toThrow(LoaderError);
    try {
      loadObservations(text);
    } catch (error) {
      expect((error as LoaderError).code).toBe("invalid_observations");
      expect((error as LoaderError).message).toMatchInlineSnapshot(`
        "invalid observations: 1 problem
          2:12 $[0].value: not a plain decimal: "1,234"; thousands separators are not allowed; write 1234, not 1,234 [invalid_decimal]"
      `);
    }
  });
});
