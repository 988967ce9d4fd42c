import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { resolve } from "node:path";
import { MAX_NESTING_DEPTH } from "../primitives/index.js";
import { CliFailure, UsageError } from "./cliErrors.js";
import { positionAt, type TextPosition } from "./textPosition.js";

/**
 * The largest plan or lead file read unless `--max-input-size` says otherwise: 256 KiB, ten times
 * the largest real plan, and small enough that even YAML (the slow format) parses well within a second.
 */
export const DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024;
/** The largest `--population` file (one lead per line) read unless `--max-input-size` says otherwise: 64 MiB. */
export const DEFAULT_MAX_POPULATION_BYTES = 64 * 1024 * 1024;

/** What a command may read: `undefined` keeps each kind of file's default. */
export interface InputLimits {
  readonly maxBytes: number | undefined;
}

const UNITS: Readonly<Record<string, number>> = {
  "": 1,
  B: 1,
  K: 1024,
  KB: 1024,
  KIB: 1024,
  M: 1024 ** 2,
  MB: 1024 ** 2,
  MIB: 1024 ** 2,
  G: 1024 ** 3,
  GB: 1024 ** 3,
  GIB: 1024 ** 3,
};

/** `--max-input-size`: bytes, or a number with K, KB, M, MB, G, GB (binary units), under 512MB. @throws {UsageError} otherwise. */
export function parseByteSize(text: string, command: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m === null ? undefined : UNITS[(m[2] as string).toUpperCase()];
  const bytes = m === null || unit === undefined ? NaN : Math.floor(Number(m[1]) * unit);
  if (!(bytes >= 1 && bytes <= MAX_INPUT_BYTES))
    throw new UsageError(
      `--max-input-size must be a size such as 5MB or 262144 (bytes, under 512MB: the longest text Node holds), got ${JSON.stringify(text)}`,
      command,
    );
  return bytes;
}

/** The longest string V8 makes (2^29 − 24 characters): a UTF-8 file of more bytes may not decode into one. */
const MAX_INPUT_BYTES = 2 ** 29 - 24;

/** The file name that reads standard input instead of a file, in every command. */
export const STDIN = "-";

/**
 * The file's bytes ({@link STDIN}: standard input's), reading at most `maxBytes + 1` of them, so a
 * device or a huge file costs no more than the limit.
 * @throws {CliFailure} (exit 2) when it is larger; (exit 1) when it cannot be read.
 */
export function readBytesLimited(file: string, cwd: string, maxBytes: number): Buffer {
  const stdin = file === STDIN;
  let fd: number;
  try {
    fd = stdin ? 0 : openSync(resolve(cwd, file), "r");
  } catch (error) {
    throw unreadable(file, error);
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new CliFailure(`${file}: cannot read the file: it is a directory`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
      let n: number;
      try {
        n = readWaiting(fd, chunk);
      } catch (error) {
        throw unreadable(file, error);
      }
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) {
        throw new CliFailure(
          `${file}: the file is larger than ${formatBytes(maxBytes)}, the input limit; raise it with --max-input-size (e.g. --max-input-size ${formatBytes(maxBytes * 4)})`,
          2,
        );
      }
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (!stdin) closeSync(fd);
  }
}

/**
 * `readSync` into `chunk`, waiting while a non-blocking descriptor (a standard input pipe a parent
 * process left `O_NONBLOCK`) has no data yet: `EAGAIN` means not yet, only 0 bytes means the end.
 */
function readWaiting(fd: number, chunk: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/** The bytes as text. @throws {CliFailure} (exit 2) naming the byte offset, line and column of the first invalid UTF-8 sequence. */
export function decodeUtf8(file: string, bytes: Buffer): string {
  if (isUtf8(bytes)) {
    const text = bytes.toString("utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  const offset = invalidUtf8Offset(bytes);
  const before = bytes.subarray(0, offset).toString("utf8");
  const at = positionAt(before, before.length);
  throw new CliFailure(
    `${file}:${at.line}:${at.column}: not valid UTF-8: byte offset ${offset} (0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")}); save the file as UTF-8`,
    2,
  );
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Refuses JSON text whose brackets (`[` `{` outside strings) nest deeper than {@link MAX_NESTING_DEPTH}, before
 * `JSON.parse` recurses into it. Linear. `firstLine` is the line of the file `text` starts on. (YAML is parsed first:
 * its parser reports its own overflow, `readDocument.ts`, and a bracket in a YAML scalar is text.)
 * @throws {CliFailure} (exit 2) at the line and column where the limit is passed.
 */
export function checkBracketNesting(file: string, text: string, firstLine = 1): void {
  let depth = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 /* \ */ ? 2 : 1;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING_DEPTH) {
        const at = positionAt(text, i);
        throw nestedTooDeep(file, { line: at.line + firstLine - 1, column: at.column });
      }
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
    i++;
  }
}

/** The refusal of nesting deeper than {@link MAX_NESTING_DEPTH} at `at` (exit 2): counted in JSON, or where YAML's parser overflowed. */
export function nestedTooDeep(file: string, at: TextPosition): CliFailure {
  return new CliFailure(
    `${file}:${at.line}:${at.column}: nested deeper than ${MAX_NESTING_DEPTH} levels of objects and arrays; a plan or lead never needs that many`,
    2,
  );
}

function unreadable(file: string, error: unknown): CliFailure {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String((error as Error).message);
  return new CliFailure(`${file}: cannot read the file: ${why}`);
}

function formatBytes(bytes: number): string {
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2}MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024}KB`;
  return `${bytes} bytes`;
}
