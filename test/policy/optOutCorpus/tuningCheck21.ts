import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const es = corpus("es");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");

/**
 * A twenty-first check batch: the probes written for the seventeenth and eighteenth held-out batches'
 * errors, each error's class in the five languages with controls (a short request on the last line
 * below a closing and a name, against footers, job titles, phone numbers and addresses there; a
 * keyword opening the message before an emoji; a stop before an emoji and a clause naming the writer's
 * own things; a landline fronted before "don't call me", the mobile allowed; wanting off the list,
 * "Ik wil van jullie lijst af", which retraining flipped). Not blind: its author wrote the fixes.
 */
export const TUNING_CHECK_21: readonly LabelledMessage[] = [
  // ---------------- English ----------------
  en.out("Thanks anyway.\nBest,\nMark\nPlease stop calling me.", "call"),
  en.out("We're all set.\nRegards,\nAnna\nunsubscribe"),
  en.none("Thanks, we went with another dealer.\nCheers,\nJen\nTo unsubscribe click here"),
  en.none("Thanks for the quote.\nBest,\nJen\nSent from my iPhone"),
  en.none("Thanks for the quote.\nBest regards,\nLinda Park\nAccounts Payable | Hartwell Logistics\n555-201-8890"),
  en.out("Stop 🙄 already got a lease"),
  en.out("no more calls please 🙏 my work is busy enough", "call"),
  en.out("no more texts please, my credit is fine and im not buying", "sms"),
  en.hard("constraint", "On the landline don't call me, my mother-in-law picks up; the mobile is fine"),
  en.hard("constraint", "no more calls at work please"),
  en.out("I want off your list. Thanks."),
  // ---------------- Spanish ----------------
  es.out("Gracias, ya lo compré.\nSaludos,\nMarta\nDenme de baja por favor"),
  es.out("Ya no me interesa.\nUn saludo\nJuan\nNo me llamen más.", "call"),
  es.none("Gracias por el presupuesto.\nSaludos,\nMarta\nCalle Mayor 5, Madrid"),
  es.out("Basta 🙄 ya tengo leasing"),
  es.out("no más mensajes por favor 🙏 mi crédito está bien y no voy a comprar", "sms"),
  es.hard("constraint", "Al fijo no me llamen, por favor"),
  es.hard("constraint", "Al fijo no me llamen; al móvil sin problema"),
  es.hard("constraint", "No me llamen al fijo, que lo coge mi suegra; al móvil sin problema"),
  es.out("No me llamen más, ni al fijo ni al móvil", "call"),
  es.out("No me llamen más, tengo el fijo lleno de spam", "call"),
  es.out("Queremos salir de vuestra base de datos, gracias."),
  es.hard("negation", "No quiero salir de su lista, solo cambiar el correo."),
  // ---------------- German ----------------
  de.out("Kein Bedarf mehr.\nGruß\nAnna\nbitte austragen"),
  de.none("Danke für das Angebot.\nViele Grüße\nTom\nAbmelden vom Newsletter: hier klicken"),
  de.out("keine SMS mehr bitte 🙏 meine Finanzierung steht und ich kaufe nichts", "sms"),
  de.out("Stop 🙄 brauche nix mehr"),
  de.hard("constraint", "Aufs Festnetz bitte nicht anrufen, da geht meine Schwiegermutter ran; aufs Handy kein Problem"),
  de.out("Wir möchten aus Ihrem Verteiler raus, danke."),
  de.hard("negation", "Ich will nicht von eurer Liste runter, ich warte auf das Angebot."),
  // ---------------- Dutch ----------------
  nl.out("Niet meer nodig.\nGroetjes,\nPeter\nBel me niet meer aub", "call"),
  nl.none("Bedankt voor de offerte.\nGroet,\nSanne\nVerstuurd vanaf mijn iPhone"),
  nl.out("Stop 🙄 heb al een leasecontract"),
  nl.out("geen sms meer aub 🙏 mijn lening is rond en ik koop niks", "sms"),
  nl.hard("constraint", "Op de vaste lijn niet bellen, daar neemt mijn schoonmoeder op; mobiel is prima"),
  nl.out("Wij willen graag uit jullie bestand, dank je."),
  nl.none("Ik wil van de wachtlijst af, we hebben al een plek."),
  // ---------------- French ----------------
  fr.out("Merci, c'est réglé.\nCordialement,\nPaul\nMerci de me désinscrire"),
  fr.out("Plus besoin.\nBien à vous\nClaire\nNe m'appelez plus svp", "call"),
  fr.none("Merci pour le devis.\nCordialement,\nPaul\nPour vous désabonner, cliquez ici"),
  fr.out("Stop 🙄 j'ai déjà un leasing"),
  fr.out("plus de SMS svp 🙏 mon crédit est réglé et je n'achète pas", "sms"),
  fr.hard("constraint", "Sur le fixe ne m'appelez pas, c'est ma belle-mère qui décroche ; sur le portable pas de souci"),
  fr.out("Nous voulons être retirés de vos fichiers, merci."),
  fr.hard("negation", "Je ne veux pas sortir de votre liste, changez juste mon adresse."),
];
