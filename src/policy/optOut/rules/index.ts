import { de } from "./de.js";
import { en } from "./en.js";
import { fr } from "./fr.js";
import { nl } from "./nl.js";
import type { OptOutRules } from "./optOutRules.js";

export type { OptOutRules } from "./optOutRules.js";

/** The shipped opt-out rule tables, English first. */
export const OPT_OUT_RULES: readonly OptOutRules[] = [en, de, nl, fr];
