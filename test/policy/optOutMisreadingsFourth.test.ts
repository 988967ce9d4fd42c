import { describe, expect, it } from "vitest";
import { detectOptOut } from "../../src/policy/optOut/index.js";
import { readAs } from "./optOutReadings.js";

/**
 * The fourth round: opt-outs the third round found lost (read as none), reproduced in new words (none
 * copied from the corpus batches), each class in the languages where it applies, with the readings
 * near it as controls that must keep their verdict.
 */

/** A keyword said with emphasis or permanence ("I mean it", "for good", "para siempre", "für immer", "voorgoed", "pour de bon"): the keyword. */
describe("a keyword with emphasis or permanence", () => {
  readAs([
    ["", "STOP i mean it", "opt_out"],
    ["", "stop for good", "opt_out"],
    ["", "STOP forever", "opt_out"],
    ["", "Unsubscribe permanently please", "opt_out"],
    ["", "stop for real this time", "opt_out"],
    ["", "STOP seriously", "opt_out"],
    ["", "cancel once and for all", "opt_out"],
    ["es", "BAJA lo digo en serio", "opt_out"],
    ["es", "basta para siempre", "opt_out"],
    ["es", "Alto para siempre, gracias", "opt_out"],
    ["es", "BAJA definitivamente", "opt_out"],
    ["de", "STOPP ich meine es ernst", "opt_out"],
    ["de", "Stopp für immer", "opt_out"],
    ["de", "stopp ein für alle mal", "opt_out"],
    ["nl", "STOP ik meen het", "opt_out"],
    ["nl", "stop voorgoed", "opt_out"],
    ["nl", "stop voor altijd", "opt_out"],
    ["fr", "STOP je suis sérieux", "opt_out"],
    ["fr", "STOP pour de bon", "opt_out"],
    ["fr", "stop définitivement merci", "opt_out"],
    ["fr", "Stop pour toujours", "opt_out"],
    ["fr", "STOP une bonne fois pour toutes", "opt_out"],
    // controls: ordinary words around "stop", a pause, a correction, the emphasis alone
    ["", "Seriously, stop by anytime", "none"],
    ["", "I'll stop by for good coffee", "none"],
    ["", "the rain will stop for good by friday", "none"],
    ["", "for good", "none"],
    ["es", "para siempre", "none"],
    ["", "Stop, I meant the blue one", "uncertain"],
    ["", "stop for now, text me in january", "uncertain"],
    ["de", "Stopp für jetzt", "uncertain"],
    ["nl", "Stop voor nu", "uncertain"],
    ["fr", "Stop pour l'instant", "uncertain"],
  ]);
});

/**
 * The writer's own earlier unsubscription told as done, the sender going on after it ("I unsubscribed and you're
 * still emailing me", "Ik heb me afgemeld en jullie mailen nog steeds"): the request stands, for the channel named.
 */
describe("an earlier unsubscription, and the sender goes on", () => {
  readAs([
    ["", "I unsubscribed and you still email me", "opt_out", "email"],
    ["", "i opted out and you still call me", "opt_out", "call"],
    ["", "We unsubscribed last week and you guys keep sending emails", "opt_out", "email"],
    ["", "I opted out but I still get calls", "opt_out", "call"],
    ["es", "Me di de baja y todavía me escriben", "opt_out"],
    ["es", "Me di de baja la semana pasada y siguen llegando correos", "opt_out", "email"],
    ["de", "Ich habe mich abgemeldet und Sie schicken mir immer noch E-Mails", "opt_out", "email"],
    ["de", "Ich bin abgemeldet und Sie rufen immer noch an", "opt_out", "call"],
    ["nl", "Ik heb me afgemeld en jullie mailen nog steeds", "opt_out", "email"],
    ["nl", "Ik heb me al afgemeld maar jullie bellen nog steeds", "opt_out", "call"],
    ["nl", "We hebben ons uitgeschreven en toch blijven jullie sms'en", "opt_out", "sms"],
    ["fr", "Je me suis désabonné et vous m'envoyez toujours des mails", "opt_out", "email"],
    ["fr", "Je me suis désinscrite mais je reçois encore vos SMS", "opt_out", "sms"],
    // controls: an unsubscription with no going on, or someone else's contact, or something else; a question stays held
    ["", "I unsubscribed and you still email me?", "uncertain"],
    ["", "I unsubscribed but I still want the quote", "uncertain"],
    ["", "I opted out but my wife still gets calls from you", "none"],
    ["", "my wife unsubscribed and you still email her", "uncertain"],
    ["nl", "Ik heb me afgemeld voor de proefrit", "none"],
    ["nl", "Ik heb me afgemeld, maar ik wil nog steeds de offerte", "none"],
    ["de", "Ich habe mich vom Kurs abgemeldet", "none"],
    ["de", "Ich habe den Wagen abgemeldet und fahre immer noch Fahrrad", "none"],
    ["fr", "Je me suis désinscrit du cours de yoga et je vais toujours à la salle", "none"],
  ]);
});

