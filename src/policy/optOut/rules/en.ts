import type { OptOutRules } from "./optOutRules.js";

/** English opt-out rules: the CTIA / TCPA keywords (STOP, STOP ALL, QUIT, END, REVOKE, OPT OUT, CANCEL, UNSUBSCRIBE) and natural phrases. */
export const en: OptOutRules = {
  locale: "en",
  keywords: [
    { text: "stop" },
    { text: "stop all", scope: "all" },
    { text: "stopall", scope: "all" },
    { text: "quit" },
    { text: "end" },
    { text: "revoke" },
    { text: "opt out" },
    { text: "optout" },
    { text: "opt me out" },
    { text: "cancel" },
    { text: "cancel all", scope: "all" },
    { text: "unsubscribe" },
    { text: "unsub" },
    { text: "remove me" },
    { text: "stop it" },
  ],
  fillers: ["please", "pls", "plz", "thanks", "thank you", "thx", "now", "ok", "okay", "just"],
  phrases: [
    { id: "stop-contacting", pattern: "\\bstop (?:texting|messaging|calling|contacting|emailing|e mailing|mailing|sending me|bothering|spamming|harassing)(?: me| us)?\\b" },
    { id: "do-not-contact", pattern: "\\b(?:do not|don t|dont|never) (?:text|message|call|contact|email|e mail|bother) (?:me|us)\\b(?! (?:before|until|after|today|tomorrow|tonight|this|next|at)\\b)" },
    { id: "no-more", pattern: "^(?:please )?no more (?:texts|text messages|messages|calls|emails|e mails|sms)\\b" },
    { id: "remove-from-list", pattern: "\\b(?:remove|take) (?:me|my number|my email) (?:off|from) (?:your|the|this|all) (?:\\w+ )?lists?\\b" },
    { id: "unsubscribe-me", pattern: "\\bunsubscribe me\\b" },
    { id: "opt-out-of", pattern: "\\b(?:i want to |i d like to |please )?opt (?:me )?out (?:of|from)\\b" },
    { id: "revoke-consent", pattern: "\\b(?:revoke|withdraw) (?:my )?(?:consent|permission)\\b" },
    { id: "leave-me-alone", pattern: "\\bleave me alone\\b" },
    { id: "lose-my-number", pattern: "\\blose my number\\b" },
  ],
  channelWords: { texting: "sms", text: "sms", texts: "sms", sms: "sms", "text messages": "sms", calling: "call", call: "call", calls: "call", emailing: "email", email: "email", emails: "email", "e mail": "email", "e mails": "email", "e mailing": "email", "my email": "email" },
};
