/**
 * Builds the reproduction fixtures from the raw seed texts: every value carries the span of the text that
 * states it (UTF-16 offsets into the file exactly as received). Run: npx tsx scripts/build-fixtures.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const raw = join(here, "../../../seeds/raw");
const out = join(here, "../test/fixtures");

interface Span {
  document: string;
  start: number;
  end: number;
  quote: string;
}

function spanAfter(text: string, document: string, quote: string, from: number): Span {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`${document}: "${quote}" not found after ${from}`);
  return { document, start, end: start + quote.length, quote };
}

function write(name: string, value: unknown): void {
  writeFileSync(join(out, name), `${JSON.stringify(value, null, 2)}\n`);
}

// 002 辽宁: 表1, the 十三五 completion table, flattened to one cell per line.
{
  const document = "002_6eb086e07f75e31e";
  const text = readFileSync(join(raw, `${document}.txt`), "utf8");
  const table = text.indexOf("表1  辽宁省知识产权“十三五”规划主要指标完成情况");
  const rows = [
    ["万人有效发明专利拥有量(件)", "invention-patents-per-10k", "件"],
    ["PCT国际专利申请量(件)", "pct-applications", "件"],
    ["规模以上制造业每亿元主营业务收入的有效专利数(件)", "patents-per-100m-revenue", "件"],
    ["有效外观设计(件)", "valid-design-patents", "件"],
    ["拥有有效发明专利的规模以上制造业企业(户)", "manufacturers-with-invention-patents", "户"],
  ] as const;
  const targets: unknown[] = [];
  const facts: unknown[] = [];
  rows.forEach(([row, id, unit], index) => {
    const rowSpan = spanAfter(text, document, row, table);
    const cells = text
      .slice(rowSpan.end)
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .slice(0, 3);
    let cursor = rowSpan.end;
    const [base, goal, actual] = cells.map((cell) => {
      const span = spanAfter(text, document, cell, cursor);
      cursor = span.end;
      return span;
    }) as [Span, Span, Span];
    const name = row.replace(/\([^)]*\)$/, "");
    const indicator = { id, name };
    targets.push({
      kind: "level",
      id: `liaoning-13fyp-t${index + 1}`,
      indicator,
      comparator: "=",
      value: goal.quote,
      valueAsWritten: goal.quote,
      unitAsWritten: unit,
      unit: { base: unit, multiplier: 0 },
      targetYear: 2020,
      targetYearBasis: "explicit",
      base: { year: 2015, value: base.quote, unit: { base: unit, multiplier: 0 }, source: base },
      direction: "increase",
      attribute: "unspecified",
      source: goal,
      table: { name: "表1 辽宁省知识产权“十三五”规划主要指标完成情况", row, column: "2020年目标" },
      priorPlan: true,
    });
    for (const [year, span] of [
      [2015, base],
      [2020, actual],
    ] as const) {
      facts.push({
        id: `liaoning-13fyp-${id}-${year}`,
        indicator,
        region: "辽宁省",
        period: { year },
        value: span.quote,
        valueAsWritten: span.quote,
        unit: { asWritten: unit, base: unit, multiplier: 0 },
        status: "final",
        vintage: { source: "辽宁省“十四五”知识产权保护和运用规划 表1" },
        source: span,
      });
    }
  });

  // 专利转让 由2015年的1356件, 提高到2020年的4872件, 增长3.6倍.
  const sentence = text.indexOf("全省专利转让由2015年的1356件");
  const transfers = { id: "patent-transfers", name: "专利转让" };
  for (const [year, quote] of [
    [2015, "1356"],
    [2020, "4872"],
  ] as const) {
    const span = spanAfter(text, document, `${quote}件`, sentence);
    facts.push({
      id: `liaoning-patent-transfers-${year}`,
      indicator: transfers,
      region: "辽宁省",
      period: { year },
      value: quote,
      valueAsWritten: quote,
      unit: { asWritten: "件", base: "件", multiplier: 0 },
      status: "final",
      vintage: { source: "辽宁省“十四五”知识产权保护和运用规划" },
      source: span,
    });
  }
  const claim = {
    id: "liaoning-patent-transfers-claim",
    indicator: transfers,
    region: "辽宁省",
    fromYear: 2015,
    toYear: 2020,
    form: "times",
    value: "3.6",
    valueAsWritten: "增长3.6倍",
    source: spanAfter(text, document, "增长3.6倍", sentence),
  };

  // 专业人才数量达到1.2万人以上, 包括企业知识产权人才2000人以上, 高等学校、科研院所等单位知识产权人才700人以上.
  const talent = text.indexOf("专业人才数量达到1.2万人以上");
  const parts = [
    ["liaoning-14fyp-talent", "知识产权服务专业人才数量", "1.2万人以上", "12000", "1.2", 4, undefined],
    [
      "liaoning-14fyp-talent-enterprise",
      "企业知识产权人才",
      "2000人以上",
      "2000",
      "2000",
      0,
      "liaoning-14fyp-talent",
    ],
    [
      "liaoning-14fyp-talent-academic",
      "高等学校、科研院所等单位知识产权人才",
      "700人以上",
      "700",
      "700",
      0,
      "liaoning-14fyp-talent",
    ],
  ] as const;
  for (const [id, name, quote, value, asWritten, multiplier, partOf] of parts) {
    targets.push({
      kind: "level",
      id,
      indicator: { name },
      comparator: ">=",
      value,
      valueAsWritten: asWritten,
      unitAsWritten: multiplier === 4 ? "万人" : "人",
      unit: { base: "人", multiplier },
      targetYear: 2025,
      targetYearBasis: "context",
      direction: "increase",
      attribute: "unspecified",
      source: spanAfter(text, document, quote, talent),
      ...(partOf ? { partOf } : {}),
    });
  }

  write("liaoning.plan.json", {
    schemaVersion: "1.0",
    id: "liaoning-ip-14th-five-year",
    title: "辽宁省“十四五”知识产权保护和运用规划",
    titleSource: "text",
    documentType: "plan",
    region: { name: "辽宁省", level: "province", code: "210000" },
    period: { start: 2021, end: 2025 },
    script: "simplified",
    basedOn: [],
    targets,
    facts,
    claims: [claim],
  });
}

// 004 鞍山: 注册商标 milestones under a 2% floor, and cumulative patent applications under a 10% floor.
{
  const document = "004_1a2eda50a7740b0f";
  const text = readFileSync(join(raw, `${document}.txt`), "utf8");
  const paragraph = text.indexOf("——商標。注冊商標年均增長率保持在2%以上");
  const trademarks = { id: "registered-trademarks", name: "注冊商標總量" };
  const targets: unknown[] = [
    {
      kind: "growth-rate",
      id: "anshan-trademark-rate",
      indicator: { id: "registered-trademarks", name: "注冊商標" },
      comparator: ">=",
      value: "2",
      valueAsWritten: "2",
      unitAsWritten: "%",
      unit: { base: "%", multiplier: 0 },
      targetYear: 2020,
      targetYearBasis: "plan-period",
      direction: "increase",
      attribute: "unspecified",
      source: spanAfter(text, document, "注冊商標年均增長率保持在2%以上", paragraph),
    },
  ];
  for (const [year, value] of [
    [2010, "7011"],
    [2015, "7811"],
    [2020, "8611"],
  ] as const) {
    targets.push({
      kind: "level",
      id: `anshan-trademarks-${year}`,
      indicator: trademarks,
      comparator: "=",
      value,
      valueAsWritten: value,
      unitAsWritten: "件",
      unit: { base: "件", multiplier: 0 },
      targetYear: year,
      targetYearBasis: "explicit",
      direction: "increase",
      attribute: "unspecified",
      source: spanAfter(text, document, `注冊商標總量達到${value}件`, paragraph),
    });
  }
  const patents = text.indexOf("——專利。專利申請量和授權量年均增長率保持在10%以上");
  targets.push({
    kind: "growth-rate",
    id: "anshan-patent-application-rate",
    indicator: { id: "patent-applications", name: "專利申請量" },
    comparator: ">=",
    value: "10",
    valueAsWritten: "10",
    unitAsWritten: "%",
    unit: { base: "%", multiplier: 0 },
    targetYear: 2020,
    targetYearBasis: "plan-period",
    direction: "increase",
    attribute: "unspecified",
    source: spanAfter(text, document, "專利申請量和授權量年均增長率保持在10%以上", patents),
  });
  for (const [year, asWritten] of [
    [2010, "2.2"],
    [2015, "3.5"],
    [2020, "5.6"],
  ] as const) {
    targets.push({
      kind: "cumulative",
      id: `anshan-cumulative-applications-${year}`,
      indicator: { id: "patent-applications", name: "累计專利申請量" },
      comparator: "=",
      value: String(Number(asWritten) * 10000),
      valueAsWritten: asWritten,
      unitAsWritten: "萬件",
      unit: { base: "件", multiplier: 4 },
      targetYear: year,
      targetYearBasis: "explicit",
      period: { end: year },
      direction: "increase",
      attribute: "unspecified",
      source: spanAfter(text, document, `累計申請達到${asWritten}萬件`, patents),
    });
  }
  const history = text.indexOf("到2008年底,累計申請專利1.8萬余件");
  const facts = [
    {
      id: "anshan-cumulative-applications-2008",
      indicator: { id: "patent-applications", name: "累计專利申請量" },
      region: "鞍山市",
      period: { year: 2008 },
      value: "18000",
      valueAsWritten: "1.8",
      unit: { asWritten: "萬件", base: "件", multiplier: 4 },
      comparator: ">",
      cumulativeFrom: 1985,
      status: "final",
      vintage: { source: "鞍山市知識產權戰略綱要" },
      source: spanAfter(text, document, "累計申請專利1.8萬余件", history),
    },
  ];
  write("anshan.plan.json", {
    schemaVersion: "1.0",
    id: "anshan-ip-strategy-2009",
    title: "鞍山市知識產權戰略綱要",
    titleSource: "text",
    documentType: "strategy",
    issuer: "鞍山市人民政府",
    region: { name: "鞍山市", level: "prefecture", code: "210300", parent: "辽宁省" },
    issued: "2009-09-07",
    documentNumber: "鞍政發〔2009〕12號",
    period: { start: 2009, end: 2020 },
    script: "mixed",
    basedOn: [],
    targets,
    facts,
  });
}
