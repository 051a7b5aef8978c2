import { UsageError } from "../errors.js";
import type { Io } from "../io.js";

/** `guihua audit`: not available yet (its package has not landed). */
export async function auditCommand(
  _plan: string,
  _options: Record<string, unknown>,
  _io: Io,
): Promise<number> {
  throw new UsageError("guihua audit is not available yet");
}
