import { dirname, join } from "node:path";
import type { Io } from "../src/io.js";

/** An in-memory `Io` for tests: files in a map, output captured as strings. */
export interface MemoryIo extends Io {
  files: Map<string, string | Uint8Array>;
  out(): string;
  err(): string;
}

export function memoryIo(
  files: Record<string, string | Uint8Array> = {},
  options: { tty?: boolean } = {},
): MemoryIo {
  const cwd = "/work";
  const store = new Map<string, string | Uint8Array>(
    Object.entries(files).map(([path, text]) => [path.startsWith("/") ? path : join(cwd, path), text]),
  );
  let stdout = "";
  let stderr = "";
  return {
    files: store,
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.tty ?? false, columns: 100 },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.tty ?? false, columns: 100 },
    readFile: async (path) => {
      const value = store.get(path);
      if (value === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      // As strict as bin.ts: bytes that are not UTF-8 are refused.
      if (typeof value !== "string")
        return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(value);
      return value;
    },
    writeFile: async (path, contents) => {
      if (dirname(path) === "/readonly") throw Object.assign(new Error("EACCES"), { code: "EACCES" });
      store.set(path, contents);
    },
    cwd,
    env: {},
    now: () => new Date("2026-06-30T00:00:00Z"),
    out: () => stdout,
    err: () => stderr,
  };
}
