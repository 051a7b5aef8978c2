import type { Observation } from "@guihua/schema";
import { deepFreeze } from "./deep-freeze.js";

export const NATION = "中华人民共和国";

interface Reading {
  indicator: { id: string; name: string };
  year: number;
  value: string;
  valueAsWritten: string;
  unit: { asWritten: string; base: string; multiplier: number };
  status: Observation["status"];
  source: string;
  publishedOn?: string;
  note?: string;
}

const HIGH_VALUE = { id: "high-value-invention-patents-per-10k", name: "每万人口高价值发明专利拥有量" };
const ROYALTIES = { id: "ip-royalties-trade", name: "知识产权使用费年进出口总额" };
const PATENT_INTENSIVE = {
  id: "patent-intensive-industries-gdp-share",
  name: "专利密集型产业增加值占GDP比重",
};
const SATISFACTION = { id: "ip-protection-satisfaction", name: "知识产权保护社会满意度" };
const PIECES = { asWritten: "件", base: "件", multiplier: 0 };
const HUNDRED_MILLION_YUAN = { asWritten: "亿元", base: "元", multiplier: 8 };
const PERCENT = { asWritten: "%", base: "%", multiplier: 0 };
const POINTS = { asWritten: "分", base: "分", multiplier: 0 };

const COMMUNIQUE_2021 = "国家统计局《中华人民共和国2021年国民经济和社会发展统计公报》";
const COMMUNIQUE_2023 = "国家统计局《中华人民共和国2023年国民经济和社会发展统计公报》";
const CNIPA_PROGRESS = "国家知识产权局 知识产权强国建设进展发布";
const PATENT_INTENSIVE_RELEASE = "国家知识产权局、国家统计局 全国专利密集型产业增加值数据公告";

/** The public readings of the table, with who published them and when. */
const READINGS: Reading[] = [
  {
    indicator: HIGH_VALUE,
    year: 2020,
    value: "6.3",
    valueAsWritten: "6.3",
    unit: PIECES,
    status: "estimated",
    source: COMMUNIQUE_2023,
    publishedOn: "2024-02-29",
    note: "Derived, not published: the 2023 value 11.8件 is stated as “较2020年末提高5.5件”, so 2020 = 11.8 − 5.5 = 6.3.",
  },
  {
    indicator: HIGH_VALUE,
    year: 2021,
    value: "7.5",
    valueAsWritten: "7.5",
    unit: PIECES,
    status: "final",
    source: COMMUNIQUE_2021,
    publishedOn: "2022-02-28",
  },
  {
    indicator: HIGH_VALUE,
    year: 2023,
    value: "11.8",
    valueAsWritten: "11.8",
    unit: PIECES,
    status: "final",
    source: COMMUNIQUE_2023,
    publishedOn: "2024-02-29",
  },
  {
    indicator: HIGH_VALUE,
    year: 2025,
    value: "16",
    valueAsWritten: "16",
    unit: PIECES,
    status: "provisional",
    source: "国务院新闻办公室 2025年知识产权工作进展情况新闻发布会",
    publishedOn: "2026-01-23",
    note: "Year-end 2025 figure given at a press conference, ahead of the 2025 statistical communiqué.",
  },
  {
    indicator: ROYALTIES,
    year: 2020,
    value: "319440000000",
    valueAsWritten: "3194.4",
    unit: HUNDRED_MILLION_YUAN,
    status: "final",
    source: `${CNIPA_PROGRESS} (国务院新闻办公室新闻发布会, 新华社)`,
    publishedOn: "2025-07-17",
  },
  {
    indicator: ROYALTIES,
    year: 2023,
    value: "376520000000",
    valueAsWritten: "3765.2",
    unit: HUNDRED_MILLION_YUAN,
    status: "final",
    source: `${CNIPA_PROGRESS} (光明日报)`,
    publishedOn: "2024-03-30",
  },
  {
    indicator: ROYALTIES,
    year: 2024,
    value: "398710000000",
    valueAsWritten: "3987.1",
    unit: HUNDRED_MILLION_YUAN,
    status: "final",
    source: `${CNIPA_PROGRESS} (国务院新闻办公室新闻发布会, 新华社)`,
    publishedOn: "2025-07-17",
  },
  ...(
    [
      [2020, "11.97", "Reported by 人民日报海外版 on 2022-01-11; the release gives no day of its own."],
      [2022, "12.71", undefined],
      [2023, "13.04", undefined],
      [2024, "13.38", undefined],
    ] as const
  ).map(([year, value, note]): Reading => ({
    indicator: PATENT_INTENSIVE,
    year,
    value,
    valueAsWritten: value,
    unit: PERCENT,
    status: "final",
    source: `${PATENT_INTENSIVE_RELEASE} (${year}年数据)`,
    ...(note ? { note } : {}),
  })),
  ...(
    [
      [2020, "80.05"],
      [2023, "82.04"],
      [2024, "82.36"],
    ] as const
  ).map(([year, value]): Reading => ({
    indicator: SATISFACTION,
    year,
    value,
    valueAsWritten: value,
    unit: POINTS,
    status: "final",
    source: CNIPA_PROGRESS,
  })),
];

/**
 * Public national readings of the 纲要's indicators, each with its publisher and, where known, the
 * date it was published. Values are in base units (亿元 amounts in 元).
 */
export const nationalObservations: readonly Observation[] = deepFreeze(
  READINGS.map((reading): Observation => ({
    id: `national-${reading.indicator.id}-${reading.year}`,
    indicator: reading.indicator,
    region: NATION,
    period: { year: reading.year },
    value: reading.value,
    valueAsWritten: reading.valueAsWritten,
    unit: reading.unit,
    status: reading.status,
    vintage: {
      source: reading.source,
      ...(reading.publishedOn ? { publishedOn: reading.publishedOn } : {}),
      ...(reading.note ? { note: reading.note } : {}),
    },
  })),
);
