import { describe } from "vitest";
import { readAs } from "./optOutReadings.js";

/**
 * The third round's misreadings, reproduced in new words (batches 33 and 34 as a tuning set; none of
 * their messages is copied here), each class in the languages where it applies, with the real
 * opt-outs near it as controls that must keep their verdict.
 */

/** A block threatened or announced in es/de/nl/fr, as in English: held for a person, not acted on. */
describe("a block threatened or announced", () => {
  readAs([
    ["", "one more email and you're blocked", "uncertain"],
    ["", "ok you are now blocked", "uncertain"],
    ["es", "Otro mensaje y te bloqueo", "uncertain"],
    ["es", "Si me vuelven a escribir los bloqueo", "uncertain"],
    ["es", "Ya los bloqueé.", "uncertain"],
    ["de", "Ich habe Sie blockiert.", "uncertain"],
    ["de", "Noch ein Anruf und Sie sind blockiert", "uncertain"],
    ["nl", "nog één bericht en ik blokkeer je", "uncertain"],
    ["nl", "Ik heb jullie geblokkeerd.", "uncertain"],
    ["nl", "Volgende mail en jullie zijn geblokkeerd", "uncertain"],
    ["fr", "Encore un SMS et je vous bloque", "uncertain"],
    ["fr", "Je vous ai bloqués, au revoir", "uncertain"],
    // controls: a request beside the threat opts out; a block of the writer's own doing stays held
    ["", "Stop texting me or I'll block you", "opt_out", "sms"],
    ["es", "No me escriban más o los bloqueo", "opt_out"],
    ["nl", "Stuur me niks meer of ik blokkeer jullie", "opt_out"],
    ["fr", "Ne m'écrivez plus ou je vous bloque", "opt_out"],
    ["de", "Noch eine Nachricht und ich blockiere Sie", "uncertain"],
    ["fr", "Un message de plus et je bloque votre numéro", "uncertain"],
  ]);
});

/** "Block me" as the whole request, give or take a courtesy word: the writer asks to be cut off. */
describe("block me, said as the whole request", () => {
  readAs([
    ["", "pls just block me", "opt_out"],
    ["", "Block me already.", "opt_out"],
    ["", "block us please, thanks", "opt_out"],
    ["es", "Bloquéenme, por favor", "opt_out"],
    ["de", "Blockieren Sie mich bitte.", "opt_out"],
    ["nl", "Blokkeer me gewoon aub", "opt_out"],
    ["fr", "Bloquez-moi svp", "opt_out"],
    // controls: a time blocked out for the writer, the writer's own block, a bare block
    ["", "can you block me out an hour on friday for the test drive", "none"],
    ["", "block me a slot saturday morning", "none"],
    ["", "Block.", "uncertain"],
    ["", "I'll block you", "uncertain"],
    ["de", "Können Sie mir Freitag einen Termin blocken?", "none"],
  ]);
});

/** Contact refused as a whole ("keinerlei Kontakt", "aucun contact") or as a list of every channel ("nada de …"): all. */
describe("no contact of any kind, or none of every channel", () => {
  readAs([
    ["es", "Nada de correos, llamadas ni mensajes, gracias", "opt_out", "all"],
    ["es", "Nada de llamadas ni mensajes ni correos, por favor", "opt_out", "all"],
    ["es", "Nada de mensajes, gracias", "opt_out", "sms"],
    ["de", "Keinerlei Kontakt mehr, danke", "opt_out", "all"],
    ["nl", "Vanaf nu geen enkel contact meer", "opt_out", "all"],
    ["fr", "Plus aucun contact à partir de maintenant", "opt_out", "all"],
    ["fr", "Plus aucun contact, merci", "opt_out", "all"],
    // controls: a time of day limits when; a report of calls missed; a contact refused in other words
    ["fr", "Plus de SMS à partir de 18h", "none"],
    ["es", "nada de llamadas después de las 8", "none"],
    ["es", "no tengo nada de llamadas perdidas", "none"],
    ["de", "Ab jetzt kein Kontakt mehr", "opt_out"],
    ["", "no more contact please", "opt_out"],
  ]);
});