/**
 * A keyword beside a request for later contact ("Basta, llámame en marzo", "Stop, call me in march"): which contact it
 * stops is unsaid, held, as "Stop. Call me next week" was; "baja y llámame" stays a keyword beside a request.
 */
describe("a keyword beside a request for later contact", () => {
  readAs([
    ["es", "Basta, llámame en marzo", "uncertain"],
    ["es", "Baja, llámame el lunes", "uncertain"],
    ["es", "Alto. Llámenme la próxima semana", "uncertain"],
    ["es", "Basta. Escríbeme en abril", "uncertain"],
    ["", "Stop, call me in march", "uncertain"],
    ["", "STOP. text me on friday", "uncertain"],
    ["de", "Stopp, ruf mich im März an", "uncertain"],
    ["de", "Stopp, rufen Sie mich in zwei Wochen an", "uncertain"],
    ["nl", "Stop, bel me in maart", "uncertain"],
    ["nl", "Stop. Bel me over een maand", "uncertain"],
    ["fr", "Stop, rappelez-moi en mars", "uncertain"],
    ["fr", "Stop. Appelez-moi dans deux semaines", "uncertain"],
    // controls: a keyword joined to a request, a keyword beside a stop, a keyword alone or with a reason
    ["es", "baja y llámame", "uncertain"],
    ["es", "Basta, no me llames más", "opt_out", "call"],
    ["es", "Basta, ya compré", "opt_out"],
    ["es", "Baja ya, gracias", "opt_out"],
    ["", "Stop, don't call me in march or ever", "opt_out"],
    ["de", "Stopp, rufen Sie mich nicht mehr an", "opt_out"],
    ["fr", "Stop, ne m'appelez plus", "opt_out"],
  ]);
});

/**
 * Channels refused beside one granted ("Nada de llamadas ni correos, los SMS sí", "SMS is fine", "SMS ist ok", "sms mag
 * wel", "les SMS ça va"): the listed channels, not every channel. The scope is the first, `channels` all of them, as
 * "no calls or emails" reads; the checks below give the scope, and the test after them the channels.
 */
describe("channels refused beside one granted", () => {
  readAs([
    ["es", "Nada de llamadas ni correos, los SMS sí", "opt_out", "call"],
    ["es", "No me llamen ni me manden correos, los SMS sí", "opt_out", "call"],
    ["", "No calls or emails, SMS is fine", "opt_out", "call"],
    ["de", "Keine Anrufe und keine E-Mails, SMS ist ok", "opt_out", "call"],
    ["nl", "Geen telefoontjes of mails meer, sms mag wel", "opt_out", "call"],
    ["fr", "Plus d'appels ni de mails, les SMS ça va", "opt_out", "call"],
    // controls: every channel refused, none granted; one channel refused beside one granted; STOP ALL stays all
    ["es", "Nada de llamadas, mensajes ni correos", "opt_out", "all"],
    ["", "Take me off your list. Phone, text, email.", "opt_out", "all"],
    ["de", "Keine Anrufe, keine SMS, keine E-Mails", "opt_out", "all"],
    ["", "Stop texting me, email is fine", "opt_out", "sms"],
    ["", "please stop emailing me, calls are fine", "opt_out", "email"],
    ["", "Stop all, text is fine", "opt_out", "all"],
  ]);
});

describe("channels refused beside one granted: the channels", () => {
  const cases: readonly [string, string][] = [
    ["es", "Nada de llamadas ni correos, los SMS sí"],
    ["es", "No me llamen ni me manden correos, los SMS sí"],
    ["", "No calls or emails, SMS is fine"],
    ["de", "Keine Anrufe und keine E-Mails, SMS ist ok"],
    ["nl", "Geen telefoontjes of mails meer, sms mag wel"],
    ["fr", "Plus d'appels ni de mails, les SMS ça va"],
  ];
  for (const [locale, text] of cases)
    it(`${locale || "any"}: ${text} → call and email`, () => {
      expect(detectOptOut(text, locale === "" ? {} : { locale }).channels).toEqual(["call", "email"]);
    });
});

