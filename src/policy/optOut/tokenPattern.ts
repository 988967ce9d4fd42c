/**
 * Opt-out phrases are token patterns, not regular expressions: a pattern is a short sequence of
 * elements matched word by word, so matching costs at most (elements × alternatives × gap) word
 * comparisons per starting word — linear in the message whatever the pattern. Syntax (normalised
 * words separated by spaces):
 *
 * - `stop` — the word itself; `kontakt~` — any word starting with `kontakt`;
 * - `(texting|text messages|calling)` — one of the alternatives (each one or more words, no nesting);
 * - a `?` after a word or group makes it optional (`(me|us)?`);
 * - `_2` — up to two arbitrary words (at most {@link MAX_GAP});
 * - `^` first / `$` last: the match must start at the clause's first word / end at its last.
 */
export interface TokenPattern {
  readonly source: string;
  readonly elements: readonly PatternElement[];
  readonly anchoredStart: boolean;
  readonly anchoredEnd: boolean;
}

/** One element: alternatives of literal word sequences, or a bounded gap. */
export interface PatternElement {
  readonly alternatives: readonly (readonly PatternWord[])[];
  readonly optional: boolean;
  /** Up to this many arbitrary words (then `alternatives` is empty). */
  readonly gap: number;
}

interface PatternWord {
  readonly text: string;
  readonly prefix: boolean;
}

/** The largest gap a pattern may skip: keeps every match attempt bounded. */
export const MAX_GAP = 3;
/** The most elements a pattern may have. */
export const MAX_ELEMENTS = 12;

/** Counts word comparisons, so tests can show the work grows linearly with the text. */
export interface StepCounter {
  steps: number;
}

/**
 * Compiles a pattern.
 * @throws {Error} for a malformed pattern (the rule tables are checked by the test suite).
 */
export function compileTokenPattern(source: string): TokenPattern {
  let rest = source.trim();
  const anchoredStart = rest.startsWith("^");
  if (anchoredStart) rest = rest.slice(1).trim();
  const anchoredEnd = rest.endsWith("$");
  if (anchoredEnd) rest = rest.slice(0, -1).trim();
  const elements: PatternElement[] = [];
  let i = 0;
  while (i < rest.length) {
    if (rest[i] === " ") {
      i++;
      continue;
    }
    let body: string;
    if (rest[i] === "(") {
      const close = rest.indexOf(")", i);
      if (close < 0 || rest.slice(i + 1, close).includes("(")) throw new Error(`Unbalanced group in opt-out pattern ${JSON.stringify(source)}`);
      body = rest.slice(i, close + 1);
      i = close + 1;
    } else {
      const space = rest.indexOf(" ", i);
      const end = space < 0 ? rest.length : space;
      body = rest.slice(i, end);
      i = end;
    }
    let optional = false;
    if (rest[i] === "?") {
      optional = true;
      i++;
    } else if (body.endsWith("?")) {
      optional = true;
      body = body.slice(0, -1);
    }
    elements.push(element(body, source, optional));
  }
  if (elements.length === 0 || elements.length > MAX_ELEMENTS) throw new Error(`Opt-out pattern ${JSON.stringify(source)} needs 1–${MAX_ELEMENTS} elements`);
  if (elements.every((e) => e.optional || e.gap > 0)) throw new Error(`Opt-out pattern ${JSON.stringify(source)} can match nothing`);
  return { source, elements, anchoredStart, anchoredEnd };
}

function element(body: string, source: string, optional: boolean): PatternElement {
  const gap = /^_(\d)$/.exec(body);
  if (gap !== null) {
    const n = Number(gap[1]);
    if (n < 1 || n > MAX_GAP) throw new Error(`Gap ${body} in opt-out pattern ${JSON.stringify(source)} exceeds ${MAX_GAP}`);
    return { alternatives: [], optional: false, gap: n };
  }
  const inner = body.startsWith("(") ? body.slice(1, -1) : body;
  const alternatives = inner.split("|").map((alt) =>
    alt
      .trim()
      .split(" ")
      .filter((w) => w !== "")
      .map((w) => {
        if (!/^[\p{Ll}\p{N}]+~?$/u.test(w)) throw new Error(`Word ${JSON.stringify(w)} in opt-out pattern ${JSON.stringify(source)} is not normalised`);
        return w.endsWith("~") ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false };
      }),
  );
  if (alternatives.some((a) => a.length === 0)) throw new Error(`Empty alternative in opt-out pattern ${JSON.stringify(source)}`);
  return { alternatives, optional, gap: 0 };
}

/** A match: words `[start, end)` of the clause. */
export interface TokenMatch {
  readonly start: number;
  readonly end: number;
}

