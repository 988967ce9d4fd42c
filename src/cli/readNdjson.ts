import { printable } from "../primitives/index.js";
import { CliFailure } from "./cliErrors.js";
import { checkBracketNesting, DEFAULT_MAX_POPULATION_BYTES } from "./inputLimits.js";
import { jsonSyntaxError } from "./jsonSyntaxError.js";
import { readText } from "./readDocument.js";
import { positionAt } from "./textPosition.js";

/** One value of a newline-delimited JSON file and where it came from (`file:line`). */
export interface NdjsonRow {
  readonly data: unknown;
  readonly where: string;
}

/**
 * The values of a newline-delimited JSON file (blank lines skipped), read within `maxBytes` and
 * refusing lines nested deeper than the limit. With `skip`, an invalid line is passed to it (its
 * message names the file, line and column) and left out; without, it stops the read.
 * @throws {CliFailure} naming the file, line and column of the first invalid line (without `skip`).
 */
export function readNdjson(file: string, cwd: string, maxBytes: number = DEFAULT_MAX_POPULATION_BYTES, skip?: (message: string) => void): NdjsonRow[] {
  const lines = readText(file, cwd, maxBytes).split("\n");
  const rows: NdjsonRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const line = raw.trim();
    if (line === "") continue;
    // Columns are the file's: the indentation (or a byte-order mark of a concatenated file) counts.
    const indent = raw.length - raw.trimStart().length;
    try {
      checkBracketNesting(file, raw, i + 1);
      rows.push({ data: JSON.parse(line) as unknown, where: `${file}:${i + 1}` });
    } catch (error) {
      let failure = error;
      if (!(error instanceof CliFailure)) {
        const { offset, message } = jsonSyntaxError(line);
        failure = new CliFailure(`${file}:${i + 1}:${indent + positionAt(line, offset).column}: invalid JSON: ${printable(message)}`);
      }
      if (skip === undefined || !(failure instanceof CliFailure)) throw failure;
      skip(failure.message);
    }
  }
  return rows;
}
