import { UsageError } from "../errors.js";
import type { Io } from "../io.js";

/** `guihua report`: not available yet (its package has not landed). */
export async function reportCommand(
  _inputs: string[],
  _options: Record<string, unknown>,
  _io: Io,
): Promise<number> {
  throw new UsageError("guihua report is not available yet");
}
