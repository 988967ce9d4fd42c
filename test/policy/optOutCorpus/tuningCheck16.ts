import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A sixteenth check batch: the probes written for the ninth held-out batch's errors, each error's
 * class in the five languages with controls (a negated periphrasis, "go and remove me", negating the
 * stop; an insistence opening a long question; a keyword closing a sentence after a connective of
 * consequence, uncertain after a condition; "funny that" and its kin; a keyword with "all channels";
 * a deregistration for a viewing; a word for messages naming SMS). Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_16: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.hard("negation", "Don't go removing me from your list, I still want the listings in Oak Park"),
  en.out("Don't go calling me again", "call"),
  en.out("How many times do I have to say it to you people that you need to stop calling me?", "call"),
  en.out("Already got insurance through work, so stop"),
  en.out("I already bought a truck so stop"),
  en.hard("condition", "if it sold already then stop", "uncertain"),
  en.hard("compound", "so stop by the shop tomorrow"),
  en.hard("sarcasm", "Funny that you stop texting me since I asked about the price 🙄", "uncertain"),
  en.hard("sarcasm", "Strange that you stop calling the day after I ask about financing 🙄", "uncertain"),
  en.out("all channels unsubscribe", "all"),
  en.out("Unsubscribe all channels please", "all"),
  en.hard("constraint", "Please unsubscribe me from the viewing on Thursday, something came up"),
  en.out("no more messages please, bought one already", "sms"),
  en.out("pls dont message me on whatsapp again", "whatsapp"),
  // ---------------- Spanish ----------------
  es.hard("negation", "No me vaya a quitar de la lista, sigo interesado en el Jetta"),
  es.hard("negation", "Oye no me vayas a dar de baja, todavía quiero las ofertas"),
  es.hard("negation", "no nos vayan a sacar de la lista, seguimos buscando casa"),
  es.out("No me vayan a llamar otra vez", "call"),
  es.out("No me vayan a mandar más correos", "email"),
  es.out("¿Cuántas veces tengo que decirles a ustedes que ya por favor dejen de mandarme mensajes?", "sms"),
  es.out("Ya tengo seguro con otra compañía, así que basta"),
  es.out("ya compré el carro, entonces alto"),
  es.hard("condition", "Si ya se vendió la camioneta, entonces baja", "uncertain"),
  es.hard("sarcasm", "Curioso que ya no me manden correos desde que pregunté por el precio 🙄", "uncertain"),
  es.hard("sarcasm", "Qué raro que ya no me llamen desde que pedí descuento 🙄", "uncertain"),
  es.out("Todos los canales de baja por favor", "all"),
  es.out("baja todos los canales", "all"),
  es.hard("constraint", "Por favor denme de baja de la visita del jueves, me surgió algo"),
  es.out("ya no me manden mensajes por favor, gracias", "sms"),
  es.out("no me manden más mensajes de whatsapp", "whatsapp"),
  // ---------------- German ----------------
  de.hard("negation", "Sie werden mich doch nicht etwa von der Liste streichen, ich suche noch"),
  de.hard("negation", "Streichen Sie mich bloß nicht von der Liste, ich suche noch eine Wohnung"),
  de.out("Wie oft muss ich Ihnen eigentlich noch sagen, dass Sie mir keine E-Mails mehr schicken sollen?", "email"),
  de.out("Wie oft soll ich noch sagen, dass ich keine Anrufe mehr will?", "call"),
  de.out("Wir haben schon eine Solaranlage, deshalb abmelden"),
  de.out("Auto ist schon verkauft, also bitte stopp"),
  de.hard("condition", "Wenn der Wagen schon weg ist, dann stopp", "uncertain"),
  de.hard("sarcasm", "Seltsam, dass ihr nicht mehr anruft, seit ich nach Rabatt gefragt habe 🙄", "uncertain"),
  de.hard("sarcasm", "Komisch, dass Sie mich nicht mehr anrufen, seit ich eine Frage zur Finanzierung hatte 🙄", "uncertain"),
  de.out("Alle Kanäle abmelden bitte", "all"),
  de.hard("constraint", "Bitte für die Besichtigung am Donnerstag abmelden, mir ist was dazwischengekommen"),
  de.out("Schicken Sie mir keine Nachrichten mehr, danke", "sms"),
  // ---------------- Dutch ----------------
  nl.hard("negation", "Gaan jullie me nou niet van de lijst halen, ik zoek nog een huis"),
  nl.out("Hoe vaak moet ik nog tegen jullie zeggen dat jullie nu echt moeten stoppen met bellen?", "call"),
  nl.out("We hebben al zonnepanelen, dus afmelden graag"),
  nl.out("auto is al verkocht, dus stop"),
  nl.hard("condition", "Als de auto al verkocht is, dan stop", "uncertain"),
  nl.hard("sarcasm", "Grappig dat jullie me geen mails meer sturen sinds ik naar de prijs vroeg 🙄", "uncertain"),
  nl.out("Meld me af voor alle kanalen", "all"),
  nl.hard("constraint", "Ik wil me afmelden voor de bezichtiging van zaterdag, ik ben ziek"),
  nl.out("Graag afmelden voor de nieuwsbrief", "email"),
  nl.out("Geen berichten meer sturen aub", "sms"),
  // ---------------- French ----------------
  fr.hard("negation", "N'allez pas me désinscrire, je veux toujours les offres"),
  fr.hard("negation", "Vous allez pas me retirer de la liste hein, je cherche toujours"),
  fr.hard("negation", "Merci de ne pas me désinscrire"),
  fr.out("Merci de ne pas me rappeler", "call"),
  fr.out("Combien de fois faut-il vous répéter à tous que vous devez arrêter de m'appeler ?", "call"),
  fr.out("On a déjà signé ailleurs, alors stop"),
  fr.out("J'ai déjà acheté une voiture donc stop svp"),
  fr.hard("condition", "Si la voiture est déjà vendue, alors stop", "uncertain"),
  fr.hard("sarcasm", "Drôle que vous ne m'envoyiez plus de mails depuis que j'ai demandé le prix 🙄", "uncertain"),
  fr.out("Tous les canaux désabonner svp", "all"),
  fr.out("Désinscrivez-moi de tous les canaux, merci", "all"),
  fr.hard("constraint", "Merci de me désinscrire de la visite de jeudi, j'ai un empêchement"),
  fr.out("Merci de me désinscrire de la newsletter", "email"),
  fr.out("Arrêtez de m'envoyer des messages, merci", "sms"),
];
