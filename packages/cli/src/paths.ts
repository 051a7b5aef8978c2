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
    throw new UsageError(`cannot read ${path}: ${fileProblem(error, "read")}`);
  }
}

/**
 * Writes a file or fails with exit 2 and the path. Resolves to the absolute path written, followed by
 * "(created folder …)" when missing folders were made for it, ready to print.
 */
export async function writeOutput(io: Io, path: string, contents: string | Uint8Array): Promise<string> {
  const absolute = resolvePath(io, path);
  let created: void | string;
  try {
    created = await io.writeFile(absolute, contents);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${fileProblem(error, "write")}`);
  }
  return typeof created === "string" ? `${absolute} (created folder ${created})` : absolute;
}

/**
 * What a file-system error means, in words ("no such file", "is a directory"), not its code (ENOENT, EISDIR).
 * A part of the path that is a file where a folder is needed is named.
 */
export function fileProblem(error: unknown, doing: "read" | "write"): string {
  const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown };
  const where = typeof path === "string" ? path : undefined;
  switch (code) {
    case "ENOENT":
      return doing === "read" ? "no such file" : "a folder on the path does not exist";
    case "EISDIR":
      return doing === "read" ? "it is a directory, not a file" : "it is a directory; give a file name";
    case "ENOTDIR":
    case "EEXIST":
      return where === undefined
        ? "a part of the path is a file, not a directory"
        : `${where} is a file, not a directory`;
    case "EACCES":
    case "EPERM":
      return `no permission to ${doing} it`;
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the device";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "ENAMETOOLONG":
      return "the name is too long";
    case "ELOOP":
      return "too many symbolic links";
    default:
      if (typeof code === "string") return code;
      return error instanceof Error ? error.message : String(error);
  }
}
