import type { Target } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { linkRestatements } from "./link-restatements.js";

function level(
  id: string,
  name: string,
  value: string,
  start: number,
  comparator: ">=" | "=" | ">" = "=",
  indicatorId?: string,
): Target {
  return {
    kind: "level",
    id,
    indicator: { name, ...(indicatorId ? { id: indicatorId } : {}) },
    targetYear: 2025,
    targetYearBasis: "plan-period",
    direction: "increase",
    attribute: "unspecified",
    source: { document: "test", start, end: start + 1, quote: "x" },
    comparator,
    valueAsWritten: value,
    unitAsWritten: "家",
    unit: { base: "家", multiplier: 0 },
    value,
  };
}

describe("linkRestatements", () => {
  it("links a later target with the same value and a largely shared name to the first", () => {
    const linked = linkRestatements([
      level("t1", "知识产权服务机构数量", "650", 0),
      level("t2", "专利代理机构", "650", 10),
      level("t3", "知识产权服务机构数量", "650", 20),
    ]);
    expect(linked[0]?.restatedBy).toEqual(["t3"]);
    expect(linked[2]?.restates).toBe("t1");
    expect(linked[1]?.restates).toBeUndefined();
  });

  it("links by catalogue id and notes a changed comparator", () => {
    const linked = linkRestatements([
      level("t1", "每万人拥有高价值发明专利", "0.6", 0, "=", "high-value"),
      level("t2", "万人高价值专利拥有量", "0.6", 10, ">", "high-value"),
    ]);
    expect(linked[1]).toMatchObject({ restates: "t1", ambiguities: [{ code: "restatement-changed" }] });
  });

  it("does not link names that share only a common word", () => {
    const linked = linkRestatements([
      level("t1", "知识产权质押融资项目数量", "10", 0),
      level("t2", "企业贯彻知识产权管理规范", "10", 10),
    ]);
    expect(linked.every((target) => target.restates === undefined)).toBe(true);
  });
});
