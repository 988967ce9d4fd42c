import { CUE_REACH, type OptOutCues } from "./rules/optOutRules.js";
import { compileTokenPattern, matchAt, type StepCounter, type TokenPattern } from "./tokenPattern.js";
import { endsAt, occursIn, startsAt } from "./wordSequences.js";

/** The kinds of cue: a stop binds to contact words, a removal to contact words or to what it removes. */
export type CueKind = "stop" | "removal" | "negation" | "whole" | "contact" | "removable";

interface CuePattern {
  readonly kind: CueKind;
  readonly pattern: TokenPattern;
}

/** A language's cues ready for matching, indexed by the word (or the stem) a match starts with. */
export interface CompiledCues {
  readonly patterns: readonly CuePattern[];
  /** Stop, removal, negation and whole cues: looked up at every word. */
  readonly triggers: CueIndex;
  /** Contact words and removables: looked up only near a trigger. */
  readonly targets: CueIndex;
  readonly past: readonly (readonly string[])[];
  readonly pastEndings: readonly string[];
  /** The table's passive auxiliaries (`context.passives`): before a past form, a passive ("to be contacted"). */
  readonly passives: readonly (readonly string[])[];
  /**
   * The table's coordinators (`context.coordinators`): a stop does not reach a contact word after
   * one ("stop messing around and call me" asks for a call).
   */
  readonly coordinators: readonly (readonly string[])[];
  /**
   * The coordinators that are no connective of consequence (`context.consequences`): a stop does not
   * reach back past one to a contact word ("call me and stop messing around"), while "then", "dann",
   * "dan" before it open the consequence of a condition in the same request ("als …, bel me dan maar niet meer").
   */
  readonly conjunctions: readonly (readonly string[])[];
}

/** Patterns by the word they open with, and by the stem (in a trie of character codes: a word's prefixes are walked without building strings). */
export interface CueIndex {
  readonly exact: Map<string, CuePattern[]>;
  readonly stems: StemNode;
}

/** A trie node: the patterns whose opening stem ends here, and the next characters. */
export interface StemNode {
  readonly next: Map<number, StemNode>;
  readonly cues: CuePattern[];
}

/** The most words a contact word or removable may span: bounds how far before a cue one may start. */
const LONGEST_TARGET = 6;

const KINDS: readonly (readonly [Exclude<keyof OptOutCues, "past" | "pastEndings">, CueKind])[] = [
  ["stops", "stop"],
  ["removals", "removal"],
  ["negations", "negation"],
  ["wholes", "whole"],
  ["contacts", "contact"],
  ["removables", "removable"],
];

/** The lists of a table's `context` its cues are read with, each entry split into words. */
export interface CueContext {
  readonly passives?: readonly (readonly string[])[];
  readonly coordinators?: readonly (readonly string[])[];
  readonly consequences?: readonly (readonly string[])[];
}

/**
 * Compiles a table's cues, with its passive auxiliaries, coordinators and connectives of consequence (`context`).
 * @throws {Error} for a malformed cue pattern or one that opens with a gap or an optional element
 * (the shipped tables are checked by the test suite).
 */
export function compileCues(cues: OptOutCues, context: CueContext = {}): CompiledCues {
  const { passives = [], coordinators = [], consequences = [] } = context;
  const patterns: CuePattern[] = [];
  const triggers: CueIndex = { exact: new Map(), stems: { next: new Map(), cues: [] } };
  const targets: CueIndex = { exact: new Map(), stems: { next: new Map(), cues: [] } };
  for (const [list, kind] of KINDS) {
    for (const source of cues[list] ?? []) {
      const pattern = compileTokenPattern(source);
      const first = pattern.elements[0];
      if (first === undefined || first.gap > 0 || first.optional) throw new Error(`Opt-out cue ${JSON.stringify(source)} must open with a word`);
      const cue = { kind, pattern };
      const isTarget = kind === "contact" || kind === "removable";
      if (isTarget && longestSpan(pattern) > LONGEST_TARGET) throw new Error(`Opt-out cue ${JSON.stringify(source)} spans more than ${LONGEST_TARGET} words`);
      const { exact, stems } = isTarget ? targets : triggers;
      patterns.push(cue);
      const opening = new Set<string>();
      for (const alt of first.alternatives) {
        const word = alt[0] as { readonly text: string; readonly prefix: boolean };
        const key = `${word.prefix ? "~" : "="}${word.text}`;
        if (opening.has(key)) continue;
        opening.add(key);
        if (word.prefix) stemNode(stems, word.text).cues.push(cue);
        else exact.set(word.text, [...(exact.get(word.text) ?? []), cue]);
      }
    }
  }
  return {
    patterns,
    triggers,
    targets,
    past: cues.past.map((p) => p.split(" ")),
    pastEndings: cues.pastEndings ?? [],
    passives,
    coordinators,
    conjunctions: coordinators.filter((c) => !consequences.some((q) => q.length === c.length && q.every((w, j) => c[j] === w))),
  };
}

