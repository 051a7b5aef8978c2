/** A stream the command writes to: `process.stdout` in the real command, a buffer in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** True on a terminal: enables colour and the progress bar. */
  isTTY?: boolean;
  columns?: number;
}

/**
 * Everything the command core needs from the outside world. Only `bin.ts` builds one from `process`;
 * tests pass an in-memory one, so `run` never touches the process itself.
 */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Reads a UTF-8 text file; rejects with the file system's error (its `code` is reported). */
  readFile(path: string): Promise<string>;
  /**
   * Writes a file, creating missing parent directories; may resolve to the first directory it created,
   * which the command then reports beside the path written.
   */
  writeFile(path: string, contents: string | Uint8Array): Promise<void | string>;
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Today's date for `--as-of` defaults; fixed in tests. */
  now?: () => Date;
}
