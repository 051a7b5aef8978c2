import type { Plan, SourceSpan, Target } from "@guihua/schema";
import { deepFreeze } from "./deep-freeze.js";
import { NATION, nationalObservations } from "./national-observations.js";

/** The document id of the national plan's spans: an excerpt, not a file in seeds/raw. */
export const NATIONAL_PLAN_DOCUMENT = "zhishichanquan-qiangguo-gangyao-2021-2035#2025";

/**
 * The sentence of 《知识产权强国建设纲要（2021—2035年）》 (中共中央、国务院, published 2021-09-22) that
 * states the 2025 goals, as published. The repository holds no full text of the 纲要, so the national
 * plan's spans point into this excerpt: `nationalPlanText.slice(start, end) === quote` holds.
 */
export const nationalPlanText =
  "到2025年，知识产权强国建设取得明显成效，知识产权保护更加严格，社会满意度达到并保持较高水平，" +
  "知识产权市场价值进一步凸显，品牌竞争力大幅提升，专利密集型产业增加值占GDP比重达到13%，" +
  "版权产业增加值占GDP比重达到7.5%，知识产权使用费年进出口总额达到3500亿元，" +
  "每万人口高价值发明专利拥有量达到12件";

function quote(text: string): SourceSpan {
  const start = nationalPlanText.indexOf(text);
  if (start < 0) throw new Error(`not in the 纲要 excerpt: ${text}`);
  return { document: NATIONAL_PLAN_DOCUMENT, start, end: start + text.length, quote: text };
}

const EXPECTED_NOTE = "One of the four 2025 indicators the 纲要 lists as 预期性 (expected).";

const common = {
  targetYear: 2025,
  targetYearBasis: "explicit",
  direction: "increase",
  comparator: "=",
} as const;

const targets: Target[] = [
  {
    kind: "share",
    id: "national-T01",
    indicator: { id: "patent-intensive-industries-gdp-share", name: "专利密集型产业增加值占GDP比重" },
    ...common,
    attribute: "expected",
    value: "13",
    valueAsWritten: "13",
    unitAsWritten: "%",
    unit: { base: "%", multiplier: 0 },
    denominator: "GDP",
    source: quote("专利密集型产业增加值占GDP比重达到13%"),
    notes: EXPECTED_NOTE,
  },
  {
    kind: "share",
    id: "national-T02",
    indicator: { id: "copyright-industries-gdp-share", name: "版权产业增加值占GDP比重" },
    ...common,
    attribute: "expected",
    value: "7.5",
    valueAsWritten: "7.5",
    unitAsWritten: "%",
    unit: { base: "%", multiplier: 0 },
    denominator: "GDP",
    source: quote("版权产业增加值占GDP比重达到7.5%"),
    notes: EXPECTED_NOTE,
  },
  {
    kind: "level",
    id: "national-T03",
    indicator: { id: "ip-royalties-trade", name: "知识产权使用费年进出口总额" },
    ...common,
    attribute: "expected",
    value: "350000000000",
    valueAsWritten: "3500",
    unitAsWritten: "亿元",
    unit: { base: "元", multiplier: 8 },
    source: quote("知识产权使用费年进出口总额达到3500亿元"),
    notes: EXPECTED_NOTE,
  },
  {
    kind: "level",
    id: "national-T04",
    indicator: { id: "high-value-invention-patents-per-10k", name: "每万人口高价值发明专利拥有量" },
    ...common,
    attribute: "expected",
    value: "12",
    valueAsWritten: "12",
    unitAsWritten: "件",
    unit: { base: "件", multiplier: 0 },
    source: quote("每万人口高价值发明专利拥有量达到12件"),
    notes: EXPECTED_NOTE,
  },
  {
    kind: "comparative",
    id: "national-T05",
    indicator: { id: "ip-protection-satisfaction", name: "社会满意度" },
    ...common,
    attribute: "unspecified",
    benchmark: { description: "较高水平" },
    source: quote("社会满意度达到并保持较高水平"),
    notes: "No reference population (较高水平); not one of the four numbered indicators.",
  },
];

/**
 * 《知识产权强国建设纲要（2021—2035年）》 as a curated plan: its 2025 targets (the four 预期性 indicators
 * and the satisfaction goal) and the public readings above as facts. Spans point into
 * {@link nationalPlanText}.
 */
export const nationalPlan: Plan = deepFreeze({
  schemaVersion: "1.0",
  id: "national-ip-power-outline-2021-2035",
  title: "知识产权强国建设纲要（2021—2035年）",
  titleSource: "text",
  documentType: "strategy",
  issuer: "中共中央、国务院",
  region: { name: NATION, level: "national", englishName: "People's Republic of China" },
  issued: "2021-09-22",
  period: { start: 2021, end: 2035 },
  script: "simplified",
  basedOn: [],
  targets,
  facts: [...nationalObservations],
});
