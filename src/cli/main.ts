#!/usr/bin/env node
/**
 * The `lead-cadence` command. Exit codes: 0 success, 1 invalid or unreadable input, 2 wrong arguments.
 */
import { readFileSync } from "node:fs";
import { colorEnabled } from "./colorSupport.js";
import { runCli } from "./run.js";

function packageVersion(): string {
  for (const rel of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "lead-cadence" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // try the next location
    }
  }
  return "unknown";
}

/**
 * A reader that closed the pipe (`| head -1`) wants no more output: EPIPE ends the writing quietly, as
 * it ends a Unix filter's, and the exit code stays the run's. Any other write error still surfaces.
 */
function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== "EPIPE") throw error;
}
process.stdout.on("error", ignoreClosedPipe);
process.stderr.on("error", ignoreClosedPipe);

const code = runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: colorEnabled(process.env, process.stdout.isTTY === true),
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    // A write to a pipe whose reader has gone marks the stream errored at once; the 'error' event comes after the run.
    stdoutClosed: () => process.stdout.errored !== null,
    cwd: process.cwd(),
  },
  packageVersion(),
  process.env["LEAD_CADENCE_DEBUG"] !== undefined,
);
process.exitCode = code;
