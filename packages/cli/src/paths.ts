import { isAbsolute, resolve } from "node:path";
import type { Io } from "./io.js";
import { UsageError } from "./errors.js";

/** Resolves a user-given path against the command's working directory. */
export function resolvePath(io: Io, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

/** Reads a text file or fails with exit 2 and the path as the user wrote it. */
export async function readInput(io: Io, path: string): Promise<string> {
  try {
    return await io.readFile(resolvePath(io, path));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_ENCODING_INVALID_ENCODED_DATA")
      throw new UsageError(`cannot read ${path}: not UTF-8 text (for GBK: iconv -f GBK -t UTF-8 ${path})`);
    const reason = typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
}

/** Writes a file or fails with exit 2 and the path. */
export async function writeOutput(io: Io, path: string, contents: string | Uint8Array): Promise<string> {
  const absolute = resolvePath(io, path);
  try {
    await io.writeFile(absolute, contents);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new UsageError(`cannot write ${path}: ${typeof code === "string" ? code : String(error)}`);
  }
  return absolute;
}
