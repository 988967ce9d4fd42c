import type { OptOutRules } from "./optOutRules.js";

/** Dutch opt-out rules: STOP, AFMELDEN, UITSCHRIJVEN and phrases ("bel me niet meer", "geen berichten meer"). */
export const nl: OptOutRules = {
  locale: "nl",
  keywords: [
    { text: "stop" },
    { text: "stoppen" },
    { text: "stop alles", scope: "all" },
    { text: "afmelden" },
    { text: "uitschrijven" },
    { text: "afmelding" },
  ],
  fillers: ["aub", "a u b", "alsjeblieft", "alstublieft", "graag", "bedankt", "dank je", "nu"],
  phrases: [
    { id: "niet-meer-bellen", pattern: "\\b(?:bel|mail|app|sms|stuur|contacteer) (?:me|mij|ons) (?:alsjeblieft |alstublieft |aub )?niet meer\\b" },
    { id: "geen-meer", pattern: "\\bgeen (?:berichten|sms(?:jes)?|telefoontjes|mails|e mails|appjes|reclame)(?: meer)?\\b(?=.*\\bmeer\\b|$)" },
    { id: "wil-geen-meer", pattern: "\\bik wil (?:geen|niet meer) (?:\\w+ ){0,3}(?:ontvangen|gebeld worden|benaderd worden)\\b" },
    { id: "verwijder-lijst", pattern: "\\b(?:verwijder|haal) (?:me|mij|mijn nummer|mijn gegevens) (?:uit|van) (?:de|jullie|uw|het) (?:\\w+ )?(?:lijst|bestand|database)\\b" },
    { id: "stop-met", pattern: "\\bstop (?:met|maar met) (?:bellen|sms en|appen|mailen|berichten sturen)\\b" },
    { id: "laat-met-rust", pattern: "\\blaat (?:me|mij) (?:met rust|toch met rust)\\b" },
    { id: "afmelden-zin", pattern: "^(?:graag |ik wil (?:me|mij) )?(?:afmelden|uitschrijven)\\b" },
  ],
  channelWords: { bel: "call", bellen: "call", "gebeld worden": "call", telefoontjes: "call", sms: "sms", smsjes: "sms", "sms en": "sms", mail: "email", mails: "email", "e mails": "email", mailen: "email", app: "whatsapp", appen: "whatsapp", appjes: "whatsapp" },
};
