import { extname } from "node:path";
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";
import { formatPath } from "../errors/index.js";
import { nestingIssue, printable } from "../primitives/index.js";
import { CliFailure } from "./cliErrors.js";
import { checkBracketNesting, decodeUtf8, DEFAULT_MAX_DOCUMENT_BYTES, nestedTooDeep, readBytesLimited, STDIN } from "./inputLimits.js";
import { jsonPathOffset } from "./jsonPathOffset.js";
import { jsonSyntaxError } from "./jsonSyntaxError.js";
import { positionAt, type TextPosition } from "./textPosition.js";

/** A parsed JSON or YAML file that can say where a value came from. */
export interface LoadedDocument {
  /** The file name as the user gave it, for messages. */
  readonly file: string;
  readonly format: "json" | "yaml";
  readonly data: unknown;
  /** Line and column of the value at `path` (or of its nearest existing ancestor). */
  locate(path: readonly (string | number)[]): TextPosition | undefined;
}

/**
 * Reads and parses a JSON or YAML file (by extension: `.yaml`/`.yml` are YAML, `.json` is JSON,
 * anything else is JSON when it starts with `{` or `[`, else YAML). Refuses, before parsing, a
 * file over `maxBytes`, invalid UTF-8, and nesting deeper than `MAX_NESTING_DEPTH`.
 * @throws {CliFailure} naming the file and, for syntax errors, the parser's line and column.
 */
export function readDocument(file: string, cwd: string, maxBytes: number = DEFAULT_MAX_DOCUMENT_BYTES): LoadedDocument {
  const text = readText(file, cwd, maxBytes);
  const ext = extname(file).toLowerCase();
  const json = ext === ".json" || (ext !== ".yaml" && ext !== ".yml" && /^\s*[[{]/.test(text));
  // JSON is counted before parsing (its parser recurses); YAML's parser catches its own overflow (below), and a bracket
  // in a YAML block or plain scalar is text, which no count before parsing can tell.
  if (json) checkBracketNesting(file, text);
  const doc = json ? parseJson(file, text) : parseYaml(file, text);
  const tooDeep = nestingIssue(doc.data);
  if (tooDeep !== undefined) {
    const at = doc.locate(tooDeep.path);
    throw new CliFailure(`${file}${at === undefined ? "" : `:${at.line}:${at.column}`}: ${printable(`${formatPath(tooDeep.path)}: ${tooDeep.message}`)}`, 2);
  }
  return doc;
}

/**
 * The file's text, at most `maxBytes` of valid UTF-8 (a leading byte-order mark is dropped).
 * @throws {CliFailure} naming the file and why it cannot be read (exit 2 for the limits).
 */
export function readText(file: string, cwd: string, maxBytes: number = DEFAULT_MAX_DOCUMENT_BYTES): string {
  return decodeUtf8(file, readBytesLimited(file, cwd, maxBytes));
}

function parseJson(file: string, text: string): LoadedDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { offset, message } = jsonSyntaxError(text);
    const at = positionAt(text, offset);
    throw new CliFailure(`${file}:${at.line}:${at.column}: invalid JSON: ${printable(message)}\n${excerpt(text, at)}`);
  }
  return { file, format: "json", data, locate: (path) => positionAt(text, jsonPathOffset(text, path)) };
}

/**
 * Where a parsed YAML document fails to become data, when it is one node: the first alias naming no anchor set before
 * it, or the first merge key (`<<`) whose value is not a map (nor aliases of maps). `undefined` otherwise (too many
 * aliases: the whole document).
 */
function unresolvableNode(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, alias) {
      if (alias.resolve(doc) !== undefined) return undefined;
      offset = alias.range?.[0];
      return visit.BREAK;
    },
    Pair(_key, pair) {
      // Read with `merge: true`, a merge key (`<<` unquoted) is a scalar whose value is a symbol.
      if (!isScalar(pair.key) || typeof pair.key.value !== "symbol") return undefined;
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      if (sources.every((source) => isMap(isAlias(source) ? source.resolve(doc) : source))) return undefined;
      offset = pair.key.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function parseYaml(file: string, text: string): LoadedDocument {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
  } catch (cause) {
    if (cause instanceof RangeError) throw nestedTooDeep(file, { line: 1, column: 1 });
    throw cause;
  }
  const error = doc.errors[0];
  if (error !== undefined) {
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    const at = { line: pos.line, column: pos.col };
    // The parser's own stack overflow, caught and reported where it gave up: nesting no plan or lead needs.
    if (/Maximum call stack/.test(error.message)) throw nestedTooDeep(file, at);
    const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more)` : "";
    throw new CliFailure(`${file}:${at.line}:${at.column}: invalid YAML: ${printable(error.message)}${more}\n${excerpt(text, at)}`);
  }
  // Nothing but blank lines and comments: YAML reads it as null, which a check would call "got null".
  if (doc.contents === null)
    throw new CliFailure(`${file}: expected a JSON or YAML document, got ${file === STDIN ? "empty standard input" : "an empty file"}`);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  } catch (cause) {
    if (cause instanceof RangeError && /Maximum call stack/.test(cause.message)) throw nestedTooDeep(file, { line: 1, column: 1 });
    const message = printable(cause instanceof Error ? cause.message : String(cause));
    const offset = unresolvableNode(doc);
    if (offset === undefined) throw new CliFailure(`${file}: invalid YAML: ${message}`);
    const pos = lineCounter.linePos(offset);
    const at = { line: pos.line, column: pos.col };
    throw new CliFailure(`${file}:${at.line}:${at.column}: invalid YAML: ${message}\n${excerpt(text, at)}`);
  }
  return {
    file,
    format: "yaml",
    data,
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node !== undefined && node !== null && typeof node === "object" && Array.isArray(node.range)) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return undefined;
    },
  };
}

/** The offending line, as {@link printable} writes it, with a caret under the column: under the first character of an escape. */
function excerpt(text: string, at: TextPosition): string {
  const lines = text.split("\n");
  const line = (lines[at.line - 1] ?? "").replace(/\r$/, "");
  const start = line.length > 120 ? Math.max(0, at.column - 60) : 0;
  const shown = line.length > 120 ? line.slice(start, at.column + 60) : line;
  const caret = printable(line.slice(start, Math.max(start, at.column - 1))).length;
  return `  ${String(at.line).padStart(4)} | ${printable(shown)}\n         ${" ".repeat(caret)}^`;
}
