import { compileCues, type CompiledCues } from "./clauseCues.js";
import { memoiseWeak } from "../../primitives/index.js";
import type { OptOutContext, OptOutPhrase, OptOutRules } from "./rules/optOutRules.js";
import { compileTokenPattern, firstWords, type TokenPattern } from "./tokenPattern.js";
import type { Sequences } from "./wordSequences.js";

/** A phrase with its compiled pattern. */
export interface CompiledPhrase extends Omit<OptOutPhrase, "pattern"> {
  readonly pattern: TokenPattern;
  /** Position in its table: breaks ties between matches of equal span. */
  readonly index: number;
  /** Every word the pattern writes: a negator in a match that is none of them stands in a gap ("tragen Sie mich nicht aus"). */
  readonly literals: ReadonlySet<string>;
}

/** Context word lists as word sequences (an absent optional list is empty). */
export type CompiledContext = { readonly [K in keyof OptOutContext]-?: readonly (readonly string[])[] };

const CONTEXT_LISTS: readonly (keyof OptOutContext)[] = [
  "negators",
  "negatorsAfter",
  "modalNegators",
  "sarcasm",
  "ironies",
  "describers",
  "describedForms",
  "since",
  "onBehalf",
  "owners",
  "determiners",
  "objects",
  "unrelated",
  "addresses",
  "genitives",
  "senders",
  "ownLists",
  "commitments",
  "purposes",
  "instructions",
  "agents",
  "passives",
  "topics",
  "reported",
  "thirdParties",
  "speechVerbs",
  "conditions",
  "requests",
  "past",
  "questionTags",
  "notYou",
  "constraints",
  "frequency",
  "rates",
  "rateUnits",
  "coordinators",
  "listJoiners",
  "listOpeners",
  "listClosers",
  "insistence",
  "consequences",
  "reasons",
  "politeFrames",
  "politeModals",
  "refusals",
  "retractions",
  "goingOnQuestions",
  "vendorTalk",
  "answers",
  "polarity",
  "receipts",
  "ongoing",
  "stillWords",
  "grants",
  "wishes",
  "anyChannel",
  "nors",
  "infinitiveMarks",
  "compounds",
  "interrogatives",
  "howQuestions",
  "skippable",
  "joiners",
  "breakers",
  "particleHosts",
];

/** A rule table ready for matching. */
export interface CompiledRules {
  readonly locale: string;
  readonly keywords: ReadonlyMap<string, { readonly scope?: "all"; readonly elliptic?: true }>;
  /** Every word of a keyword: words with none of them cannot be a keyword, fillers or not. */
  readonly keywordWords: ReadonlySet<string>;
  /** Fillers as word sequences. */
  readonly fillers: Sequences;
  /** Fillers and emphases, trimmed around a keyword only ("STOP I mean it", "stop for good"). */
  readonly keywordFillers: Sequences;
  readonly phrases: readonly CompiledPhrase[];
  /** Phrases by the word their match starts with. */
  readonly byFirstWord: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** Phrases whose first word cannot be listed: tried at every word. */
  readonly anywhere: readonly CompiledPhrase[];
  /** Channel words (`channelWords` and `channelVerbs`) as word sequences, read through `wordSequences.ts`. */
  readonly channelWords: Sequences;
  /** The channel each sequence of {@link CompiledRules.channelWords} names, by the sequence itself. */
  readonly channelOf: ReadonlyMap<readonly string[], string>;
  /** The sequences of {@link CompiledRules.channelWords} that are verbs (`OptOutRules.channelVerbs`), by the sequence itself. */
  readonly channelVerbs: ReadonlySet<readonly string[]>;
  /** Words for messages that name no channel: `sms` unless a channel word stands with them. */
  readonly messageWords: ReadonlySet<string>;
  readonly context: CompiledContext;
  /** Every word the table writes (patterns without prefix words, keywords, fillers, channel and context words). */
  readonly vocabulary: ReadonlySet<string>;
  /** Words written another way and how they are read (see `OptOutRules.spelling`). */
  readonly spelling: ReadonlyMap<string, string>;
  /** The clause-level fallback's cues, when the table has them. */
  readonly cues: CompiledCues | undefined;
  /** Whether a message read with the table may have typos of rule words read (see `OptOutRules.typos`). */
  readonly typos: boolean;
}

