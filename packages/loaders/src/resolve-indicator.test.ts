import { describe, expect, it } from "vitest";
import { resolveIndicatorId } from "./resolve-indicator.js";

describe("resolveIndicatorId", () => {
  it("finds one indicator under its names and aliases, in either script", () => {
    const id = resolveIndicatorId("每万人口高价值发明专利拥有量");
    expect(id).toBeDefined();
    expect(resolveIndicatorId("每万人拥有高价值发明专利")).toBe(id);
    expect(resolveIndicatorId("万人高价值专利拥有量")).toBe(id);
    expect(resolveIndicatorId("每萬人口高價值發明專利擁有量")).toBe(id);
  });

  it("finds a catalogue name inside a longer written name", () => {
    expect(resolveIndicatorId("全市有效注册商标总量")).toBe(resolveIndicatorId("有效注册商标总量"));
  });

  it("returns undefined for unknown or short names", () => {
    expect(resolveIndicatorId("某种从未见过的指标名称")).toBeUndefined();
    expect(resolveIndicatorId("专利")).toBeUndefined();
  });
});
