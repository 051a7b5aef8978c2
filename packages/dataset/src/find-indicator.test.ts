import { Indicator } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { readGold } from "../test/gold.js";
import { findIndicator } from "./find-indicator.js";
import { indicators } from "./indicators.js";
import { normaliseName } from "./normalise-name.js";

describe("indicators", () => {
  it("holds at least 40 valid indicators with unique ids", () => {
    expect(indicators.length).toBeGreaterThanOrEqual(40);
    for (const indicator of indicators) expect(() => Indicator.parse(indicator)).not.toThrow();
    expect(new Set(indicators.map((indicator) => indicator.id)).size).toBe(indicators.length);
  });

  it("keeps the ids other packages already use", () => {
    for (const id of [
      "high-value-invention-patents-per-10k",
      "overseas-invention-patent-grants",
      "ip-pledge-financing-amount",
      "patent-transfers",
      "university-patent-transfers",
    ])
      expect(findIndicator(id)?.id).toBe(id);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(indicators)).toBe(true);
    expect(Object.isFrozen(indicators[0]!.aliases)).toBe(true);
  });
});

describe("findIndicator", () => {
  it("resolves names, aliases and traditional spellings", () => {
    expect(findIndicator("每万人口高价值发明专利拥有量")?.id).toBe("high-value-invention-patents-per-10k");
    expect(findIndicator("每万人拥有高价值发明专利")?.id).toBe("high-value-invention-patents-per-10k");
    expect(findIndicator(" 万人高价值专利拥有量 ")?.id).toBe("high-value-invention-patents-per-10k");
    expect(findIndicator("專利累計申請量")?.id).toBe("patent-applications");
    expect(findIndicator("注冊商標總量")?.id).toBe("valid-registered-trademarks");
    expect(findIndicator("万人有效发明专利拥有量（件）")?.id).toBe("invention-patents-per-10k");
    expect(findIndicator("知识产权使用费年进出口总额")?.id).toBe("ip-royalties-trade");
    expect(findIndicator("no such indicator")).toBeUndefined();
  });

  it("resolves every indicator named by a gold target", () => {
    const unresolved = readGold().flatMap((gold) =>
      gold.targets
        .filter((target) => !findIndicator(target.indicator))
        .map((target) => `${target.id} ${target.indicator}`),
    );
    expect(unresolved).toEqual([]);
  });

  it("maps no normalised name to two indicators", () => {
    const seen = new Map<string, string>();
    for (const indicator of indicators)
      for (const name of [indicator.name, ...indicator.aliases]) {
        const key = normaliseName(name);
        expect(seen.get(key) ?? indicator.id, name).toBe(indicator.id);
        seen.set(key, indicator.id);
      }
  });
});
