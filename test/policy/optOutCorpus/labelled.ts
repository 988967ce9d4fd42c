/** What a message means: act on it (`opt_out`), hold it for a person (`uncertain`), or nothing (`none`). */
export type Label = "opt_out" | "uncertain" | "none";

/** Why a negative is hard: it contains opt-out words that must not be read as an opt-out. */
export type HardKind =
  | "negation"
  | "question"
  | "quote"
  | "invitation"
  | "condition"
  | "sarcasm"
  | "constraint"
  | "compound"
  | "reported"
  /** May or may not mean stop ("not interested", "wrong number"): held for a person. */
  | "ambiguous"
  /** Complains about how often, not whether ("stop texting me so much"). */
  | "frequency";

/** One labelled inbound message. */
export interface LabelledMessage {
  readonly text: string;
  /** `en`, `es`, `de`, `nl`, `fr`; `""`: detected with every table. */
  readonly locale: string;
  readonly label: Label;
  /** Set on hard negatives (label `none` or `uncertain`). */
  readonly hard?: HardKind;
  /** The channel the opt-out covers when the text names one (`all` for STOP ALL). */
  readonly scope?: string;
}

/** Builders that keep the corpus files readable: one line per message. */
export function corpus(locale: string) {
  return {
    out: (text: string, scope?: string): LabelledMessage => ({ text, locale, label: "opt_out", ...(scope === undefined ? {} : { scope }) }),
    none: (text: string): LabelledMessage => ({ text, locale, label: "none" }),
    hard: (hard: HardKind, text: string, label: Label = "none"): LabelledMessage => ({ text, locale, label, hard }),
  };
}
