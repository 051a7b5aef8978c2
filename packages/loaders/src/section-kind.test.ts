import { describe, expect, it } from "vitest";
import { sectionKind } from "./section-kind.js";

describe("sectionKind", () => {
  it("reads background sections by the head noun of their titles", () => {
    expect(sectionKind(["规划背景", "发展基础与面临形势"], 2021)).toEqual({ fact: true, goal: false });
    expect(sectionKind(["回顾过去五年"], 2021).fact).toBe(true);
    expect(sectionKind(["一、2020年工作回顾"], 2021).fact).toBe(true);
    for (const title of ["基本情况", "工作进展情况", "主要成效和经验", "发展现状与存在问题"])
      expect(sectionKind([title], 2021).fact).toBe(true);
  });

  it("does not take task titles with a background word inside for background", () => {
    expect(sectionKind(["重点任务", "完善农田水利基础设施"], 2021).fact).toBe(false);
    expect(sectionKind(["巩固脱贫攻坚成效"], 2021).fact).toBe(false);
    expect(sectionKind(["发展基础", "主要指标"], 2021).fact).toBe(false);
  });

  it("marks goal sections, and reads a path once per floor", () => {
    const path = ["总体要求", "发展目标"];
    expect(sectionKind(path, 2021)).toEqual({ fact: false, goal: true });
    expect(sectionKind(["2022年主要工作"], 2021).fact).toBe(false);
    expect(sectionKind(["2022年主要工作"], 2023).fact).toBe(true);
  });
});