/**
 * A list of stops, verbs or nouns, each naming a channel ("Stop calling, texting and emailing me", "No me llamen, ni me
 * escriban, ni me manden correos", "Geen telefoontjes, geen sms en geen mail meer", "Ne m'appelez plus et ne m'envoyez plus
 * de mails", "Hören Sie auf, mich anzurufen und mir Mails zu schicken"): every channel listed, not the first. Every channel
 * named is `all`; fewer are the first as scope and all of them as `channels` (the test after), as "Stop calling and texting
 * me" reads.
 */
describe("a list of stops, each naming a channel", () => {
  readAs([
    ["", "Stop calling, texting and emailing me", "opt_out", "all"],
    ["", "Quit calling, texting and emailing us please", "opt_out", "all"],
    ["", "Stop texting, emailing and calling me", "opt_out", "all"],
    ["", "Stop calling, emailing me", "opt_out", "call"],
    ["es", "No me llamen, ni me escriban, ni me manden correos", "opt_out", "call"],
    ["es", "No me llamen, ni me manden mensajes, ni me manden correos", "opt_out", "all"],
    ["es", "No me llamen, ni me manden correos", "opt_out", "call"],
    ["nl", "Geen telefoontjes, geen sms en geen mail meer", "opt_out", "all"],
    ["nl", "Geen mail, geen sms en geen telefoontjes meer", "opt_out", "all"],
    ["nl", "Geen sms en geen mail meer", "opt_out", "sms"],
    ["fr", "Ne m'appelez plus et ne m'envoyez plus de mails", "opt_out", "call"],
    ["fr", "Ne m'appelez plus, ne m'envoyez plus de SMS et ne m'envoyez plus de mails", "opt_out", "all"],
    ["fr", "Ne m'envoyez plus de SMS et ne m'appelez plus", "opt_out", "sms"],
    ["de", "Hören Sie auf, mich anzurufen und mir Mails zu schicken", "opt_out", "call"],
    ["de", "Hören Sie auf, mir Mails zu schicken und mich anzurufen", "opt_out", "email"],
    // controls: a single channel; a request or a grant after the stop; a frequency clause stays held
    ["", "Stop calling me", "opt_out", "call"],
    ["", "Stop calling me, texting is fine", "opt_out", "call"],
    ["", "Stop texting, call me instead", "opt_out", "sms"],
    ["", "Stop texting, email me", "opt_out", "sms"],
    ["", "Stop calling, texting and emailing me every day. Once a week is enough.", "uncertain"],
    ["es", "No me llamen", "opt_out", "call"],
    ["es", "No me llamen, escríbanme por correo", "opt_out", "call"],
    ["nl", "Geen telefoontjes meer", "opt_out", "call"],
    ["nl", "Geen telefoontjes meer, mailen mag wel", "opt_out", "call"],
    ["fr", "Ne m'appelez plus", "opt_out", "call"],
    ["fr", "Ne m'appelez plus, envoyez-moi un mail", "opt_out", "call"],
    ["de", "Hören Sie auf, mich anzurufen", "opt_out", "call"],
    ["de", "Hören Sie auf, mich anzurufen, schreiben Sie mir lieber eine Mail", "opt_out", "call"],
    ["de", "Hören Sie auf, mich jeden Tag anzurufen und mir Mails zu schicken. Einmal pro Woche reicht.", "uncertain"],
  ]);
});

describe("a list of stops, each naming a channel: the channels", () => {
  const cases: readonly [string, string, readonly string[] | undefined][] = [
    ["", "Stop calling, emailing me", ["call", "email"]],
    ["es", "No me llamen, ni me escriban, ni me manden correos", ["call", "email"]],
    ["es", "No me llamen, ni me manden correos", ["call", "email"]],
    ["nl", "Geen sms en geen mail meer", ["sms", "email"]],
    ["fr", "Ne m'appelez plus et ne m'envoyez plus de mails", ["call", "email"]],
    ["fr", "Ne m'envoyez plus de SMS et ne m'appelez plus", ["sms", "call"]],
    ["de", "Hören Sie auf, mich anzurufen und mir Mails zu schicken", ["call", "email"]],
    ["de", "Hören Sie auf, mir Mails zu schicken und mich anzurufen", ["email", "call"]],
    // controls: one channel stays one
    ["", "Stop calling me, texting is fine", undefined],
    ["fr", "Ne m'appelez plus, envoyez-moi un mail", undefined],
    ["de", "Hören Sie auf, mich anzurufen, schreiben Sie mir lieber eine Mail", undefined],
  ];
  for (const [locale, text, channels] of cases)
    it(`${locale || "any"}: ${text} → ${channels?.join(" and ") ?? "one channel"}`, () => {
      expect(detectOptOut(text, locale === "" ? {} : { locale }).channels).toEqual(channels);
    });
});
