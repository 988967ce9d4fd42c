/** Where a command writes, and what it knows about the terminal. Tests pass their own. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour stdout (see `colorEnabled`: a terminal, `NO_COLOR` and `FORCE_COLOR`). */
  readonly color: boolean;
  /** True when stderr is a terminal (progress bars allowed). */
  readonly stderrIsTTY: boolean;
  /** True when stdout is a terminal: a population's rows then wait for the end when the progress bar shares the screen. */
  readonly stdoutIsTTY?: boolean;
  /** True once stdout's reader has gone (a closed pipe, `| head`): a population run stops at the row it was writing. */
  readonly stdoutClosed?: () => boolean;
  /** Milliseconds of a monotonic clock, for progress bars (rate, ETA, the one-second delay); default `performance.now()`. */
  readonly now?: () => number;
  /** Relative file names are resolved against this directory. */
  readonly cwd: string;
}
