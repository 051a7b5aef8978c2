import { describe, expect, it } from "vitest";
import { readGrowthClaims } from "./read-growth-claims.js";

describe("readGrowthClaims", () => {
  const read = (text: string) => readGrowthClaims(text, text, { start: 0, end: text.length }, () => 2020);

  it("reads percent claims, one per number of a list", () => {
    const claims = read("有效发明专利、有效商标注册量分别比2015年增长108.9%、187.1%");
    expect(claims.map((claim) => [claim.fromYear, claim.toYear, claim.form, claim.value])).toEqual([
      [2015, 2020, "percent", "108.9"],
      [2015, 2020, "percent", "187.1"],
    ]);
    expect(claims[0]?.source.quote).toBe("比2015年增长108.9%、187.1%");
  });

  it("reads times, multiples of a year or a period term, and decreases", () => {
    expect(read("比2015年增长3.6倍")[0]).toMatchObject({ form: "times", value: "3.6" });
    expect(read("为2015年11640件的2倍")[0]).toMatchObject({ form: "multiple", fromYear: 2015, value: "2" });
    expect(read("为“十二五”同期的2.11倍")[0]).toMatchObject({
      form: "multiple",
      fromYear: 2015,
      value: "2.11",
    });
    expect(read("能耗比2015年下降15%")[0]).toMatchObject({ value: "-15" });
  });

  it("leaves out percentage points and claims that do not go forward in time", () => {
    expect(read("比2015年提高6.2个百分点")).toEqual([]);
    expect(readGrowthClaims("比2020年增长5%", "比2020年增长5%", { start: 0, end: 9 }, () => 2020)).toEqual(
      [],
    );
  });
});
