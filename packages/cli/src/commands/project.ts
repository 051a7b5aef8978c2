import { UsageError } from "../errors.js";
import type { Io } from "../io.js";

/** `guihua project`: not available yet (its package has not landed). */
export async function projectCommand(_options: Record<string, unknown>, _io: Io): Promise<number> {
  throw new UsageError("guihua project is not available yet");
}
