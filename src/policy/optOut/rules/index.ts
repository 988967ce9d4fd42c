import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { nl } from "./nl.js";
import type { OptOutRules } from "./optOutRules.js";

export type { OptOutContext, OptOutCues, OptOutPhrase, OptOutRules } from "./optOutRules.js";

/** The shipped opt-out rule tables, English first. */
export const OPT_OUT_RULES: readonly OptOutRules[] = [en, es, de, nl, fr];
