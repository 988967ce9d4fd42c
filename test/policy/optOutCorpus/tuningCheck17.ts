import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A seventeenth check batch: the probes written for the tenth held-out batch's errors, each error's
 * class in the five languages with controls ("can y'all not text me", a request, with a double
 * negative after it; a question of how without its question mark; another number or address after
 * what the match sends; "laat mij nu gerust" and the leave-alone phrases with particles; "mijn nummer
 * van jullie lijst", not someone's number; a keyword said several times opening a sentence; a
 * deregistration for a class, lesson or webinar; a channel named past a cue, or "per Telefon"). Not
 * blind: its author wrote the fixes.
 */
export const TUNING_CHECK_17: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("can y'all not call me no more", "call"),
  en.out("could yall please not text me anymore", "sms"),
  en.out("can you guys not email me no more", "email"),
  en.out("could yall not call my cell no more", "call"),
  en.hard("negation", "can you not stop texting me, I like the updates"),
  en.hard("reported", "she doesn't call me no more"),
  en.hard("question", "how can i stop getting these emails", "uncertain"),
  en.hard("question", "so how do I stop these texts", "uncertain"),
  en.out("how about you stop texting me", "sms"),
  en.hard("constraint", "Stop sending texts to my old number, I gave it to my son"),
  en.hard("constraint", "quit sending emails to my old email please"),
  en.hard("constraint", "Stop sending emails to my work email, use my personal one"),
  en.out("leave me alone now, I already bought a car elsewhere"),
  en.out("Take my number off your list please"),
  en.out("STOP STOP STOP I never signed up for this"),
  en.hard("compound", "stop and go traffic all morning, running late"),
  en.hard("constraint", "I want to unsubscribe from the trial class on Wednesday, I'm sick"),
  en.hard("constraint", "Please cancel me for the webinar tomorrow"),
  en.out("Please do not send me any further emails regarding the loan offer.", "email"),
  // ---------------- Spanish ----------------
  es.out("¿pueden no llamarme nunca más?", "call"),
  es.hard("question", "como hago para dejar de recibir estos mensajes", "uncertain"),
  es.hard("question", "cómo dejo de recibir sus correos", "uncertain"),
  es.hard("constraint", "Dejen de mandar mensajes a mi número viejo, ya no lo uso"),
  es.out("Déjenme ya en paz, ya compré con la competencia"),
  es.out("Quiten mi número de su lista por favor"),
  es.out("BAJA BAJA BAJA yo nunca pedí nada"),
  es.out("ALTO ALTO ya no quiero nada"),
  es.hard("constraint", "Quiero darme de baja de la clase de prueba del miércoles, estoy enfermo"),
  es.hard("constraint", "Denme de baja del taller del sábado"),
  // ---------------- German ----------------
  de.out("könnt ihr mich bitte nicht mehr anrufen, nie mehr", "call"),
  de.hard("question", "wie melde ich mich von den SMS ab", "uncertain"),
  de.hard("question", "wie kann ich diese Mails abbestellen", "uncertain"),
  de.hard("constraint", "Schicken Sie keine SMS mehr an meine alte Nummer"),
  de.out("Lasst mich jetzt endlich in Ruhe, ich hab schon gekauft"),
  de.out("Löschen Sie meine Adresse von Ihrer Liste"),
  de.hard("constraint", "Löschen Sie die Adresse von meiner Mutter aus Ihrer Liste"),
  de.out("STOPP STOPP ich habe nichts angefordert"),
  de.hard("constraint", "Ich möchte mich von der Probestunde am Mittwoch abmelden, ich bin krank"),
  de.hard("constraint", "Bitte melden Sie mich vom Webinar morgen ab"),
  de.out("Ich widerrufe meine Einwilligung zur Kontaktaufnahme per Telefon", "call"),
  // ---------------- Dutch ----------------
  nl.out("kunnen jullie me niet meer bellen, nooit meer", "call"),
  nl.hard("question", "hoe stop ik deze berichten", "uncertain"),
  nl.hard("question", "hoe zorg ik dat ik geen sms meer krijg", "uncertain"),
  nl.hard("constraint", "Stop met sms'en naar mijn oude nummer, dat heeft mijn zoon nu"),
  nl.out("laat mij nu gerust, ik heb al een verzekering"),
  nl.out("laat ons toch eens gerust"),
  nl.out("laat me maar met rust, ik heb al iets"),
  nl.hard("invitation", "je mag me gerust bellen morgen"),
  nl.hard("invitation", "laat maar gerust weten als er iets is"),
  nl.out("Haal mijn adres van jullie lijst aub"),
  nl.out("haal mijn nummer van de bellijst", "call"),
  nl.hard("constraint", "verwijder het nummer van mijn vrouw van jullie lijst"),
  nl.hard("constraint", "bel niet meer naar het nummer van mijn moeder"),
  nl.out("STOP STOP ik wil dit niet"),
  nl.hard("constraint", "Graag afmelden voor de les van morgen, ik ben verhinderd"),
  nl.hard("constraint", "Ik meld me af voor de cursus van maandag"),
  nl.out("Ik wil me afmelden voor de nieuwsbrief", "email"),
  // ---------------- French ----------------
  fr.out("vous pouvez ne plus m'appeler, plus jamais", "call"),
  fr.hard("question", "comment je fais pour ne plus recevoir vos mails", "uncertain"),
  fr.hard("question", "comment arrêter de recevoir ces textos", "uncertain"),
  fr.hard("constraint", "Arrêtez d'envoyer des SMS à mon ancien numéro, c'est ma fille qui l'a"),
  fr.hard("constraint", "Arrêtez d'envoyer des mails à mon adresse pro, écrivez sur ma gmail"),
  fr.out("Arrêtez de m'envoyer des courriers, merci"),
  fr.out("Laissez-nous donc en paix, on a déjà signé ailleurs"),
  fr.out("laisse-moi enfin tranquille"),
  fr.out("Retirez mon numéro de votre liste svp"),
  fr.out("STOP STOP STOP j'ai rien demandé"),
  fr.hard("constraint", "Je veux me désinscrire du cours d'essai de mercredi, je suis malade"),
  fr.hard("constraint", "Désinscrivez-moi de l'atelier de samedi"),
  fr.out("Je veux me désinscrire de votre newsletter", "email"),
];
