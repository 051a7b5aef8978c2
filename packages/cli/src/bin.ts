#!/usr/bin/env node
// The only file that touches `process`: it builds the I/O for the pure command core and sets the exit code.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { run } from "./run.js";

// `guihua … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  // Strict UTF-8: a GBK file is refused with a clear message instead of read as replacement characters.
  // The BOM is kept, so spans count from the text exactly as received.
  readFile: async (path: string) =>
    new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(await readFile(path)),
  writeFile: async (path: string, contents: string | Uint8Array) => {
    const created = await mkdir(dirname(path), { recursive: true });
    await writeFile(path, contents);
    return created;
  },
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
};

void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
