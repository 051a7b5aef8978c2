import { describe, expect, it } from "vitest";
import { issueMaker, LOADER_ISSUE_CODES } from "./issue.js";

describe("issueMaker", () => {
  it("locates an issue by line and column with the line as excerpt", () => {
    const text = "第一行\n第二行有20093月\n第三行";
    const issue = issueMaker(text)("lost-year-character", "a 年 seems lost", 8, 14);
    expect(issue).toMatchObject({ line: 2, column: 5, excerpt: "第二行有20093月" });
  });

  it("has a closed set of codes", () => {
    expect(LOADER_ISSUE_CODES).toContain("repeated-body");
  });
});