/**
 * Every non-overlapping match of `pattern` in `words`, leftmost first (each the first way the
 * pattern matches at its start: words and groups greedy, alternatives in order).
 */
export function findTokenMatches(pattern: TokenPattern, words: readonly string[], counter?: StepCounter): TokenMatch[] {
  // Used by tests and tools; detection tries only the patterns a word can start (see `firstWords`).
  const out: TokenMatch[] = [];
  const last = pattern.anchoredStart ? Math.min(0, words.length - 1) : words.length - 1;
  for (let start = 0; start <= last; start++) {
    const end = matchFrom(pattern, 0, words, start, counter);
    if (end >= 0) {
      out.push({ start, end });
      start = Math.max(start, end - 1);
    }
  }
  return out;
}

/** The end of a match of `pattern` starting at word `start`, or -1. */
export function matchAt(pattern: TokenPattern, words: readonly string[], start: number, counter?: StepCounter): number {
  if (pattern.anchoredStart && start !== 0) return -1;
  return matchFrom(pattern, 0, words, start, counter);
}

/**
 * The words a match of `pattern` can start with, or `undefined` when that cannot be listed (the
 * pattern may open with a gap or a word prefix). Lets detection try only the patterns a word starts.
 */
export function firstWords(pattern: TokenPattern): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  for (const el of pattern.elements) {
    if (el.gap > 0) return undefined;
    for (const alt of el.alternatives) {
      const first = alt[0] as PatternWord;
      if (first.prefix) return undefined;
      out.add(first.text);
    }
    if (!el.optional) return out;
  }
  return undefined;
}

/** End index of a match of elements[k..] at word `at`, or -1. Bounded: no element repeats. */
function matchFrom(pattern: TokenPattern, k: number, words: readonly string[], at: number, counter: StepCounter | undefined): number {
  const elements = pattern.elements;
  if (k === elements.length) return !pattern.anchoredEnd || at === words.length ? at : -1;
  const el = elements[k] as PatternElement;
  if (el.gap > 0) {
    for (let skip = 0; skip <= el.gap && at + skip <= words.length; skip++) {
      if (counter !== undefined) counter.steps++;
      const end = matchFrom(pattern, k + 1, words, at + skip, counter);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const alt of el.alternatives) {
    if (counter !== undefined) counter.steps++;
    if (matchesAt(alt, words, at)) {
      const end = matchFrom(pattern, k + 1, words, at + alt.length, counter);
      if (end >= 0) return end;
    }
  }
  return el.optional ? matchFrom(pattern, k + 1, words, at, counter) : -1;
}

function matchesAt(alt: readonly PatternWord[], words: readonly string[], at: number): boolean {
  if (at + alt.length > words.length) return false;
  for (let j = 0; j < alt.length; j++) {
    const w = alt[j] as PatternWord;
    const word = words[at + j] as string;
    if (w.prefix ? !word.startsWith(w.text) : word !== w.text) return false;
  }
  return true;
}

/**
 * An upper bound on the steps one match attempt of `pattern` counts, whatever the text. The attempt
 * reaches element k along at most Π(branching of the elements before) paths, each trying every
 * alternative of k; an element branches into the alternatives that can match the same words at
 * once (one unless one alternative is a prefix of another), plus one when it is optional, or into
 * gap + 1 skips. The rule tables keep it small, so a clause of n words costs at most n × this bound.
 */
export function attemptBound(pattern: TokenPattern): number {
  let paths = 1;
  let steps = 0;
  for (const el of pattern.elements) {
    if (el.gap > 0) {
      steps += paths * (el.gap + 1);
      paths *= el.gap + 1;
    } else {
      steps += paths * el.alternatives.length;
      paths *= simultaneous(el.alternatives) + (el.optional ? 1 : 0);
    }
  }
  return steps + paths;
}

/** The most alternatives that can match at one position: each such set lies within one alternative's compatible set. */
function simultaneous(alternatives: readonly (readonly PatternWord[])[]): number {
  let most = 0;
  for (const a of alternatives) {
    let count = 0;
    for (const b of alternatives) if (compatible(a, b)) count++;
    most = Math.max(most, count);
  }
  return most;
}

/** True when some words could match both alternatives (one is a word-wise prefix of the other). */
function compatible(a: readonly PatternWord[], b: readonly PatternWord[]): boolean {
  for (let j = 0; j < Math.min(a.length, b.length); j++) {
    const x = a[j] as PatternWord;
    const y = b[j] as PatternWord;
    const ok =
      x.prefix && y.prefix
        ? x.text.startsWith(y.text) || y.text.startsWith(x.text)
        : x.prefix
          ? y.text.startsWith(x.text)
          : y.prefix
            ? x.text.startsWith(y.text)
            : x.text === y.text;
    if (!ok) return false;
  }
  return true;
}
