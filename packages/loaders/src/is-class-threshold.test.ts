import { describe, expect, it } from "vitest";
import { findComparatorAfter } from "./comparators.js";
import { findQuantities } from "./find-quantities.js";
import { isClassThreshold } from "./is-class-threshold.js";

/** The site of the first quantity of a one-clause text. */
function firstIsClass(text: string): boolean {
  const quantities = findQuantities(text);
  const quantity = quantities[0];
  if (quantity === undefined) throw new Error(`no quantity in ${text}`);
  const after = findComparatorAfter(text, quantity.end);
  const end = quantity.end + (after?.word.length ?? 0);
  return isClassThreshold({
    text,
    clause: { start: 0, end: text.length },
    quantity,
    after,
    end,
    limit: quantities[1]?.start ?? text.length,
    before: text.slice(0, quantity.numberStart),
    following: text.slice(end, end + 6),
  });
}

describe("isClassThreshold", () => {
  it("reads a bounded amount before 的 and a noun as a class", () => {
    expect(firstIsClass("年用能超过5000吨标准煤的重点用能单位开展能源审计")).toBe(true);
    expect(firstIsClass("营业收入50亿元以上的骨干企业达到12家")).toBe(true);
  });

  it("reads a class named by a bound without 的", () => {
    expect(firstIsClass("20户以上自然村通客车比例达到100%")).toBe(true);
    expect(firstIsClass("35蒸吨及以下燃煤锅炉全部淘汰")).toBe(true);
    expect(firstIsClass("70岁以上老年人免费乘车")).toBe(true);
  });

  it("keeps counts and shares that are built or reached", () => {
    expect(firstIsClass("建成15个以上的众创空间")).toBe(false);
    expect(firstIsClass("85%以上的乡镇建成综合文化站")).toBe(false);
    expect(firstIsClass("粮食产量稳定在60万吨以上")).toBe(false);
  });

  it("reads an amount inside the name of the rate after it", () => {
    expect(firstIsClass("城区15分钟生活圈覆盖率达到90%")).toBe(true);
    expect(firstIsClass("农村客运站点2公里覆盖率达到95%")).toBe(true);
    expect(firstIsClass("建成充电桩2000个,车桩比达到2.5")).toBe(false);
  });
});