/** The most words a match of `pattern` can span. */
function longestSpan(pattern: TokenPattern): number {
  let span = 0;
  for (const el of pattern.elements) span += el.gap > 0 ? el.gap : Math.max(...el.alternatives.map((a) => a.length));
  return span;
}

function stemNode(root: StemNode, stem: string): StemNode {
  let node = root;
  for (let i = 0; i < stem.length; i++) {
    const code = stem.charCodeAt(i);
    let child = node.next.get(code);
    if (child === undefined) node.next.set(code, (child = { next: new Map(), cues: [] }));
    node = child;
  }
  return node;
}

/** A cue found in a clause: words `[start, end)`. */
export interface CueSpan {
  readonly kind: CueKind;
  readonly start: number;
  readonly end: number;
}

/** A stop or removal cue bound to a contact word or a removable: the span judged like a phrase match. */
export interface BoundCue {
  readonly cue: CueSpan;
  readonly target: CueSpan;
  readonly start: number;
  readonly end: number;
}

/** The bound cues of a clause, and which of its words some stop, removal, negation or whole cue covers. */
export interface BoundCues {
  readonly bound: readonly BoundCue[];
  readonly cued: readonly boolean[];
  /**
   * Some cue is bound to contact: a removal or negation cue, or a stop cue with a contact word or a
   * removable ("me", "my number") within reach and no coordinator between them. "I will stop
   * smoking" holds a stop cue bound to nothing, and so do "hör auf rumzualbern und ruf mich an" and
   * "call me and stop messing around".
   */
  readonly anchored: boolean;
  /**
   * The words `[from, to)` the clause's cues reach, together: a stop's or removal's end at a
   * coordinator after it or a conjunction before it, within its reach ("baja y llámame" binds
   * nothing); any other cue's at the clause's ends; `[0, 0]` without cues.
   */
  readonly reach: readonly [from: number, to: number];
}

/**
 * Every stop or removal cue of the clause bound to the nearest contact word (or, for a removal, the
 * nearest removable) with at most {@link CUE_REACH} words between them, in either order, or
 * overlapping ("ne m'envoyez plus": the verb inside the cue). Each word is looked up once per
 * table (its exact form, and its prefixes walked in the stem trie, at most the word's length) and
 * each binding reads a constant window, so the work is linear in the clause.
 */
