import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { nl } from "./nl.js";
import { pt } from "./pt.js";
import type { OptOutRules } from "./optOutRules.js";

export type { OptOutContext, OptOutCues, OptOutPhrase, OptOutRules } from "./optOutRules.js";

/**
 * The shipped opt-out rule tables, English first: English, Spanish, German, Dutch, French and
 * Portuguese (read without a `locale` only for a message holding one of its `marks`).
 */
export const OPT_OUT_RULES: readonly OptOutRules[] = [en, es, de, nl, fr, pt];
