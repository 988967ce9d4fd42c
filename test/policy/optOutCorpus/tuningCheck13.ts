import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A thirteenth check batch, written after the n-gram second opinion, the typo reading and the
 * probes of this round had landed, and run once on that state before anything was adjusted to it
 * (figures in docs/compliance.md): replies mixing a story with the request, and hard negatives of
 * each kind. Not blind: its author wrote the fixes. Two scopes were dropped after the run to follow
 * the corpus's convention that "messages" name no channel.
 */
export const TUNING_CHECK_13: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("We ended up leasing a Model 3 from the Tesla store, thanks for your patience. Please take me off your contact list."),
  en.out("ok seriously, this is the 4th voicemail. I am not buying. quit calling", "call"),
  en.out("Hey it's Rob. Sold my truck privately so I don't need a trade-in anymore. You can stop messaging me now"),
  en.out("I'd appreciate it if you no longer contacted me about the Civic or anything else"),
  en.out("kindly delete my contact details from your database and confirm"),
  en.out("nah bro stop hittin my phone every day, im good", "call"),
  en.hard("condition", "if the F-150 doesn't come in by June you can stop emailing me", "uncertain"),
  en.hard("reported", "my brother told me you'd stop calling once I signed, is that right?"),
  en.hard("negation", "I don't want you to stop sending the specials, they're great"),
  en.hard("constraint", "stop calling my wife's cell, she's not the buyer, I am"),
  en.hard("frequency", "three emails a day is a lot, can you slow down a bit?", "uncertain"),
  en.none("Can you call me back around 2? Need to talk numbers"),
  // ---------------- Spanish ----------------
  es.out("Fíjese que ya compramos la camioneta en otra agencia, así que ya no me estén llamando por favor", "call"),
  es.out("Ya no me interesa, bórrenme de su lista de clientes"),
  es.out("oigan ya estuvo con los mensajes, no voy a comprar nada"),
  es.out("Les pido de la manera más atenta que ya no me contacten."),
  es.out("no me vuelvan a mandar correos, gracias", "email"),
  es.out("ya párenle con los whatsapps", "whatsapp"),
  es.hard("condition", "si para el viernes no bajan el precio, ya no me llamen", "uncertain"),
  es.hard("reported", "mi suegra dice que ya no me llamen, pero ella no decide"),
  es.hard("negation", "no dejen de avisarme cuando llegue la Hilux"),
  es.hard("constraint", "no me llamen a la oficina, mejor al celular después de las 6"),
  es.hard("frequency", "me mandan muchísimos mensajes, con uno a la semana basta", "uncertain"),
  es.none("¿Me pueden mandar la ficha técnica por correo?"),
  // ---------------- German ----------------
  de.out("Wir haben uns für einen Gebrauchten beim Händler um die Ecke entschieden. Bitte rufen Sie mich künftig nicht mehr an.", "call"),
  de.out("Bitte entfernen Sie meine E-Mail-Adresse aus Ihrem Verteiler", "email"),
  de.out("Jetzt reicht's, keine Anrufe mehr!", "call"),
  de.out("Ich widerspreche der Nutzung meiner Daten für Werbezwecke und bitte um Löschung."),
  de.out("hör bitte auf mir ständig zu schreiben, ich hab kein Interesse mehr"),
  de.out("Bitte streicht mich aus eurer Kundenliste"),
  de.hard("condition", "Falls der Preis nicht runtergeht, brauchen Sie mich nicht mehr anzurufen", "uncertain"),
  de.hard("reported", "Meine Frau meinte, Sie sollen nicht mehr anrufen, aber ich will das Angebot noch sehen"),
  de.hard("negation", "Hören Sie bloß nicht auf, mir die Angebote zu schicken!"),
  de.hard("constraint", "Rufen Sie bitte nicht mehr vor 17 Uhr an, da bin ich in der Arbeit"),
  de.hard("frequency", "Drei Anrufe am Tag sind zu viel, einmal pro Woche reicht", "uncertain"),
  de.none("Können Sie mir die Finanzierung per Mail schicken?"),
  // ---------------- Dutch ----------------
  nl.out("We hebben de auto al gekocht bij een andere dealer. Graag geen telefoontjes meer.", "call"),
  nl.out("Wil je me alsjeblieft uit jullie mailinglijst halen?", "email"),
  nl.out("hou nou eens op met dat gebel", "call"),
  nl.out("Ik wil niet langer benaderd worden door jullie bedrijf."),
  nl.out("verwijder al mijn gegevens uit jullie systeem aub"),
  nl.out("jullie hoeven me niet meer te appen, ik heb al iets", "whatsapp"),
  nl.hard("condition", "als ik vrijdag niks van me laat horen, hoeven jullie niet meer te bellen", "uncertain"),
  nl.hard("reported", "mijn man zegt dat jullie moeten stoppen met bellen, maar ik wil nog wel een offerte"),
  nl.hard("negation", "stop vooral niet met die nieuwsbrief, die is handig"),
  nl.hard("constraint", "bel me niet meer op mijn werk, thuis kan wel"),
  nl.hard("frequency", "elke dag een sms is echt te veel, één keer per week is genoeg", "uncertain"),
  nl.none("Kunnen jullie me morgen terugbellen over de inruil?"),
  // ---------------- French ----------------
  fr.out("Nous avons finalement acheté chez un concurrent. Merci de ne plus m'appeler.", "call"),
  fr.out("Retirez mon adresse mail de vos listes de diffusion svp", "email"),
  fr.out("ça suffit maintenant les appels, je n'achèterai rien", "call"),
  fr.out("Je m'oppose à l'utilisation de mes données à des fins commerciales, supprimez-les."),
  fr.out("arrête de m'envoyer des textos stp", "sms"),
  fr.out("je ne souhaite plus recevoir vos offres par whatsapp", "whatsapp"),
  fr.hard("condition", "si vous ne trouvez pas le modèle d'ici lundi, ne m'appelez plus", "uncertain"),
  fr.hard("reported", "ma femme dit que vous devez arrêter d'appeler, mais c'est moi qui décide"),
  fr.hard("negation", "surtout n'arrêtez pas de m'envoyer les promos"),
  fr.hard("constraint", "ne m'appelez plus au bureau, plutôt sur mon portable"),
  fr.hard("frequency", "trois SMS par jour c'est trop, un par semaine ça suffit", "uncertain"),
  fr.none("Pouvez-vous me rappeler demain pour l'essai ?"),
];