/**
 * The writer's own earlier keyword told again with when it was sent ("on friday", "a while back", "el lunes",
 * "am Montag", "maandag", "lundi"), or with the sender still writing after it: the request stands.
 */
describe("the writer's own earlier keyword, with when it was sent", () => {
  readAs([
    ["", "I replied stop on friday", "opt_out"],
    ["", "i sent STOP a few days ago why do i keep getting these", "opt_out"],
    ["", "hey it's Dana, I texted stop a while back and you guys are still texting me so uh, thanks", "opt_out"],
    ["es", "Ya mandé BAJA el martes, ¿por qué me siguen llegando mensajes?", "opt_out"],
    ["de", "Ich habe am Dienstag STOPP geschrieben und bekomme immer noch SMS", "opt_out"],
    ["nl", "Ik heb dinsdag STOP gestuurd. Waarom krijg ik nog steeds berichten?", "opt_out"],
    ["fr", "J'ai répondu STOP mardi. Pourquoi je reçois encore des SMS ?", "opt_out"],
    // the same, asked in a clause of its own after a comma
    ["", "I replied STOP twice, why are you still texting me?", "opt_out"],
    ["nl", "Ik heb dinsdag STOP gestuurd, waarom krijg ik nog steeds berichten?", "opt_out"],
    ["fr", "J'ai répondu STOP mardi, pourquoi je reçois encore des SMS ?", "opt_out"],
    ["de", "Ich habe gestern STOPP geschrieben, warum schreiben Sie noch?", "opt_out"],
    // controls: a third party's keyword, one sent by mistake, a stop order, a question whether it came
    ["", "I replied STOP, did you get it?", "uncertain"],
    ["", "my husband replied stop on friday", "none"],
    ["", "We sent stop orders to the factory on monday", "none"],
    ["", "I texted STOP by mistake on friday, please keep me on", "none"],
  ]);
});

/** A question whether the writer's own keyword came through: held for a person, whatever follows it. */
describe("a question about the writer's own earlier keyword", () => {
  readAs([
    ["", "did my unsubscribe go through? still want the quote on the Civic", "uncertain"],
    ["", "Did you get my STOP? I still want the trade-in numbers", "uncertain"],
    ["", "has my opt out been processed?", "uncertain"],
    ["es", "¿Les llegó mi BAJA? Igual quiero la cotización", "uncertain"],
    ["de", "Ist mein STOPP angekommen?", "uncertain"],
    ["nl", "Is mijn STOP wel aangekomen?", "uncertain"],
    ["fr", "Avez-vous bien reçu mon STOP ?", "uncertain"],
    // controls: the keyword told again, and asked why the sender goes on
    ["", "I replied STOP. Why are you still texting me?", "opt_out"],
    ["", "Did you get the pictures I sent?", "none"],
    ["fr", "Avez-vous bien reçu mon chèque ?", "none"],
  ]);
});

/**
 * How often, not whether: a keyword closing a sentence whose earlier clause names a rate, a rate in the
 * clause going on with a list of channels, or granted after it; and when, after the line is named.
 */
