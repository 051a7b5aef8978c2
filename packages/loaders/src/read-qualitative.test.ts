import { describe, expect, it } from "vitest";
import { readQualitative } from "./read-qualitative.js";

function read(text: string) {
  return readQualitative(text, text, { start: 0, end: text.length });
}

describe("readQualitative", () => {
  it("reads a goal without a number: its subject and its text", () => {
    expect(read("知识产权制度体系完备")).toMatchObject({
      name: "知识产权制度体系",
      text: "知识产权制度体系完备",
    });
    expect(read("——知识产权保护更加严格")).toMatchObject({ name: "知识产权保护", source: { start: 2 } });
  });

  it("leaves out clauses that state no goal", () => {
    expect(read("坚持以人民为中心")).toBeUndefined();
    expect(read("完善")).toBeUndefined();
  });
});
