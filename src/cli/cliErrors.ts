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

/**
 * An expected failure: the CLI prints the message and exits with `exitCode` — 1 for input that was
 * read but is invalid (a bad plan, malformed JSON), 2 for input refused before it is parsed (over
 * the size limit, not UTF-8, nested too deeply), like wrong arguments.
 */
export class CliFailure extends Error {
  override name = "CliFailure" as const;
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** A library message about an instant argument, in a command line's terms: a flag takes text, not a `Date` or epoch milliseconds. */
export function cliInstantMessage(message: string): string {
  return message.replace("a Date, epoch milliseconds or an ISO-8601 instant", "an ISO-8601 instant");
}