describe("a rate complained of or granted, a time after the line named", () => {
  readAs([
    ["", "Two texts a day is way too many, please stop", "uncertain"],
    ["", "5 calls a week is ridiculous, stop", "uncertain"],
    ["es", "Tres correos al día es demasiado, paren", "uncertain"],
    ["de", "Jeden Tag drei Anrufe, stopp", "uncertain"],
    ["nl", "Drie sms'jes per dag is te veel, stop", "uncertain"],
    ["fr", "Trois mails par jour c'est trop, arrêtez", "uncertain"],
    ["", "Stop calling, texting and emailing me every day.", "uncertain"],
    ["", "Stop calling, texting and emailing me. Once a month is fine.", "uncertain"],
    ["", "stop calling my cell during dinner, any other time works", "none"],
    ["", "stop texting my phone after 9pm", "none"],
    // controls: a keyword after a refusal, a list with no rate, the line alone
    ["", "I'm done with these texts, stop", "opt_out", "sms"],
    ["", "not interested, stop", "opt_out"],
    ["", "Stop calling, texting and emailing me.", "opt_out"],
    ["", "stop calling my cell", "opt_out", "call"],
    ["", "stop texting this number please", "opt_out", "sms"],
    ["nl", "Ik heb geen interesse meer, stop", "opt_out"],
  ]);
});

/** A keyword followed by a correction of what the writer asked about: the writer stops themselves; held. */
describe("a keyword before a correction", () => {
  readAs([
    ["", "stop, I meant the blue one", "uncertain"],
    ["", "Stop. I meant 2021, not 2019", "uncertain"],
    ["es", "Alto, quise decir el rojo", "uncertain"],
    ["de", "Stopp, ich meinte den Kombi", "uncertain"],
    ["nl", "Stop, ik bedoelde de blauwe", "uncertain"],
    ["fr", "Stop, je voulais dire la bleue", "uncertain"],
    // controls: the keyword meant
    ["", "STOP. I meant what I said", "opt_out"],
    ["", "Stop, I meant it when I said no", "opt_out"],
    ["", "STOP STOP STOP", "opt_out"],
  ]);
});

/** A business asking how the vendor's product handles opt-outs: about the product, not the writer's own contact. */
describe("a business asking about the vendor's opt-out handling", () => {
  readAs([
    ["", "Does your software scrub our lead list against the federal do not call registry?", "none"],
    ["", "Can your app auto-block contacts who reply UNSUBSCRIBE? Legal asked about TCPA", "none"],
    ["", "Our opt out webhook keeps timing out in the sandbox. Is STOP handled on your side?", "none"],
    ["es", "¿Su plataforma filtra los números contra la Lista Robinson antes de enviar?", "none"],
    ["de", "Gleichen Sie unsere Kontaktliste vor dem Versand mit der Robinsonliste ab?", "none"],
    ["nl", "Checken jullie de belbestanden tegen het Bel-me-niet Register?", "none"],
    ["fr", "Votre plateforme vérifie-t-elle les numéros dans Bloctel avant l'envoi ?", "none"],
    // controls: a lead's own question, a lead on a registry, an opt-out beside a question about the product
    ["", "How do I unsubscribe from your app?", "uncertain"],
    ["", "please scrub my number from your list", "opt_out"],
    ["", "I'm on the national do not call registry, stop calling me", "opt_out", "call"],
    ["", "Does your system even honor STOP? I replied STOP twice and you keep texting", "opt_out"],
    ["fr", "Je suis inscrit sur Bloctel, arrêtez de m'appeler", "opt_out", "call"],
    ["nl", "Zet me op de bel-me-niet-lijst", "opt_out"],
  ]);
});

/** An account closed, with no word of data or contact: may or may not refuse contact, so held. */
describe("an account closed, without data", () => {
  readAs([
    ["", "please close my account", "uncertain"],
    ["", "Deactivate my profile, thanks", "uncertain"],
    ["es", "Cierren mi cuenta, por favor", "uncertain"],
    ["de", "Schließen Sie bitte mein Kundenkonto.", "uncertain"],
    ["nl", "Sluit mijn account aub", "uncertain"],
    ["fr", "Fermez mon compte svp", "uncertain"],
    // controls: with the data or the contact named it opts out; an account talked about stays none
    ["", "Close my account and delete all my data", "opt_out"],
    ["", "close my account, stop emailing me", "opt_out", "email"],
    ["", "delete my account", "opt_out"],
    ["", "I closed my account at the bank, can you resend the finance offer?", "none"],
    ["es", "Cierren mi cuenta y borren mis datos personales", "opt_out"],
  ]);
});

