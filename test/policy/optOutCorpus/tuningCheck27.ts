import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A twenty-seventh check batch: the probes written for the twenty-seventh and twenty-eighth held-out
 * batches' errors, each error's class in the five languages with controls (Swiss and colloquial
 * "hört uf mi aazlüüte", "hört mal auf mir zu schreiben"; a keyword closing a sentence after a
 * particle, "dus stop maar", "also einfach stopp", "donc stop hein"; a question closed by a demanding
 * tag, "… oui ??", "… or what??"; formal "von weiteren Anrufen abzusehen", "af te zien van", "renoncer
 * à"; a relative introducing themselves for the lead, "met de zoon van mevrouw Jansen … bel haar niet
 * meer"; the channel no longer needed, "Jullie sms'jes hoeven niet meer hoor", "I don't need your texts
 * anymore"; a stop aimed at a thing, an add-on package or a lesson's compound, "opt out of the paint
 * protection package", "Meld me maar af voor de spinningles"; needing nothing more as the ambiguous
 * "not interested", "Ya está, no necesito nada más"; every channel in a concessive, "de quelque manière
 * que ce soit", "por cualquier canal", "egal über welchen Kanal"; a list named by its channel, "aus
 * Ihrem E-Mail-Verteiler", "e-maillijst"; and the one channel the writer says they keep receiving
 * giving a list removal its scope; found while retraining: "I would like to be unsubscribed from all of it", "que me dieran de
 * baja", "von allem abgemeldet werden", every channel as "via elk kanaal", "über jeden Kanal"). Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_27: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("Already bought one elsewhere, so just stop."),
  en.out("Are you going to stop calling me or what??", "call"),
  en.hard("question", "Are you going to stop calling me?", "uncertain"),
  en.out("I would ask you to refrain from any further calls.", "call"),
  en.out("hi this is the son of Mrs Jones, my mum is 79 and doesn't want a scooter or anything so please stop calling her", "call"),
  en.none("hi this is the son of Mrs Jones, please call her back about the scooter"),
  en.out("I don't need your texts anymore, thanks", "sms"),
  en.none("I don't need the quote anymore, thanks"),
  en.hard("constraint", "I'd like to opt out of the extended warranty package, but keep the rest of the quote"),
  en.out("I'd like to opt out of the emails, but keep the rest", "email"),
  en.hard("constraint", "Unsubscribe me from the spin class on Saturday"),
  en.hard("ambiguous", "That's it, I don't need anything else", "uncertain"),
  en.out("I don't want any more marketing from you, whatever the channel.", "all"),
  en.none("Which channel do you prefer? Any channel works for me."),
  en.out("Please remove me from your email list.", "email"),
  en.out("I've been getting emails about your lease offer for weeks. I never asked to be contacted. Please remove me from your distribution list.", "email"),
  en.out("I would like to be unsubscribed from all of it, every channel.", "all"),
  en.hard("constraint", "I would like to be unsubscribed from the yoga class."),
  // ---------------- Spanish ----------------
  es.out("Ya compré en otro sitio, así que basta ya."),
  es.out("¿Van a dejar de llamarme o qué??", "call"),
  es.out("Les ruego que se abstengan de más llamadas.", "call"),
  es.out("hola soy el hijo de la señora García, mi madre tiene 79 años y no quiere ningún patinete ni nada, así que no la llamen más", "call"),
  es.hard("constraint", "Quiero darme de baja del paquete de protección de pintura, pero mantengan el resto del presupuesto"),
  es.hard("constraint", "Denme de baja de la clase de spinning del sábado, la semana que viene vuelvo"),
  es.hard("ambiguous", "Ya está, no necesito nada más", "uncertain"),
  es.hard("ambiguous", "No necesito nada más, gracias", "uncertain"),
  es.out("No necesito nada más, no me llamen", "call"),
  es.out("Solicito que me den de baja de todas sus comunicaciones comerciales, por cualquier canal.", "all"),
  es.none("Pueden escribirme por cualquier canal."),
  es.out(
    "Recibo desde hace semanas correos sobre su oferta de renting. Nunca pedí que me contactaran. Por favor, elimínenme de su lista de distribución.",
    "email",
  ),
  es.out("Me gustaría que me dieran de baja de todo, por cualquier canal.", "all"),
  // ---------------- German ----------------
  de.out("Hört uf mi aazlüüte, ich bruch nüt", "call"),
  de.out("hör mal auf mir zu schreiben"),
  de.none("hört auf zu lachen"),
  de.out("Hab schon eins gekauft, also einfach stopp."),
  de.out("Hören Sie jetzt endlich auf mich anzurufen oder was??", "call"),
  de.out("Ich bitte Sie daher, von weiteren Anrufen abzusehen.", "call"),
  de.out("Bitte sehen Sie künftig von jeder Kontaktaufnahme ab."),
  de.none("Bitte sehen Sie von einer Probefahrt ab."),
  de.none("Ich bitte Sie, von weiteren Preisnachlässen abzusehen."),
  de.out("hallo hier ist der Sohn von Frau Müller, meine Mutter ist 79 und will keinen Roller oder sonst was, also rufen Sie sie bitte nicht mehr an", "call"),
  de.hard("constraint", "Melden Sie mich bitte vom Spinningkurs am Samstag ab, nächste Woche bin ich wieder da"),
  de.out("Melden Sie mich bitte vom Newsletter ab", "email"),
  de.hard("constraint", "Ich möchte mich vom Lackschutzpaket abmelden, aber den Rest des Angebots behalten"),
  de.hard("ambiguous", "Das wars, ich brauche nichts mehr", "uncertain"),
  de.out("Ich möchte keine Werbung mehr von Ihnen erhalten, egal über welchen Kanal.", "all"),
  de.out("Ich bitte Sie, mich aus Ihrem E-Mail-Verteiler zu entfernen.", "email"),
  de.out("Ich bekomme seit Wochen E-Mails zu Ihrem Leasingangebot. Ich habe nie um Kontakt gebeten. Bitte nehmen Sie mich aus Ihrem Verteiler.", "email"),
  de.out("Ich möchte von allem abgemeldet werden, über jeden Kanal.", "all"),
  // ---------------- Dutch ----------------
  nl.out("Ik heb al een auto, dus stop maar"),
  nl.hard("condition", "Als het al verkocht is, dan stop maar", "uncertain"),
  nl.none("stop maar met de schuur, die doe ik zelf"),
  nl.out("Gaan jullie nou eens stoppen met bellen of niet??", "call"),
  nl.out("Ik verzoek u af te zien van verdere telefoontjes.", "call"),
  nl.none("Ik zie af van de proefrit."),
  nl.out("hallo met de zoon van mevrouw Jansen, mijn moeder wil geen scooter of wat dan ook dus bel haar alsjeblieft niet meer", "call"),
  nl.none("hallo met de zoon van mevrouw Jansen, mijn moeder wil de scooter toch, bel haar morgen maar"),
  nl.out("Die mails hoeven voor mij niet meer hoor", "email"),
  nl.none("De offerte hoeft niet meer hoor"),
  nl.hard("constraint", "Meld me maar af voor de yogales van dinsdag"),
  nl.out("Meld me maar af voor de nieuwsbrief", "email"),
  nl.hard("constraint", "Ik wil me afmelden voor het lakbeschermingspakket, maar de rest van de offerte houden"),
  nl.hard("ambiguous", "Dat was het, ik heb verder niets meer nodig", "uncertain"),
  nl.out("Ik wil geen reclame meer van jullie, op welke manier dan ook.", "all"),
  nl.out("Haal me alstublieft uit jullie e-maillijst.", "email"),
  nl.out("Ik krijg al weken e-mails over jullie leaseaanbod. Ik heb nooit om contact gevraagd. Haal me alstublieft uit jullie verzendlijst.", "email"),
  nl.out("Ik wil graag overal voor uitgeschreven worden, via elk kanaal.", "all"),
  // ---------------- French ----------------
  fr.out("J'ai déjà acheté ailleurs, donc stop hein."),
  fr.out("Vous allez arrêter de m'appeler oui ?", "call"),
  fr.hard("question", "Vous allez arrêter de m'appeler quand ?", "uncertain"),
  fr.out("Je vous prie de renoncer à tout nouvel appel.", "call"),
  fr.none("Je renonce à l'option GPS, mais envoyez-moi le devis."),
  fr.out("bonjour c'est le fils de Mme Dupont, ma mère a 79 ans et ne veut pas de scooter ni rien, donc ne l'appelez plus svp", "call"),
  fr.hard("constraint", "Désinscrivez-moi du cours de spinning de samedi, je reviens la semaine prochaine"),
  fr.hard("constraint", "Je souhaite me désinscrire du pack protection peinture, mais garder le reste du devis"),
  fr.hard("ambiguous", "C'est bon, je n'ai besoin de rien d'autre", "uncertain"),
  fr.out("Je ne souhaite plus être contactée, de quelque manière que ce soit, merci.", "all"),
  fr.none("Vous pouvez me joindre de quelque manière que ce soit."),
  fr.out("Merci de me retirer de votre liste de diffusion e-mail.", "email"),
  fr.out("Je reçois vos SMS depuis des semaines. Merci de me retirer de votre liste de diffusion.", "sms"),
  fr.out("Je souhaite être désinscrit de tout, sur tous les canaux.", "all"),
  fr.out("Je ne veux plus recevoir vos offres de forfait mobile, merci."),
];
