import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildExtractionReport, REPORT_PATH } from "./extraction-report.js";

describe("seeds/extraction-report.md", () => {
  it("is current (run `npm run extraction-report -w @guihua/loaders` when this fails)", () => {
    expect(readFileSync(REPORT_PATH, "utf8")).toBe(buildExtractionReport());
  }, 60_000);
});
