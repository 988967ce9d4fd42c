/** Where a command writes, and what it knows about the terminal. Tests pass their own. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour stdout (a terminal, and `NO_COLOR` unset). */
  readonly color: boolean;
  /** True when stderr is a terminal (progress bars allowed). */
  readonly stderrIsTTY: boolean;
  /** Relative file names are resolved against this directory. */
  readonly cwd: string;
}
