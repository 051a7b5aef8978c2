import { UsageError } from "../errors.js";
import type { Io } from "../io.js";

/** `guihua extract`: not available yet (its package has not landed). */
export async function extractCommand(
  _inputs: string[],
  _options: Record<string, unknown>,
  _io: Io,
): Promise<number> {
  throw new UsageError("guihua extract is not available yet");
}
