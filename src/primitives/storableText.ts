import { describeValue, type ValidationIssue } from "../errors/index.js";
import { MAX_NESTING_DEPTH } from "./nesting.js";

/**
 * A NUL or an unpaired surrogate (with the `u` flag a well-formed pair is one code point and does not
 * match): a PostgreSQL `jsonb` column refuses both, so a record holding one cannot be written there,
 * while the other stores keep it. Text every store can hold has neither.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what it looks for
const UNSTORABLE = /[\u0000\ud800-\udfff]/u;

/** Every match of {@link UNSTORABLE}, for replacing them (a literal, which bundlers drop when unused, as they cannot a `new RegExp`). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what it looks for
const UNSTORABLE_ALL = /[\u0000\ud800-\udfff]/gu;

/** True when `text` holds a NUL or an unpaired surrogate, which a `jsonb` column refuses. */
export function hasUnstorableText(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** `text` as every store can keep it: NULs and unpaired surrogates replaced by U+FFFD. For text a host cannot be asked to correct (an adapter's answer). */
export function storableText(text: string): string {
  return UNSTORABLE.test(text) ? text.replace(UNSTORABLE_ALL, "\ufffd") : text;
}

interface Visit {
  readonly value: unknown;
  readonly depth: number;
  readonly path: readonly (string | number)[];
}

/**
 * The issue for the first string (a value, `invalid_value`, or an object key, `invalid_key`) in
 * `root` that holds a NUL or an unpaired surrogate, in document order, or `undefined`. For data a
 * host gives that a store will keep: refusing it names the path, where storing it would fail on one
 * store only. Iterative; objects nested deeper than {@link MAX_NESTING_DEPTH} (which `nestingIssue`
 * refuses first) are not entered, so a cycle ends.
 */
export function unstorableTextIssue(root: unknown): ValidationIssue | undefined {
  const stack: Visit[] = [{ value: root, depth: 1, path: [] }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as Visit;
    if (typeof value === "string") {
      if (UNSTORABLE.test(value)) return issue("invalid_value", path, value);
      continue;
    }
    if (typeof value !== "object" || value === null || depth > MAX_NESTING_DEPTH) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1, path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    for (const key of keys) if (UNSTORABLE.test(key)) return issue("invalid_key", [...path, key], key);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: [...path, key] });
    }
  }
  return undefined;
}

function issue(code: "invalid_value" | "invalid_key", path: readonly (string | number)[], text: string): ValidationIssue {
  const at = text.search(UNSTORABLE);
  const unit = text.charCodeAt(at);
  const found = unit === 0 ? "a NUL (U+0000)" : `an unpaired surrogate (U+${unit.toString(16).toUpperCase()})`;
  const what = code === "invalid_key" ? "a key" : "text";
  return {
    code,
    path,
    message: `Expected ${what} without NUL or unpaired surrogates (a PostgreSQL jsonb column refuses both), got ${found} at index ${at} of ${describeValue(text)}`,
    expected: `${what} without NUL or unpaired surrogates`,
    received: `${found} at index ${at}`,
  };
}
