import { parseObservations } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { findIndicator } from "./find-indicator.js";
import { nationalObservations } from "./national-observations.js";

/** Issue 6's table, row by row: (indicator, year, value as published, unit as published). */
const ISSUE_TABLE: [indicator: string, year: number, value: string, unit: string][] = [
  ["每万人口高价值发明专利拥有量", 2020, "6.3", "件"],
  ["每万人口高价值发明专利拥有量", 2021, "7.5", "件"],
  ["每万人口高价值发明专利拥有量", 2023, "11.8", "件"],
  ["每万人口高价值发明专利拥有量", 2025, "16", "件"],
  ["知识产权使用费年进出口总额", 2020, "3194.4", "亿元"],
  ["知识产权使用费年进出口总额", 2023, "3765.2", "亿元"],
  ["知识产权使用费年进出口总额", 2024, "3987.1", "亿元"],
  ["专利密集型产业增加值占GDP比重", 2020, "11.97", "%"],
  ["专利密集型产业增加值占GDP比重", 2022, "12.71", "%"],
  ["专利密集型产业增加值占GDP比重", 2023, "13.04", "%"],
  ["专利密集型产业增加值占GDP比重", 2024, "13.38", "%"],
  ["知识产权保护社会满意度", 2020, "80.05", "分"],
  ["知识产权保护社会满意度", 2023, "82.04", "分"],
  ["知识产权保护社会满意度", 2024, "82.36", "分"],
];

/** Dates issue 6 states, or a found page states (its url in the vintage); no other reading has one. */
const PUBLISHED_ON: Record<string, string> = {
  "high-value-invention-patents-per-10k-2020": "2024-02-29",
  "high-value-invention-patents-per-10k-2021": "2022-02-28",
  "high-value-invention-patents-per-10k-2023": "2024-02-29",
  "high-value-invention-patents-per-10k-2025": "2026-01-23",
  "ip-royalties-trade-2023": "2024-03-30",
  "ip-royalties-trade-2024": "2025-07-17",
  "patent-intensive-industries-gdp-share-2020": "2021-12-30",
  "patent-intensive-industries-gdp-share-2022": "2023-12-29",
  "patent-intensive-industries-gdp-share-2023": "2024-12-31",
  "ip-protection-satisfaction-2020": "2021-04-26",
};
const STATED_BY_ISSUE = new Set(["2026-01-23", "2024-03-30", "2025-07-17"]);

function yearOf(period: { year: number } | { date: string }): number | undefined {
  return "year" in period ? period.year : undefined;
}

describe("nationalObservations", () => {
  it("are exactly the fourteen readings of issue 6's table", () => {
    expect(
      nationalObservations.map((observation) => [
        observation.indicator.name,
        yearOf(observation.period),
        observation.valueAsWritten,
        observation.unit.asWritten,
      ]),
    ).toEqual(ISSUE_TABLE);
  });

  it.each(ISSUE_TABLE)("%s %i: %s %s, stored in base units", (name, year, value, unit) => {
    const observation = nationalObservations.find(
      (candidate) => candidate.indicator.name === name && yearOf(candidate.period) === year,
    )!;
    const scale = unit === "亿元" ? 1e8 : 1;
    expect(Number(observation.value)).toBeCloseTo(Number(value) * scale, 6);
    expect(observation.region).toBe("中华人民共和国");
  });

  it("are valid and name catalogue indicators", () => {
    expect(() => parseObservations(structuredClone([...nationalObservations]))).not.toThrow();
    for (const observation of nationalObservations)
      expect(findIndicator(observation.indicator.id!)?.name).toBe(observation.indicator.name);
  });

  it("each carry a source; a date only where the issue or a cited page states it", () => {
    for (const observation of nationalObservations) {
      const key = observation.id!.replace(/^national-/, "");
      const { source, publishedOn, url, note } = observation.vintage;
      expect(source.length, key).toBeGreaterThan(0);
      expect(publishedOn, key).toBe(PUBLISHED_ON[key]);
      if (publishedOn && !STATED_BY_ISSUE.has(publishedOn)) expect(url, key).toMatch(/^https?:\/\//);
      if (!publishedOn) expect(note, key).toMatch(/Release date not recorded/);
    }
  });

  it("say the 2020 high-value patent value is derived", () => {
    const derived = nationalObservations.find(
      (observation) => observation.id === "national-high-value-invention-patents-per-10k-2020",
    );
    expect(derived).toMatchObject({ value: "6.3", status: "estimated" });
    expect(derived?.vintage.note).toMatch(/Derived/);
  });
});
