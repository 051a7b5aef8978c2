import { describe, expect, it } from "vitest";
import { memoryIo } from "../test/memory-io.js";
import { fileProblem } from "./paths.js";
import { run } from "./run.js";

const fsError = (code: string, path?: string) =>
  Object.assign(new Error(`${code}: something`), { code, ...(path ? { path } : {}) });

describe("file errors in words", () => {
  it("say what is wrong instead of the error code", () => {
    expect(fileProblem(fsError("ENOENT"), "read")).toBe("no such file");
    expect(fileProblem(fsError("EISDIR"), "read")).toBe("it is a directory, not a file");
    expect(fileProblem(fsError("EISDIR"), "write")).toBe("it is a directory; give a file name");
    expect(fileProblem(fsError("EEXIST", "/tmp/x.txt"), "write")).toBe(
      "/tmp/x.txt is a file, not a directory",
    );
    expect(fileProblem(fsError("ENOTDIR"), "write")).toBe("a part of the path is a file, not a directory");
    expect(fileProblem(fsError("EACCES"), "write")).toBe("no permission to write it");
  });

  it("name the path and exit 2", async () => {
    const missing = memoryIo();
    expect(await run(["extract", "/tmp/nonexist.txt"], missing)).toBe(2);
    expect(missing.err()).toBe("guihua: cannot read /tmp/nonexist.txt: no such file\n");
    const io = memoryIo({ "plan.txt": "某市规划\n\n到2025年，全市有效发明专利拥有量达到600件。\n" });
    io.writeFile = async (path) => {
      throw fsError("EISDIR", path);
    };
    expect(await run(["report", "002", "--as-of", "2024-06-30", "--out", "/tmp"], io)).toBe(2);
    expect(io.err()).toBe("guihua: cannot write /tmp: it is a directory; give a file name\n");
    const readonly = memoryIo();
    expect(await run(["schema", "--out", "/readonly"], readonly)).toBe(2);
    expect(readonly.err()).toContain("no permission to write it");
    expect(readonly.err()).not.toContain("EACCES");
  });
});

describe("the path written", () => {
  it("is printed, with the folders created for it", async () => {
    const io = memoryIo();
    const store = io.writeFile;
    io.writeFile = async (path, contents) => {
      await store(path, contents);
      return "/tmp/nonexistent";
    };
    expect(
      await run(["report", "002", "--as-of", "2024-06-30", "--out", "/tmp/nonexistent/x/r.html"], io),
    ).toBe(0);
    expect(io.out()).toContain("报告 report: /tmp/nonexistent/x/r.html (created folder /tmp/nonexistent)\n");
    expect(io.files.has("/tmp/nonexistent/x/r.html")).toBe(true);
    const plain = memoryIo();
    await run(["report", "002", "--as-of", "2024-06-30", "--out", "r.html"], plain);
    expect(plain.out()).toContain("报告 report: /work/r.html\n");
  });
});
