import { UsageError } from "../errors.js";
import type { Io } from "../io.js";

/** `guihua evaluate`: not available yet (its package has not landed). */
export async function evaluateCommand(
  _plan: string,
  _options: Record<string, unknown>,
  _io: Io,
): Promise<number> {
  throw new UsageError("guihua evaluate is not available yet");
}
