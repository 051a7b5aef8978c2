import { describe, expect, it } from "vitest";
import { cumulativePeriod, statedYears } from "./stated-period.js";

describe("statedYears", () => {
  it("reads a number of years stated before a total", () => {
    expect(statedYears("三年累计新建学校")).toBe(3);
    expect(statedYears("五年内累计培训")).toBe(5);
    expect(statedYears("未来两年,新建停车位")).toBe(2);
    expect(statedYears("力争用3年时间建成")).toBe(3);
    expect(statedYears("全市三年筹集建设保障性租赁住房")).toBeUndefined();
    expect(statedYears("全市,三年筹集建设保障性租赁住房")).toBe(3);
  });

  it("leaves cycles, past spans, titles and milestones alone", () => {
    expect(statedYears("每三年开展")).toBeUndefined();
    expect(statedYears("近三年累计")).toBeUndefined();
    expect(statedYears("实施三年行动计划,建成")).toBeUndefined();
    expect(statedYears("三年累计改造管网600公里,其中2024年改造")).toBeUndefined();
  });
});

describe("cumulativePeriod", () => {
  it("ends at the target year and spans the stated years, or a period term's five", () => {
    expect(cumulativePeriod(3, { year: 2026, basis: "plan-period" })).toEqual({ start: 2024, end: 2026 });
    expect(cumulativePeriod(undefined, { year: 2025, basis: "period-term" })).toEqual({
      start: 2021,
      end: 2025,
    });
    expect(cumulativePeriod(undefined, { year: 2025, basis: "explicit" })).toBeUndefined();
  });
});
