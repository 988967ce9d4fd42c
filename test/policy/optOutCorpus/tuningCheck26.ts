import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A twenty-sixth check batch: the probes written for the twenty-sixth held-out batch's errors, each
 * error's class in the five languages with controls (an assistant or relative writing now for the
 * lead asks for the lead, "I am writing on behalf of Mr. Harrington … remove his details", "Mr. Okafor
 * is not interested. Please remove him"; next to a stop of someone's particular line, a condition on
 * someone's reply and a secretary's reported request; formal requests without a stop verb, "se
 * abstuvieran de", "auf keinem Wege mehr", "Ich wünsche keine weiteren Informationen"; "just remove me
 * from everything" after a contrast; "the one time I want to book" as sarcasm; a mailbox as a place,
 * "sur ma boîte pro"; a channel fronted, "Por correo no me escriban más"; Dutch "apps" as WhatsApp;
 * every channel listed after "all channels"; the lead's wish relayed in the third person, "Mr. Ortiz does
 * not wish to receive any more calls"; "not for me" and "has no interest" as the ambiguous "not
 * interested"). Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_26: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("I am writing on behalf of Mr. Hale, whose calendar I keep. He has asked that you delete his details and not contact him again."),
  en.out("Ms. Carter is not interested. Please take her off your mailing list.", "email"),
  en.out("Mr. Ortiz does not wish to receive any more calls from you.", "call"),
  en.none("He doesn't want the emails about the Civic, only the ones about the truck."),
  en.hard("constraint", "Please stop calling Ms. Carter's mobile, her office line is better."),
  en.hard("condition", "If Dr. Hale hasn't answered by Monday, please stop emailing him.", "uncertain"),
  en.hard("reported", "My secretary told you to stop calling, but that was a mistake."),
  en.hard("constraint", "I am writing on behalf of Mr. Hale: please stop calling his mobile, his office line is fine."),
  en.out("I would ask you to abstain from contacting me in future."),
  en.out("Kindly do not contact me again in any way.", "all"),
  en.out("I do not wish to receive any further information."),
  en.none("I wish to receive further information about the charter."),
  en.out("I liked the boat, not the financing. Actually, just remove me from everything."),
  en.none("Actually, just remove the roof box from the order."),
  en.hard("sarcasm", "The one time I want to book, you stop calling me. Very professional.", "uncertain"),
  en.hard("constraint", "Don't email my work inbox anymore, only my personal address."),
  en.out("Don't email me anymore, thanks.", "email"),
  en.out("no more whatsapps pls, not interested", "whatsapp"),
  en.out("All channels stop please, no email, no texts, no phone.", "all"),
  en.hard("ambiguous", "Not for me, thanks.", "uncertain"),
  en.hard("ambiguous", "That's not for us.", "uncertain"),
  en.hard("ambiguous", "Mrs. Grant has no interest at the moment.", "uncertain"),
  en.none("He has no interest in the blue one, only the red."),
  en.none("Is the bigger one for me?"),
  en.out("Not for me, please remove me from your list."),
  // ---------------- Spanish ----------------
  es.out("Le escribo en nombre del Sr. Gómez. Les pide que borren sus datos y que no vuelvan a contactarle."),
  es.out("El Sr. Pérez no está interesado. Por favor, bórrenlo de su base de datos."),
  es.out("Le informo que el Sr. Ortiz no desea recibir más correos de su parte.", "email"),
  es.hard("constraint", "Por favor, dejen de llamar al móvil del Sr. Ruiz, mejor al fijo de la oficina."),
  es.hard("condition", "Si el Sr. Ruiz no ha contestado antes del viernes, dejen de escribirle.", "uncertain"),
  es.hard("reported", "Mi secretaria les dijo que dejaran de llamar, pero fue un error."),
  es.out("Les ruego que se abstengan de contactarme en el futuro."),
  es.out("No deseo recibir más información."),
  es.none("Deseo recibir más información sobre el velero."),
  es.out("Me interesa el coche, la financiación no. En realidad, bórrenme de todo."),
  es.hard("sarcasm", "La única vez que quiero reservar, dejan de llamarme. Muy profesional.", "uncertain"),
  es.hard("constraint", "No me escriban más al buzón del trabajo, solo al correo personal."),
  es.out("Por WhatsApp no me escriban más, si acaso llámenme.", "whatsapp"),
  es.out("Todos los canales stop, ni correo ni SMS ni llamadas.", "all"),
  es.hard("ambiguous", "No es para mí, gracias.", "uncertain"),
  es.hard("ambiguous", "El Sr. Pérez no tiene interés por ahora.", "uncertain"),
  es.none("Email está bien, llamadas también."),
  // ---------------- German ----------------
  de.out("Ich schreibe im Auftrag von Herrn Berger. Er bittet Sie, seine Daten zu löschen und ihn nicht mehr zu kontaktieren."),
  de.out("Herr Schulz hat kein Interesse. Bitte löschen Sie ihn aus Ihrer Datenbank."),
  de.out("Herr Ortiz wünscht keine weiteren Anrufe.", "call"),
  de.hard("constraint", "Bitte rufen Sie nicht mehr auf dem Handy von Herrn Schulz an, sondern im Büro."),
  de.hard("condition", "Falls Herr Schulz bis Freitag nicht geantwortet hat, schreiben Sie ihm bitte nicht mehr.", "uncertain"),
  de.hard("reported", "Meine Sekretärin hat gesagt, dass Sie nicht mehr anrufen sollen, aber das war ein Irrtum."),
  de.out("Bitte kontaktieren Sie mich auf keinem Wege mehr.", "all"),
  de.out("Ich wünsche keine weiteren Informationen von Ihnen."),
  de.none("Ich wünsche weitere Informationen zum Cabrio."),
  de.none("Ich brauche keine weiteren Unterlagen, ich habe alles."),
  de.out("Der Kombi gefällt mir, die Leasingangebote nicht. Eigentlich: Schicken Sie mir gar nichts mehr."),
  de.hard("sarcasm", "Das eine Mal, wo ich kaufen will, rufen Sie nicht mehr an. Sehr professionell.", "uncertain"),
  de.hard("constraint", "Schreiben Sie nicht mehr an mein Firmenpostfach, nur noch an die private Adresse."),
  de.out("Per SMS bitte nichts mehr schicken, lieber anrufen.", "sms"),
  de.out("Alle Kanäle bitte stoppen, keine Mail, keine SMS, kein Telefon.", "all"),
  de.hard("ambiguous", "Das ist nichts für uns.", "uncertain"),
  de.out("Das ist nichts für mich, bitte streichen Sie mich aus der Liste."),
  // ---------------- Dutch ----------------
  nl.out("Ik schrijf namens de heer Jansen. Hij verzoekt u zijn gegevens te verwijderen en geen contact meer met hem op te nemen."),
  nl.out("Meneer De Vries heeft geen interesse. Haal hem alstublieft uit uw bestand."),
  nl.out("Meneer Ortiz wenst geen telefoontjes meer te ontvangen.", "call"),
  nl.hard("constraint", "Bel alstublieft niet meer naar het mobiele nummer van meneer Jansen, bel het kantoor."),
  nl.hard("condition", "Als meneer Jansen voor vrijdag niet heeft gereageerd, stop dan met mailen.", "uncertain"),
  nl.hard("reported", "Mijn assistent heeft gezegd dat jullie moesten stoppen met mailen, maar dat klopte niet."),
  nl.hard("reported", "Ik schrijf namens mijn moeder. Mijn broer heeft gezegd dat jullie moesten stoppen met bellen, maar dat was een vergissing."),
  nl.out("Ik verzoek u zich voortaan te onthouden van elk contact met mij."),
  nl.out("Neem op geen enkele manier meer contact met mij op.", "all"),
  nl.out("Ik wens geen verdere informatie te ontvangen."),
  nl.none("Ik wens meer informatie over de sloep."),
  nl.out("De sloep vind ik mooi, de financiering niet. Eigenlijk: stuur me helemaal niks meer."),
  nl.hard("sarcasm", "De ene keer dat ik wil boeken, bellen jullie niet meer. Heel professioneel.", "uncertain"),
  nl.hard("constraint", "Mail niet meer naar mijn werkmailbox, alleen naar mijn privéadres."),
  nl.out("Stuur geen apps meer aub", "whatsapp"),
  nl.out("Alle kanalen stoppen graag, geen mail, geen sms, geen telefoon.", "all"),
  nl.hard("ambiguous", "Niks voor mij, bedankt.", "uncertain"),
  // ---------------- French ----------------
  fr.out("Je vous écris au nom de M. Dubois. Il vous demande de supprimer ses coordonnées et de ne plus le contacter."),
  fr.out("M. Martin n'est pas intéressé. Merci de le retirer de votre fichier."),
  fr.out("M. Ortiz ne souhaite plus recevoir d'appels.", "call"),
  fr.hard("constraint", "Merci de ne plus appeler le portable de M. Martin, appelez plutôt le bureau."),
  fr.hard("condition", "Si M. Martin n'a pas répondu d'ici vendredi, arrêtez de lui écrire.", "uncertain"),
  fr.hard("reported", "Ma secrétaire vous a dit d'arrêter d'appeler, mais c'était une erreur."),
  fr.out("Je vous saurais gré de vous abstenir de me contacter à l'avenir."),
  fr.out("Ne me contactez plus d'aucune manière.", "all"),
  fr.out("Je ne souhaite plus recevoir d'informations."),
  fr.none("Je souhaite recevoir plus d'informations sur le voilier."),
  fr.out("Le cabriolet m'intéresse, le financement non. En fait, retirez-moi de tout."),
  fr.hard("sarcasm", "La seule fois où je veux réserver, vous ne m'appelez plus. Très professionnel.", "uncertain"),
  fr.hard("constraint", "Ne m'écrivez plus sur ma boîte professionnelle, seulement sur mon adresse perso."),
  fr.out("Ne m'envoyez plus rien sur ma boîte mail.", "email"),
  fr.out("Par SMS, ne m'écrivez plus.", "sms"),
  fr.out("Tous les canaux stop, pas de mail, pas de SMS, pas de téléphone.", "all"),
  fr.hard("ambiguous", "Ce n'est pas pour moi, merci.", "uncertain"),
  fr.hard("ambiguous", "M. Martin n'a aucun intérêt pour le moment.", "uncertain"),
];
