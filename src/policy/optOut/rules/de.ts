import type { OptOutRules } from "./optOutRules.js";

/** German opt-out rules: STOPP, ABMELDEN, ABBESTELLEN, AUSTRAGEN and phrases ("keine Nachrichten mehr", "nicht mehr kontaktieren"). */
export const de: OptOutRules = {
  locale: "de",
  keywords: [
    { text: "stopp" },
    { text: "stop" },
    { text: "stopp alle", scope: "all" },
    { text: "abmelden" },
    { text: "abbestellen" },
    { text: "austragen" },
    { text: "widerrufen" },
    { text: "ende" },
    { text: "abmeldung" },
  ],
  fillers: ["bitte", "danke", "jetzt", "sofort"],
  phrases: [
    { id: "keine-mehr", pattern: "\\bkeine (?:weiteren )?(?:nachrichten|sms|anrufe|e mails|emails|mails|werbung|kontaktaufnahmen?)(?: mehr)?\\b(?=.*\\bmehr\\b|$)" },
    { id: "nicht-mehr-kontaktieren", pattern: "\\bnicht mehr (?:kontaktieren|anrufen|anschreiben|schreiben|belastigen)\\b" },
    { id: "aufhoren", pattern: "\\bhor(?:en sie|t)? auf(?: mich)? (?:anzurufen|zu kontaktieren|zu schreiben|mir zu schreiben|mir nachrichten zu schicken)\\b" },
    { id: "austragen-liste", pattern: "\\b(?:tragen sie mich|bitte mich) (?:aus|von) (?:ihrer|der|dem) (?:\\w+ )?(?:liste|verteiler)\\b" },
    { id: "einwilligung-widerrufen", pattern: "\\b(?:widerrufe|widerrufen) (?:ich )?(?:meine )?(?:einwilligung|zustimmung|einverstandniserklarung)\\b|\\b(?:einwilligung|zustimmung) (?:wird )?widerrufen\\b" },
    { id: "abmelden-bitte", pattern: "^(?:bitte )?(?:melden sie mich ab|mich abmelden)\\b" },
    { id: "in-ruhe-lassen", pattern: "\\blassen sie mich in ruhe\\b" },
  ],
  channelWords: { sms: "sms", anrufe: "call", anrufen: "call", anzurufen: "call", "e mails": "email", emails: "email", mails: "email" },
};
