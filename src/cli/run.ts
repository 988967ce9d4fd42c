import { CliFailure, UsageError } from "./cliErrors.js";
import type { Command } from "./command.js";
import { diffCommand } from "./commands/diffCommand.js";
import { explainCommand } from "./commands/explainCommand.js";
import { fitCommand } from "./commands/fitCommand.js";
import { forecastCommand } from "./commands/forecastCommand.js";
import { lintCommand } from "./commands/lintCommand.js";
import { schemaCommand } from "./commands/schemaCommand.js";
import { simulateCommand } from "./commands/simulateCommand.js";
import { validateCommand } from "./commands/validateCommand.js";
import type { CliIO } from "./io.js";
import { printable } from "../primitives/index.js";

const COMMANDS: readonly Command[] = [validateCommand, lintCommand, diffCommand, forecastCommand, fitCommand, simulateCommand, explainCommand, schemaCommand];

/** The top-level help. */
export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: lead-cadence <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`lead-cadence <command> --help\` for a command's options.
Plans may be JSON or YAML; both validate against the same schema.`;
}

/**
 * Runs the CLI on `argv` (without the node and script paths) and returns the exit code:
 * 0 success, 1 failure (invalid or unreadable input), 2 wrong arguments or input refused before
 * parsing (over `--max-input-size`, not UTF-8, nested too deeply). Never throws, and never
 * prints a stack trace unless `LEAD_CADENCE_DEBUG` is set.
 */
export function runCli(argv: readonly string[], io: CliIO, version: string, debug = false): number {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(`${usage()}\n`);
    return 2;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const target = first === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    // `help bogus` asks about a command there is none of: the usage error an unknown command gets, not help.
    if (target === undefined && first === "help" && rest[0] !== undefined) {
      io.stderr(`lead-cadence: unknown command ${printable(JSON.stringify(rest[0]))}\n\n${usage()}\n`);
      return 2;
    }
    io.stdout(`${target === undefined ? usage() : target.help}\n`);
    return 0;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  try {
    if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(first)}`);
    return command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const target = COMMANDS.find((c) => c.name === error.command);
      const short = target === undefined ? usage() : (target.help.split("\n\n")[0] ?? "");
      io.stderr(
        `lead-cadence${target === undefined ? "" : ` ${target.name}`}: ${printable(error.message)}\n\n${short}\n${target === undefined ? "" : `\nRun \`lead-cadence ${target.name} --help\` for details.\n`}`,
      );
      return 2;
    }
    if (error instanceof CliFailure) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`lead-cadence: unexpected error: ${message}\n${debug && error instanceof Error ? `${error.stack ?? ""}\n` : ""}`);
    return 1;
  }
}
