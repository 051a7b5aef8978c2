import { describe, expect, it } from "vitest";
import { memoryIo } from "../test/memory-io.js";
import { colorsFor, displayWidth, truncate } from "./terminal.js";

describe("terminal helpers", () => {
  it("counts CJK characters as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("专利abc")).toBe(7);
  });

  it("truncates to a width with an ellipsis, never splitting the count", () => {
    expect(truncate("每万人口高价值发明专利拥有量", 10)).toBe("每万人口…");
    expect(displayWidth(truncate("每万人口高价值发明专利拥有量", 10))).toBeLessThanOrEqual(10);
    expect(truncate("short", 10)).toBe("short");
  });

  it("colours only on a terminal, and honours NO_COLOR and FORCE_COLOR", () => {
    expect(colorsFor(memoryIo()).isColorSupported).toBe(false);
    expect(colorsFor(memoryIo({}, { tty: true })).isColorSupported).toBe(true);
    const noColor = memoryIo({}, { tty: true });
    Object.assign(noColor, { env: { NO_COLOR: "1" } });
    expect(colorsFor(noColor).isColorSupported).toBe(false);
    const forced = memoryIo();
    Object.assign(forced, { env: { FORCE_COLOR: "1" } });
    expect(colorsFor(forced).isColorSupported).toBe(true);
  });
});
