/** Exit codes of the `guihua` command. */
export const EXIT = {
  /** Everything ran and nothing failed. */
  ok: 0,
  /** The command ran and found failures: targets missed or off track, findings of error severity. */
  failures: 1,
  /** Bad usage or unreadable input; the message names the argument or the path. */
  usage: 2,
  /** A bug in guihua itself. */
  internal: 3,
} as const;

/** An error the user can fix: bad arguments or an unreadable file. Reported without a stack, exit 2. */
export class UsageError extends Error {
  readonly code = "usage" as const;
  readonly exitCode = EXIT.usage;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
