import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./cliErrors.js";
import { parseByteSize, STDIN } from "./inputLimits.js";
import type { CliIO } from "./io.js";

/** One `lead-cadence` sub-command. */
export interface Command {
  readonly name: string;
  /** One line for the top-level help. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  /** Runs the command and returns its exit code. */
  run(args: readonly string[], io: CliIO): number;
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parsed arguments: option values by name, and positionals. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments strictly; `--help` is always accepted. Positionals are file names, as
 * are the values of `inputOptions`; at most one of them may be `-` (standard input, read once).
 * @throws {UsageError} for an unknown option, a missing option value, a bad positional count, or
 * standard input named twice.
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: Options,
  positionals: { min: number; max: number },
  inputOptions: readonly string[] = [],
): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(String((error as Error).message).replace(/\. To specify a positional argument.*$/s, ""), command);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values["help"] === true) return { values, positionals: parsed.positionals };
  const n = parsed.positionals.length;
  if (n < positionals.min)
    throw new UsageError(
      `missing argument: expected ${positionals.min === positionals.max ? positionals.min : `at least ${positionals.min}`} file name${positionals.min === 1 ? "" : "s"}`,
      command,
    );
  if (n > positionals.max) throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[positionals.max])}`, command);
  const fromStdin = [
    ...parsed.positionals.flatMap((file, i) => (file === STDIN ? [`argument ${i + 1}`] : [])),
    ...inputOptions.flatMap((name) => (values[name] === STDIN ? [`--${name}`] : [])),
  ];
  if (fromStdin.length > 1) throw new UsageError(`standard input (-) can be read only once, got it for ${fromStdin.join(" and ")}`, command);
  return { values, positionals: parsed.positionals };
}

/** A string option's value, or `undefined`. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
}

/** A `--format` value among `allowed`. @throws {UsageError} for anything else. */
export function formatOption<T extends string>(command: string, args: ParsedArgs, allowed: readonly T[], fallback: T): T {
  const value = stringOption(args, "format") ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--format must be ${allowed.join(" or ")}, got ${JSON.stringify(value)}`, command);
  return value as T;
}

/** The `--max-input-size` option every command reading files accepts. */
export const MAX_INPUT_SIZE_OPTION = { "max-input-size": { type: "string" } } as const;

/** The help lines of every command that reads files: `--max-input-size`, and `-` for standard input. */
export const INPUT_FILES_HELP = `  --max-input-size SIZE  refuse files larger than this (default 256KB; 64MB for a file of one record per line), e.g. 5MB
  A file name - reads standard input (one file per command), e.g. cat plan.yaml | lead-cadence validate -`;

/** `--max-input-size` in bytes, or `undefined` for each file kind's default. @throws {UsageError} for a bad size. */
export function maxInputSizeOption(command: string, args: ParsedArgs): number | undefined {
  const value = stringOption(args, "max-input-size");
  return value === undefined ? undefined : parseByteSize(value, command);
}
