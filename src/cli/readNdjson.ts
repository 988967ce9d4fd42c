import { CliFailure } from "./cliErrors.js";
import { jsonSyntaxError } from "./jsonSyntaxError.js";
import { readText } from "./readDocument.js";
import { positionAt } from "./textPosition.js";

/** One value of a newline-delimited JSON file and where it came from (`file:line`). */
export interface NdjsonRow {
  readonly data: unknown;
  readonly where: string;
}

/**
 * The values of a newline-delimited JSON file (blank lines skipped).
 * @throws {CliFailure} naming the file, line and column of the first invalid line.
 */
export function readNdjson(file: string, cwd: string): NdjsonRow[] {
  const lines = readText(file, cwd).split("\n");
  const rows: NdjsonRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    try {
      rows.push({ data: JSON.parse(line) as unknown, where: `${file}:${i + 1}` });
    } catch {
      const { offset, message } = jsonSyntaxError(line);
      throw new CliFailure(`${file}:${i + 1}:${positionAt(line, offset).column}: invalid JSON: ${message}`);
    }
  }
  return rows;
}
