/** Wrong arguments: the CLI prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {
  override name = "UsageError" as const;
  /** The command whose usage to show, or `undefined` for the top-level usage. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** An expected failure (unreadable file, invalid plan): the CLI prints the message and exits 1. */
export class CliFailure extends Error {
  override name = "CliFailure" as const;
}
