import { describe, expect, it } from "vitest";
import { memoryIo } from "../../test/memory-io.js";
import { run } from "../run.js";

const LIAONING = ["project", "--base", "4.09", "--from", "2020", "--rate", "6%", "--to", "2025"];

describe("guihua project", () => {
  it("prints the compound path year by year (辽宁 表2: 4.09 → 5.4733)", async () => {
    const io = memoryIo();
    expect(await run(LIAONING, io)).toBe(0);
    expect(io.out()).toContain("年均增长6%");
    expect(io.out()).toMatch(/2021 {2}4\.3354\n/);
    expect(io.out()).toMatch(/2025 {2}5\.4733\n$/);
  });

  it("accepts the rate as a fraction and prints exact JSON", async () => {
    const io = memoryIo();
    expect(await run([...LIAONING.slice(0, -3), "0.06", "--to", "2025", "--json"], io)).toBe(0);
    const document = JSON.parse(io.out());
    expect(document.rate).toBe("0.06");
    expect(document.path.at(-1)).toEqual({ year: 2025, value: "5.473342612384" });
  });

  it("gives the required rate for --target (通辽 15100 → 20000 is 5.78% a year)", async () => {
    const io = memoryIo();
    const code = await run(
      ["project", "--base", "15100", "--from", "2020", "--target", "20000", "--to", "2025"],
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toContain("所需年均增速5.7817%");
    expect(io.out()).toMatch(/2025 {2}20000\n$/);
  });

  it.each([
    [["--rate", "6"], "--rate must be a percentage"],
    [["--rate", "6%", "--target", "9"], "error: option"],
    [[], "give either --rate"],
  ])("exits 2 on bad usage %j", async (extra, message) => {
    const io = memoryIo();
    expect(await run(["project", "--base", "4.09", "--from", "2020", "--to", "2025", ...extra], io)).toBe(2);
    expect(io.err()).toContain(message);
  });

  it("exits 2 with a sentence, not the growth error's code, on impossible input", async () => {
    const io = memoryIo();
    expect(
      await run(["project", "--base", "-5", "--from", "2020", "--target", "5", "--to", "2025"], io),
    ).toBe(2);
    expect(io.err()).toContain("基期值必须大于零");
    expect(io.err()).toContain("a growth rate needs a positive base, got -5");
    expect(io.err()).not.toContain("non_positive_base");
    expect(io.err().trim().split("\n")).toHaveLength(1);
  });

  it("rounds the JSON path to a stated precision (鞍山 7811 → 8611 ends at 8611)", async () => {
    const io = memoryIo();
    const argv = [
      "project",
      "--base",
      "7811",
      "--from",
      "2015",
      "--target",
      "8611",
      "--to",
      "2020",
      "--json",
    ];
    expect(await run(argv, io)).toBe(0);
    const document = JSON.parse(io.out());
    expect(document.decimals).toBe(12);
    expect(document.path.at(-1)).toEqual({ year: 2020, value: "8611" });
    for (const point of document.path) expect(point.value).toMatch(/^\d+(\.\d{1,12})?$/);
    expect(document.rate).toMatch(/^0\.\d{1,12}$/);
  });

  it("says a negative rate is a fall", async () => {
    const io = memoryIo();
    expect(
      await run(["project", "--base", "100", "--from", "2020", "--rate", "-6%", "--to", "2021"], io),
    ).toBe(0);
    expect(io.out()).toContain("falling 6% a year (年均下降6%)");
    expect(io.out()).not.toContain("-6%");
    expect(io.out()).toMatch(/2021 {2}94\n$/);
  });

  it("refuses a year range that runs backwards and a malformed base", async () => {
    const backwards = memoryIo();
    expect(
      await run(["project", "--base", "1", "--from", "2025", "--rate", "6%", "--to", "2020"], backwards),
    ).toBe(2);
    const comma = memoryIo();
    expect(
      await run(["project", "--base", "1,2", "--from", "2020", "--rate", "6%", "--to", "2025"], comma),
    ).toBe(2);
    expect(comma.err()).toContain('"1,2"');
  });
});