/**
 * A sender's footer: a condition put to any reader with an instruction after it ("If you would like to
 * unsubscribe …, click here"), and a signature under a closing of two words ("Saludos cordiales,",
 * "Merci beaucoup,"), which is cut as a closing of one word is.
 */
describe("footers: a condition with an instruction, a signature under a two-word closing", () => {
  readAs([
    ["", "If you would like to unsubscribe from these emails, click here.", "none"],
    [
      "es",
      "Gracias por la información.\n\nSaludos cordiales,\nAna Pérez\nVentas\nEste correo es confidencial. Si usted desea darse de baja de nuestras comunicaciones, pulse aquí.",
      "none",
    ],
    ["de", "Wenn Sie keine weiteren E-Mails erhalten möchten, klicken Sie hier.", "none"],
    ["nl", "Wilt u geen nieuwsbrief meer ontvangen, klik dan hier.", "none"],
    ["fr", "Si vous ne souhaitez plus recevoir nos offres, cliquez ici.", "none"],
    ["fr", "Merci pour l'info.\n\nMerci beaucoup,\nJean Martin\nAchats\nVous ne souhaitez plus recevoir nos e-mails ? Désabonnez-vous.", "none"],
    // controls: the writer's own words under a closing, a polite request put as a condition
    ["fr", "Merci beaucoup,\nJean\nSTOP", "opt_out"],
    ["es", "Saludos cordiales,\nAna\nNo me escriban más, por favor", "opt_out"],
    ["de", "Wenn Sie mich aus Ihrem Verteiler entfernen könnten, wäre ich dankbar", "opt_out"],
    ["", "I would like to unsubscribe from these emails, thanks", "opt_out"],
  ]);
});

/** A pause ("stop for now"), a rate asked lower ("tone it down"), asked whether the writer is off the list: held. */
describe("a pause, a rate asked lower, asked whether the writer is off the list", () => {
  readAs([
    ["", "You email way too much, tone it down please", "uncertain"],
    ["", "dial back the texts", "uncertain"],
    ["", "stop for now, text me in january", "uncertain"],
    ["es", "Basta por ahora, llámame en marzo", "uncertain"],
    ["de", "Stopp für jetzt, melden Sie sich im Januar", "uncertain"],
    ["nl", "Stop voor nu, bel me in maart", "uncertain"],
    ["fr", "Stop pour l'instant, écrivez-moi en janvier", "uncertain"],
    ["", "Am I unsubscribed or not?", "uncertain"],
    ["de", "Bin ich jetzt abgemeldet oder nicht?", "uncertain"],
    ["nl", "Ben ik nou afgemeld of niet? Ik krijg nog steeds mails", "uncertain"],
    ["fr", "Suis-je désinscrit ou pas ?", "uncertain"],
    // controls: a stop for good, a real opt-out with "tone" in it, the writer telling they unsubscribed
    ["", "please stop texting me for good", "opt_out", "sms"],
    ["", "STOP. Not interested for now or ever", "opt_out"],
    ["", "I am unsubscribed, stop emailing", "opt_out", "email"],
    ["", "The ringtone is too loud, can you turn it down at the showroom?", "none"],
  ]);
});

/** A keyword naming no channel takes the one channel the sender is said to go on with ("you're still emailing me"). */
describe("the channel the sender goes on with", () => {
  readAs([
    ["", "i unsubscribed in may and you're still emailing me. unsubscribe me again please", "opt_out", "email"],
    ["", "you keep texting me. STOP", "opt_out", "sms"],
    ["", "you guys are still calling me, stop", "opt_out", "call"],
    // controls: two channels named leave the scope to the channel it came on
    ["", "you keep emailing and texting me. STOP", "opt_out", "-"],
    ["", "STOP", "opt_out", "-"],
  ]);
});
