import type { Observation } from "@guihua/schema";
import {
  COMMUNIQUE_2021,
  COMMUNIQUE_2023,
  GUANGMING_2024,
  PATENT_INTENSIVE_RELEASES,
  PRESS_CONFERENCE_2026,
  ROYALTIES_2020,
  SATISFACTION_RELEASES,
  XINHUA_2025,
  type Release,
} from "./national-sources.js";

/** One public reading as recorded: its value in base units and the release it comes from. */
export interface NationalReading {
  indicator: { id: string; name: string };
  year: number;
  value: string;
  valueAsWritten: string;
  unit: { asWritten: string; base: string; multiplier: number };
  status: Observation["status"];
  release: Release;
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

const DERIVED_2020: Release = {
  ...COMMUNIQUE_2023,
  note: `Derived, not published (issue 6): the 2023 value 11.8件 is stated as “较2020年末提高5.5件”, so 2020 = 11.8 − 5.5 = 6.3. ${COMMUNIQUE_2023.note}`,
};

function reading(
  indicator: NationalReading["indicator"],
  unit: NationalReading["unit"],
  year: number,
  valueAsWritten: string,
  release: Release,
  options: { value?: string; status?: Observation["status"] } = {},
): NationalReading {
  const { value = valueAsWritten, status = "final" } = options;
  return { indicator, year, value, valueAsWritten, unit, status, release };
}

/** The fourteen public readings of issue 6's table, in its order. */
export const NATIONAL_READINGS: readonly NationalReading[] = [
  reading(HIGH_VALUE, PIECES, 2020, "6.3", DERIVED_2020, { status: "estimated" }),
  reading(HIGH_VALUE, PIECES, 2021, "7.5", COMMUNIQUE_2021),
  reading(HIGH_VALUE, PIECES, 2023, "11.8", COMMUNIQUE_2023),
  reading(HIGH_VALUE, PIECES, 2025, "16", PRESS_CONFERENCE_2026, { status: "provisional" }),
  reading(ROYALTIES, HUNDRED_MILLION_YUAN, 2020, "3194.4", ROYALTIES_2020, { value: "319440000000" }),
  reading(ROYALTIES, HUNDRED_MILLION_YUAN, 2023, "3765.2", GUANGMING_2024, { value: "376520000000" }),
  reading(ROYALTIES, HUNDRED_MILLION_YUAN, 2024, "3987.1", XINHUA_2025, { value: "398710000000" }),
  reading(PATENT_INTENSIVE, PERCENT, 2020, "11.97", PATENT_INTENSIVE_RELEASES[2020]),
  reading(PATENT_INTENSIVE, PERCENT, 2022, "12.71", PATENT_INTENSIVE_RELEASES[2022]),
  reading(PATENT_INTENSIVE, PERCENT, 2023, "13.04", PATENT_INTENSIVE_RELEASES[2023]),
  reading(PATENT_INTENSIVE, PERCENT, 2024, "13.38", PATENT_INTENSIVE_RELEASES[2024]),
  reading(SATISFACTION, POINTS, 2020, "80.05", SATISFACTION_RELEASES[2020]),
  reading(SATISFACTION, POINTS, 2023, "82.04", SATISFACTION_RELEASES[2023]),
  reading(SATISFACTION, POINTS, 2024, "82.36", SATISFACTION_RELEASES[2024]),
];
