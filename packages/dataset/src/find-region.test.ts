import { Region } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { findRegion } from "./find-region.js";
import { regions } from "./regions.js";

describe("regions", () => {
  it("are valid, frozen and name existing parents", () => {
    for (const region of regions) {
      expect(() => Region.parse(region)).not.toThrow();
      if (region.parent) expect(findRegion(region.parent)).toBeDefined();
    }
    expect(Object.isFrozen(regions[1])).toBe(true);
  });

  it("finds a region by name, short name, traditional spelling or code", () => {
    expect(findRegion("辽宁省")?.code).toBe("210000");
    expect(findRegion("沈阳")?.code).toBe("210100");
    expect(findRegion("鞍山市")).toMatchObject({ code: "210300", parent: "辽宁省" });
    expect(findRegion("內蒙古")?.code).toBe("150000");
    expect(findRegion("150500")).toMatchObject({ name: "通辽市", parent: "内蒙古自治区" });
    expect(findRegion("全国")?.level).toBe("national");
    expect(findRegion("大连市")).toBeUndefined();
  });
});