/**
 * The compiled form of a rule table, memoised per table object.
 * @throws {Error} for a malformed phrase pattern (the shipped tables are checked by the test suite).
 */
export const compiledRules = /* @__PURE__ */ memoiseWeak((rules: OptOutRules): CompiledRules => {
  const phrases = rules.phrases.map((p, index) => ({ ...p, pattern: compileTokenPattern(p.pattern), index, literals: patternWords(p.pattern) }));
  const byFirstWord = new Map<string, CompiledPhrase[]>();
  const anywhere: CompiledPhrase[] = [];
  for (const phrase of phrases) {
    const first = firstWords(phrase.pattern);
    if (first === undefined) anywhere.push(phrase);
    else for (const word of first) byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), phrase]);
  }
  const lists = Object.fromEntries(CONTEXT_LISTS.map((k) => [k, (rules.context[k] ?? []).map((e) => e.split(" "))]));
  // The writer's other addresses are unrelated things too.
  const context = { ...lists, unrelated: [...(lists.unrelated ?? []), ...(lists.addresses ?? [])] } as unknown as CompiledContext;
  const vocabulary = new Set<string>();
  const add = (text: string) => {
    for (const w of patternWords(text)) vocabulary.add(w);
  };
  for (const p of rules.phrases) add(p.pattern);
  for (const k of rules.keywords) add(k.text);
  for (const f of [...rules.fillers, ...(rules.emphases ?? [])]) add(f);
  const channelEntries = [...Object.entries(rules.channelWords), ...Object.entries(rules.channelVerbs ?? {})];
  for (const [w] of channelEntries) add(w);
  for (const w of rules.messageWords ?? []) add(w);
  for (const k of CONTEXT_LISTS) for (const e of rules.context[k] ?? []) add(e);
  const cues = rules.cues;
  if (cues !== undefined)
    for (const e of [...cues.stops, ...cues.removals, ...(cues.negations ?? []), ...(cues.wholes ?? []), ...cues.contacts, ...cues.removables, ...cues.past])
      add(e);
  const channelOf = new Map(channelEntries.map(([w, c]) => [w.split(" ") as readonly string[], c]));
  const verbs = new Set(Object.keys(rules.channelVerbs ?? {}));
  return {
    locale: rules.locale,
    keywords: new Map(rules.keywords.map(({ text, ...reading }) => [text, reading])),
    keywordWords: new Set(rules.keywords.flatMap((k) => k.text.split(" "))),
    fillers: rules.fillers.map((f) => f.split(" ")),
    keywordFillers: [...rules.fillers, ...(rules.emphases ?? [])].map((f) => f.split(" ")),
    phrases,
    byFirstWord,
    anywhere,
    channelWords: [...channelOf.keys()],
    channelOf,
    channelVerbs: new Set([...channelOf.keys()].filter((seq) => verbs.has(seq.join(" ")))),
    messageWords: new Set(rules.messageWords ?? []),
    context,
    vocabulary,
    spelling: new Map(Object.entries(rules.spelling ?? {})),
    cues: cues === undefined ? undefined : compileCues(cues, context),
    typos: rules.typos !== false,
  };
});

/** The words a token pattern writes (no stems, gaps or operators). */
function patternWords(pattern: string): Set<string> {
  const out = new Set<string>();
  for (const w of pattern.split(/[\s()|?^$]+/)) if (w !== "" && !w.endsWith("~") && !/^_\d$/.test(w)) out.add(w);
  return out;
}