export function boundCues(cues: CompiledCues, words: readonly string[], counter: StepCounter | undefined): BoundCues {
  const triggers: CueSpan[] = [];
  for (let start = 0; start < words.length; start++) {
    let triggerEnd = -1;
    let triggerKind: CueKind = "stop";
    for (const cue of candidates(cues.triggers, words[start] as string)) {
      const end = matchAt(cue.pattern, words, start, counter);
      if (end > triggerEnd || (end > start && end === triggerEnd && cue.kind === "whole")) {
        triggerEnd = end;
        triggerKind = cue.kind;
      }
    }
    if (triggerEnd > start) triggers.push({ kind: triggerKind, start, end: triggerEnd });
  }
  if (triggers.length === 0) return NO_CUES;
  // The longest contact word and the longest removable starting at each word, read only in the
  // windows around triggers, each word at most once.
  const ends = new TargetEnds(cues, words, counter);
  const out: BoundCue[] = [];
  const cued: boolean[] = [];
  let anchored = false;
  let reachFrom = words.length;
  let reachTo = 0;
  for (const cue of triggers) {
    for (let i = cue.start; i < cue.end; i++) cued[i] = true;
    const reach: Reach =
      cue.kind === "stop" || cue.kind === "removal"
        ? [
            coordinatorBefore(cues, words, ends, cue.start),
            // A removal's object may follow a connective of consequence ("verwijder dan mijn gegevens").
            coordinatorAfter(cue.kind === "stop" ? cues.coordinators : cues.conjunctions, words, ends, cue.end),
          ]
        : [0, words.length];
    reachFrom = Math.min(reachFrom, reach[0]);
    reachTo = Math.max(reachTo, reach[1]);
    if (cue.kind === "whole") {
      out.push({ cue, target: cue, start: cue.start, end: cue.end });
      continue;
    }
    const target = cue.kind === "negation" ? followingContact(cue, words.length, ends) : nearestTarget(cue, ends, cue.kind === "removal", reach);
    if (target !== undefined) out.push({ cue, target, start: Math.min(cue.start, target.start), end: Math.max(cue.end, target.end) });
    anchored ||= target !== undefined || cue.kind !== "stop" || nearestTarget(cue, ends, true, reach) !== undefined;
  }
  return { bound: out, cued, anchored, reach: [reachFrom, reachTo] };
}

const NO_CUES: BoundCues = { bound: [], cued: [], anchored: false, reach: [0, 0] };

/** Words `[from, to)` of a clause. */
type Reach = readonly [from: number, to: number];

/** Where the contact words and removables starting at each word end (-1: none), computed on first use. */
class TargetEnds {
  readonly #contact: number[] = [];
  readonly #removable: number[] = [];
  readonly #cues: CompiledCues;
  readonly #words: readonly string[];
  readonly #counter: StepCounter | undefined;

  constructor(cues: CompiledCues, words: readonly string[], counter: StepCounter | undefined) {
    this.#cues = cues;
    this.#words = words;
    this.#counter = counter;
  }

