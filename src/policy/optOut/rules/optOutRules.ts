/**
 * One language's opt-out rules, as data. Texts and patterns are written in normalised form:
 * lower case, accents removed (`arrêt` → `arret`, `hören` → `horen`, `ß` → `ss`), every run of
 * punctuation, apostrophes and whitespace turned into one space (`don't` → `don t`).
 */
export interface OptOutRules {
  readonly locale: string;
  /** Messages that are nothing but this keyword (give or take fillers) opt out. `scope: "all"` covers every channel. */
  readonly keywords: readonly { readonly text: string; readonly scope?: "all" }[];
  /** Words that may surround a keyword without changing it (`please`, `thanks`). */
  readonly fillers: readonly string[];
  /** Phrases that opt out wherever they stand in a message, as regular expression sources over normalised text. */
  readonly phrases: readonly { readonly id: string; readonly pattern: string }[];
  /** Words that name a channel, to scope a phrase (`texting` → `sms`). */
  readonly channelWords: Readonly<Record<string, string>>;
}
