import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A twenty-fourth check batch: the probes written for the twenty-third and twenty-fourth held-out
 * batches' errors, each error's class in the five languages with controls (a request repeated as a
 * negated obligation after "how many times must I say", "dass Sie mich nicht anrufen sollen", "dat
 * jullie me niet moeten bellen"; Spanish `vosotros` forms, "Que dejéis de llamarme"; a polite request
 * put as a condition, "if you could remove me", "wenn Sie mich … entfernen könnten", next to real
 * conditions; a third party's report with words between the party and its verb of saying, "Meine Frau
 * hat Ihnen am Telefon gesagt"; a sentence left unpunctuated after the stop's object, "no more calls my
 * wife handles it"; a bare negated infinitive as the whole clause, "Niet bellen aub, stuur maar een
 * mail"; "me sortir de votre base"; a fronted medium wanted no more, "Die Werbe-SMS möchte ich nicht
 * mehr bekommen"; a list of every channel gathered, "Calls, texts, emails - all of it"; a Dutch email
 * address named before the request). Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_24: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("How many times do I have to tell you not to call me?", "call"),
  en.out("How many times must I say that you shouldn't call me?", "call"),
  en.hard("reported", "My wife told you not to call me, but I still want the quote."),
  en.hard("reported", "I never told you not to call me."),
  en.hard("constraint", "I told you not to call me before 6."),
  en.out("If you could take me off your list please."),
  en.out("If you could stop texting me I'd be grateful.", "sms"),
  en.out("I would be most grateful if you could remove my email address from your list.", "email"),
  en.hard("condition", "If I don't answer, stop calling.", "uncertain"),
  en.hard("condition", "If you could not reach me, stop calling.", "uncertain"),
  en.out("I don't want the marketing texts, please stop sending them.", "sms"),
  en.out("i dont want any more calls my wife handles it now", "call"),
  en.hard("constraint", "stop calling my wife"),
  en.out("Please don't call, email me instead", "call"),
  en.out("You can take me out of your database, we're moving abroad."),
  en.out("Take me off every list you have. Calls, texts, emails - all of it.", "all"),
  en.out("No more calls or texts please, email is fine.", "call"),
  en.hard("reported", "My wife told you on the phone last week to stop calling - ignore that, I'm handling the bathroom."),
  // ---------------- Spanish ----------------
  es.out("¿Cuántas veces os tengo que decir que no me llaméis?", "call"),
  es.out("Que dejéis de llamarme ya.", "call"),
  es.out("Dejad de escribirme."),
  es.hard("question", "¿Por qué dejasteis de llamarme?"),
  es.out("Si pudieran quitarme de su lista se lo agradecería."),
  es.hard("condition", "Si no contesto, dejen de llamarme.", "uncertain"),
  es.out("ya no quiero más llamadas mi esposa se encarga del carro ahora gracias", "call"),
  es.out("No llamar por favor, mejor un correo", "call"),
  es.hard("constraint", "No llamar antes de las 10"),
  es.out("Y ya me pueden sacar de su base, nos vamos al extranjero."),
  es.out("Sáquenme de todas sus listas. Llamadas, SMS, correos, todo.", "all"),
  es.hard("constraint", "Ni llamadas ni correos, los SMS sí."),
  es.hard("reported", "Mi esposa le dijo ayer por teléfono que dejaran de llamar, ignórelo, yo me encargo del baño."),
  // ---------------- German ----------------
  de.out("Wie oft soll ich noch sagen, dass Sie mir nicht schreiben sollen?"),
  de.out("Ich habe Ihnen doch gesagt, dass Sie mich nicht anrufen sollen.", "call"),
  de.hard("reported", "Mein Mann hat gesagt, dass Sie mich nicht anrufen sollen, aber ich will ein Angebot."),
  de.hard("reported", "Ich habe nie gesagt, dass Sie mich nicht anrufen sollen."),
  de.out("Wenn Sie mich aus Ihrem Verteiler entfernen könnten, wäre ich dankbar."),
  de.out("Wenn Sie mich nicht mehr anrufen würden, wäre das schön.", "call"),
  de.hard("condition", "Wenn ich nicht antworte, rufen Sie mich nicht mehr an.", "uncertain"),
  de.out("ich will keine Anrufe mehr meine Frau kümmert sich jetzt um das Auto danke", "call"),
  de.hard("constraint", "keine Anrufe mehr bei meiner Frau bitte"),
  de.out("Nicht anrufen bitte, lieber eine Mail schicken", "call"),
  de.hard("constraint", "Bitte nicht vor 10 anrufen"),
  de.out("Und Sie können mich aus Ihrer Kartei nehmen, wir ziehen ins Ausland."),
  de.out("Die Werbe-SMS möchte ich aber nicht mehr bekommen.", "sms"),
  de.hard("negation", "Die SMS habe ich nicht mehr bekommen."),
  de.hard("negation", "Die SMS sind nicht mehr angekommen."),
  de.out("Tragen Sie mich aus allen Listen aus. Anrufe, SMS, E-Mails - alles.", "all"),
  de.out("Mein Mann ist krank und ich will, dass Sie nicht mehr anrufen.", "call"),
  de.hard("reported", "Meine Frau hat Ihnen am Telefon gesagt, dass Sie nicht mehr anrufen sollen. Bitte ignorieren, ich will das Angebot."),
  // ---------------- Dutch ----------------
  nl.out("Hoe vaak moet ik nog zeggen dat u mij niet moet mailen?", "email"),
  nl.hard("reported", "Mijn vrouw zei dat jullie me niet moeten bellen, maar ik wil wel een offerte."),
  nl.hard("reported", "Ik heb nooit gezegd dat jullie me niet moeten bellen."),
  nl.out("Als u mij van uw lijst zou kunnen halen, graag."),
  nl.out("Als u mij niet meer zou kunnen bellen, graag.", "call"),
  nl.hard("condition", "Als ik vandaag niet opneem, bel me dan niet meer.", "uncertain"),
  nl.out("ik wil geen telefoontjes meer mijn vrouw regelt de auto nu bedankt", "call"),
  nl.hard("constraint", "geen telefoontjes meer naar mijn vrouw aub"),
  nl.out("Niet bellen alsjeblieft", "call"),
  nl.hard("constraint", "Niet bellen voor 10 uur aub, stuur maar een mail"),
  nl.hard("constraint", "Niet bellen op mijn werk"),
  nl.out("En u kunt me uit uw bestand halen, we verhuizen naar het buitenland."),
  nl.out("De reclame-sms'jes wil ik niet meer ontvangen."),
  nl.hard("negation", "De sms'jes heb ik niet meer ontvangen."),
  nl.out("Haal me van uw lijst. Bellen, sms, mail - alles.", "all"),
  nl.out("Graag verzoek ik u mijn e-mailadres uit uw bestand te verwijderen.", "email"),
  nl.hard("reported", "Mijn vrouw heeft u vorige week aan de telefoon gezegd dat u niet meer moet bellen, negeer dat maar."),
  // ---------------- French ----------------
  fr.out("Combien de fois faut-il vous dire que vous ne devez pas m'appeler ?", "call"),
  fr.out("Si vous pouviez me retirer de votre liste, merci."),
  fr.out("Si vous pouviez arrêter de m'appeler, ce serait top.", "call"),
  fr.hard("condition", "Si je ne réponds pas, arrêtez de m'appeler.", "uncertain"),
  fr.out("je veux plus d'appels ma femme s'occupe de la voiture maintenant merci", "call"),
  fr.hard("constraint", "plus d'appels à ma femme svp"),
  fr.out("Merci de ne pas appeler, envoyez plutôt un mail", "call"),
  fr.hard("constraint", "Ne pas appeler avant 18h"),
  fr.out("Vous pouvez me sortir de votre fichier."),
  fr.hard("question", "Comment me sortir de votre base ?", "uncertain"),
  fr.out("Les SMS publicitaires, je ne veux plus les recevoir."),
  fr.out("Retirez-moi de toutes vos listes. Appels, SMS, mails, tout.", "all"),
  fr.hard("reported", "Ma femme vous a dit hier au téléphone de ne plus appeler, ignorez ça, je m'occupe de la salle de bain."),
];
