import { describe, expect, it } from "vitest";
import { cleanName, splitList, splitSharedIndicator } from "./indicator-names.js";

describe("indicator names", () => {
  it("strips context before and verbs after the name", () => {
    expect(cleanName("到2025年,全市有效发明专利达到")).toBe("有效发明专利");
    expect(cleanName("——其中高价值发明专利拥有量超过")).toBe("高价值发明专利拥有量");
    expect(cleanName("全县规模以上工业企业由2015年的")).toBe("全县规模以上工业企业");
  });

  it("splits a name shared by a number only where each part has the head noun", () => {
    expect(splitSharedIndicator("专利申请量和授权量")).toEqual(["专利申请量", "授权量"]);
    expect(splitSharedIndicator("知识产权转让、许可数量")).toEqual(["知识产权转让、许可数量"]);
    expect(splitSharedIndicator("质押融资项目数量、专利转让、许可数量、高等学校专利转让数量")).toEqual([
      "质押融资项目数量",
      "专利转让、许可数量",
      "高等学校专利转让数量",
    ]);
  });

  it("splits a plain list", () => {
    expect(splitList("商标注册量、专利授权量")).toEqual(["商标注册量", "专利授权量"]);
  });
});
