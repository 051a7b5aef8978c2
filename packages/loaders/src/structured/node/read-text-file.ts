import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { LoaderError } from "../loader-error.js";

/** The name to show for a path given as a string or a file URL. */
export function fileName(path: string | URL): string {
  return path instanceof URL ? fileURLToPath(path) : path;
}

/**
 * Reads a whole file as UTF-8 text. Throws a {@link LoaderError}: `file_unreadable` when the file
 * cannot be read, `invalid_encoding` when its bytes are not UTF-8 (GBK files are common for Chinese
 * data and would otherwise turn into replacement characters without a word).
 */
export async function readTextFile(path: string | URL): Promise<string> {
  const file = fileName(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason =
      (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
    throw new LoaderError("file_unreadable", `cannot read ${file} (${reason})`, [], { file, cause: error });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    const message = `${file} is not UTF-8 text; convert it first (for a GBK file: iconv -f GBK -t UTF-8)`;
    throw new LoaderError("invalid_encoding", message, [], { file, cause: error });
  }
}