  /** The end of the longest word sequence of `kind` starting at word `i`, or -1. */
  at(i: number, kind: "contact" | "removable"): number {
    if (this.#contact[i] === undefined) {
      let contact = -1;
      let removable = -1;
      for (const cue of candidates(this.#cues.targets, this.#words[i] as string)) {
        const end = matchAt(cue.pattern, this.#words, i, this.#counter);
        if (end <= i) continue;
        if (cue.kind === "contact") contact = Math.max(contact, end);
        else removable = Math.max(removable, end);
      }
      this.#contact[i] = contact;
      this.#removable[i] = removable;
    }
    return (kind === "contact" ? this.#contact[i] : this.#removable[i]) as number;
  }
}

/**
 * Where the first of `coordinators` at or after word `from` starts, within a trigger's reach (the number of
 * words when none does): no target starts further, and the scan stays bounded on any text.
 */
function coordinatorAfter(coordinators: readonly (readonly string[])[], words: readonly string[], ends: TargetEnds, from: number): number {
  const end = Math.min(words.length, from + CUE_REACH + 1);
  for (let i = from; i < end; i++) if (coordinatorLength(coordinators, words, ends, i) > 0) return i;
  return words.length;
}

/**
 * Where the words after the last conjunction ({@link CompiledCues.conjunctions}) ending by word `to`
 * start, within a trigger's reach (0 when none stands there): no target starts before, and the scan
 * stays bounded on any text.
 */
function coordinatorBefore(cues: CompiledCues, words: readonly string[], ends: TargetEnds, to: number): number {
  for (let i = to - 1; i >= Math.max(0, to - CUE_REACH); i--) {
    const length = coordinatorLength(cues.conjunctions, words, ends, i);
    if (length > 0 && i + length <= to) return i + length;
  }
  return 0;
}

/** The words of one of `coordinators` starting at word `i`, or 0; one opening a contact word is that word (Portuguese and Spanish "e" in "e mail"). */
function coordinatorLength(coordinators: readonly (readonly string[])[], words: readonly string[], ends: TargetEnds, i: number): number {
  const length = startsAt(words, i, coordinators);
  return length === 0 || ends.at(i, "contact") > i ? 0 : length;
}

/**
 * The contact word (or removable) nearest the trigger within its reach, inside `reach` (for a stop,
 * between the coordinators around it: "call me and stop messing around" binds nothing).
 */
function nearestTarget(cue: CueSpan, ends: TargetEnds, removables: boolean, reach: Reach): CueSpan | undefined {
  let best: CueSpan | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const from = Math.max(reach[0], cue.start - CUE_REACH - LONGEST_TARGET);
  const to = Math.min(reach[1] - 1, cue.end + CUE_REACH);
  for (let i = from; i <= to; i++) {
    for (const kind of removables ? BOTH : CONTACT_ONLY) {
      const end = ends.at(i, kind);
      if (end < 0) continue;
      // Words between them: none when they overlap.
      const distance = end <= cue.start ? cue.start - end : i >= cue.end ? i - cue.end : 0;
      if (distance > CUE_REACH) continue;
      // A contact word that is the trigger's own words binds nothing ("don't bother" alone).
      if (i === cue.start && end === cue.end && kind === "contact") continue;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = { kind, start: i, end };
      }
    }
  }
  return best;
}

const BOTH = ["contact", "removable"] as const;
const CONTACT_ONLY = ["contact"] as const;

/** A contact word inside a negation or right after it ("don't text me", "no me llamen"). */
function followingContact(cue: CueSpan, length: number, ends: TargetEnds): CueSpan | undefined {
  for (let i = cue.start + 1; i <= cue.end && i < length; i++) {
    const end = ends.at(i, "contact");
    if (end > i) return { kind: "contact", start: i, end };
  }
  return undefined;
}

/**
 * A contact word (a contact verb or a channel or media noun of `contacts`) starts within words
 * `[start, end)`: "dejen de escribirme" names contact, "niks meer weten" does not. Each word is
 * looked up once.
 */
export function namesContact(cues: CompiledCues, words: readonly string[], start: number, end: number, counter: StepCounter | undefined): boolean {
  for (let i = start; i < end; i++) {
    for (const cue of candidates(cues.targets, words[i] as string)) if (cue.kind === "contact" && matchAt(cue.pattern, words, i, counter) > i) return true;
  }
  return false;
}

const NOTHING: readonly CuePattern[] = [];

/** The cue patterns that may match at `word`: by the word itself and by each of its prefixes (walked in the stem trie). */
function candidates(index: CueIndex, word: string): readonly CuePattern[] {
  const own = index.exact.get(word);
  let out: CuePattern[] | undefined;
  let node: StemNode | undefined = index.stems;
  for (let i = 0; i < word.length && node !== undefined; i++) {
    node = node.next.get(word.charCodeAt(i));
    if (node !== undefined && node.cues.length > 0) (out ??= own === undefined ? [] : [...own]).push(...node.cues);
  }
  return out ?? own ?? NOTHING;
}

/** The contact word bound to a negation or a stop ends like a past form ("no me llamaron", "ya no me marcaron"). */
export function pastForm(cues: CompiledCues, words: readonly string[], bound: BoundCue): boolean {
  if ((bound.cue.kind !== "negation" && bound.cue.kind !== "stop") || bound.target.kind !== "contact" || cues.pastEndings.length === 0) return false;
  const word = words[bound.target.end - 1] as string;
  if (!cues.pastEndings.some((e) => word.length > e.length + 2 && word.endsWith(e))) return false;
  return !endsAt(words, bound.target.end - 1, cues.passives);
}

/** An auxiliary of the past among the {@link CUE_REACH} words before the bound cue, or inside it. */
export function pastBefore(cues: CompiledCues, words: readonly string[], start: number, end: number): boolean {
  return occursIn(words, Math.max(0, start - CUE_REACH), end, cues.past);
}
