import { detectOptOut } from "../../../src/optOut.js";
import type { LabelledMessage } from "./labelled.js";

/** What a batch's reading counts: `opt_out` verdicts right and wrong, opt-outs missed, `uncertain` labels held, scopes right. */
export interface BatchReading {
  /** Share of `opt_out` verdicts whose message is labelled `opt_out`. */
  readonly precision: number;
  /** Share of messages labelled `opt_out` read as `opt_out` (an `uncertain` verdict counts as missed). */
  readonly recall: number;
  /** Messages labelled `uncertain` read as `uncertain`. */
  readonly uncertain: number;
  /** Messages labelled `opt_out` with a scope read as `opt_out` with that scope. */
  readonly scopes: number;
  /** Every misreading, one line each. */
  readonly wrong: readonly string[];
}

/** A batch read with the options `optionsOf` gives each message (the same for all, or each message's own locale). */
export function measureBatch(messages: readonly LabelledMessage[], optionsOf: (m: LabelledMessage) => { readonly locale?: string }): BatchReading {
  let truePositives = 0;
  let falsePositives = 0;
  let missed = 0;
  let uncertain = 0;
  let scopes = 0;
  const wrong: string[] = [];
  for (const m of messages) {
    const found = detectOptOut(m.text, optionsOf(m));
    if (found.optOut && m.label === "opt_out") truePositives++;
    else if (found.optOut) {
      falsePositives++;
      wrong.push(`false opt-out: ${m.text}`);
    } else if (m.label === "opt_out") {
      missed++;
      wrong.push(`missed: ${m.text}`);
    }
    if (m.label === "uncertain" && found.verdict === "uncertain") uncertain++;
    if (found.optOut && m.label === "opt_out" && m.scope !== undefined) {
      if (found.scope === m.scope) scopes++;
      else wrong.push(`scope ${found.scope}: ${m.text}`);
    }
  }
  return { precision: truePositives / (truePositives + falsePositives), recall: truePositives / (truePositives + missed), uncertain, scopes, wrong };
}

/** Each message's own locale (none for a message labelled for every table). */
export function ownLocale(m: LabelledMessage): { readonly locale?: string } {
  return m.locale === "" ? {} : { locale: m.locale };
}
