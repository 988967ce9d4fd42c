/**
 * Thirty-third held-out batch — written BLIND on 2 December 2026 from the labelling conventions
 * only (the "Opt-out" section of docs/compliance.md and the builders of labelled.ts). Its author
 * did not read the detector's source, its rule tables, the other corpus files or any test of it,
 * and did not run the detector while writing; no label was changed after the one measurement.
 *
 * Inbound replies to a car dealer's, a motorbike shop's and a B2B SaaS vendor's follow-up SMS,
 * WhatsApp messages and emails (short texts, typos, all caps, emojis, voice-note transcripts,
 * emails with signatures, quoted replies and forwarded footers), about 60 % English, the rest
 * German, Dutch, French and Spanish. Eight neighbourhoods, each with true opt-outs and look-alikes:
 *   1. repeated opt-outs said in anger or reported by the writer ("I already sent STOP twice")
 *      versus a third party's earlier request or a question about one;
 *   2. car and product talk using STOP / QUIT / CANCEL / END / UNSUBSCRIBE / STOPP / ARRÊT / PARA /
 *      ALTO as ordinary words, versus real opt-outs beside car talk;
 *   3. "Stop!" / "wait, stop" / "cancel that" as an interjection before buying intent, and hot leads;
 *   4. do-not-call vocabulary (DNC me, do-not-call list) versus DNC as a product or registry topic;
 *   5. blocking and stop-sign emojis, alone or with words;
 *   6. all-channel requests and GDPR erasure versus deleting a web account or a thing;
 *   7. email footers, signatures, quoted and forwarded text versus an unsubscribe the writer typed;
 *   8. channel-specific opt-outs (scope call / sms / email / whatsapp) versus time, place and number
 *      constraints.
 * Scope is given when the text names one channel, "all" when it names every channel.
 *
 * Measured once, blind, on main at 994f9c2 (/work/sealed/measure33.mts, each message with its own
 * locale): 102 of 114 opt-out verdicts right, 102 of 110 opt-outs read, 11 of 24 `uncertain` labels
 * held, 61 of 67 scopes. Then used to tune (the second round of 2 December 2026, docs/opt-out-corpus.md):
 * no longer blind. Kept out of the corpus and the n-gram model's training; its blind figures are the
 * floor `test/policy/optOutAdversarial.test.ts` holds. Copied verbatim: never edit these messages to fit the rules.
 */
import { corpus, type LabelledMessage } from "./labelled.js";

const en = corpus("en");
const de = corpus("de");
const nl = corpus("nl");
const fr = corpus("fr");
const es = corpus("es");

/** 1. Repeating an earlier opt-out, versus reporting a third party's or asking about one. */
export const REPEATED: readonly LabelledMessage[] = [
  en.out("I told you last week to stop texting me. STOP.", "sms"),
  en.out("I already replied STOP twice and you're still messaging me"),
  en.out("how many times do i have to say it. quit calling me", "call"),
  en.out("I texted STOP on monday and got 3 more since. Take me off your list NOW"),
  en.out("HOW MANY TIMES. I SAID STOP."),
  en.out("This is the third time I've asked you to stop emailing me. Unsubscribe me.", "email"),
  en.out("Told your salesman on the phone not to call me again and he called twice since. Do not call me again.", "call"),
  en.out("i sent stop like 4 times already??? stoppp"),
  en.out(
    "yeah hi this is Dave um I already told your guy Mike on Friday that I'm not interested and to stop calling me so uh yeah please stop calling me thanks bye",
    "call",
  ),
  en.hard("reported", "My husband says he told you guys to stop calling him, is that why nobody called me back about the Tacoma? I still want the quote"),
  en.hard("question", "did my STOP go thru? I still want the trade in appraisal tho", "uncertain"),
  en.hard("reported", "My son replied STOP from my phone by accident, ignore that please, I'm still interested in the Ninja 650"),
  en.hard("reported", "I never told anyone to stop calling me, why hasn't sales called back??"),
  en.out("Did my unsubscribe not go through? I'm still getting your emails. Remove me.", "email"),
  en.hard("reported", "my wife said she asked you to stop texting HER, not me. I'm fine with the texts"),
  en.hard("reported", "Sorry, I replied stop earlier by mistake, I meant not this week, I'm travelling. Text me Monday"),
  en.out("I replied STOP. You texted again. Next one goes to the FCC. STOP"),
  en.hard("reported", "My business partner told me he asked you to take him off the list. I'm still the contact for the fleet order, keep me posted"),
  en.hard("question", "Why did you stop texting me? I was waiting on the price for the Ranger"),
  de.out("Ich habe schon zweimal STOPP geschrieben. Hören Sie endlich auf, mir zu schreiben!"),
  de.hard(
    "reported",
    "Mein Mann hat Ihnen gesagt, Sie sollen ihn nicht mehr anrufen – das gilt nicht für mich, ich warte noch auf das Angebot für den Tiguan.",
  ),
  de.out("Wie oft denn noch: KEINE ANRUFE MEHR!", "call"),
  nl.out("Ik heb al drie keer STOP gestuurd. Stuur me niks meer!"),
  nl.hard("reported", "Mijn vrouw zei dat ze jullie gevraagd heeft te stoppen met bellen, maar ik wil wel graag teruggebeld worden over de Kona"),
  nl.out("Hoe vaak moet ik nog zeggen dat ik niet meer gebeld wil worden?", "call"),
  fr.out("Je vous ai déjà dit d'arrêter de m'envoyer des SMS. STOP.", "sms"),
  fr.hard("reported", "Ma fille dit qu'elle vous a demandé d'arrêter les appels, mais moi je veux toujours faire l'essai de la Clio"),
  fr.out("Combien de fois faut-il vous dire de ne plus m'appeler ?", "call"),
  es.out("Ya les mandé BAJA dos veces y siguen escribiendo. BAJA."),
  es.hard("reported", "Mi esposo dice que les pidió que dejaran de llamarlo, ¿por eso nadie me llamó para lo del Corolla?"),
  es.out("¿Cuántas veces les tengo que decir que no me llamen más?", "call"),
];

/** 2. Car and product talk with keyword words, versus real opt-outs beside car talk. */
export const CAR_TALK: readonly LabelledMessage[] = [
  en.none("Brakes squeal every time I stop, can I bring it in Saturday?"),
  en.none("The engine QUITS at idle when it's cold out. Is that covered under warranty?"),
  en.hard("constraint", "Cancel the Tuesday test drive, Thursday at 4 works better"),
  en.hard("question", "Does your platform honor STOP keywords automatically for our SMS campaigns?"),
  en.hard("question", "how do i turn off the auto start/stop on the 2024 Tiguan? drives me nuts"),
  en.none("Quick q - does the CANCEL button on the cruise control also switch off lane assist?"),
  en.none("End of the month works for pickup. Does the price still stand?"),
  en.hard("compound", "Bike runs non-stop now since you fixed the carb, thanks!!"),
  en.hard("constraint", "I want to opt out of the paint protection package, just the base price please"),
  en.hard("constraint", "Please cancel my service appointment for Friday, I'll rebook next week"),
  en.none("STOP LAMP bulb is out on the rear, do you have one in stock?"),
  en.out("Bought the Tacoma from another dealer. Stop texting me.", "sms"),
  en.out("Went with HubSpot instead. Please unsubscribe me from these emails.", "email"),
  en.none("Can we end the trial early and move to the paid plan? Need the invoice by Friday"),
  en.none("the kickstand wont hold, bike tips over when i stop on a slope"),
  en.hard("question", "Is there an auto-stop on the Pro plan that pauses sequences when a lead replies?"),
  en.out("Project got cancelled on our end. Please stop calling.", "call"),
  en.hard("compound", "Saw the Black Friday promo ends Sunday, can you hold the Z900 till then?"),
  en.none("Tell your salesman to quit smoking in the demo car, my wife could smell it after the test drive"),
  en.out("Cancel. Found one cheaper."),
  de.hard("compound", "Die Start-Stopp-Automatik an meinem Golf lässt sich nicht mehr abschalten, können Sie sich das ansehen?"),
  de.hard("constraint", "Bitte die Probefahrt am Dienstag stornieren, Donnerstag passt besser."),
  de.out("Auto ist schon gekauft. STOPP."),
  nl.none("Mijn motor slaat af als ik stop bij het stoplicht, kan ik zaterdag langskomen?"),
  nl.hard("constraint", "Wil me graag afmelden voor de proefrit van zaterdag, zondag kan wel"),
  nl.out("Al een auto gekocht, dus stop maar met bellen.", "call"),
  fr.none("Le moteur cale à l'arrêt, surtout au feu rouge. Vous avez un créneau lundi ?"),
  fr.hard("constraint", "Annulez l'essai de mardi svp, jeudi c'est mieux"),
  fr.out("J'ai trouvé ailleurs. Arrêtez de m'appeler.", "call"),
  es.none("La moto se para en el semáforo cuando hace frío, ¿la puedo llevar el sábado?"),
  es.none("Se fundió una luz de ALTO de atrás, ¿tienen el foco?"),
  es.out("Ya compré en otro lado, no me manden más mensajes.", "sms"),
];

/** 3. Stop / cancel as an interjection before buying intent, hot leads, and real opening keywords. */
export const INTERJECTIONS: readonly LabelledMessage[] = [
  en.none("Stop! I'll take it. What time can I pick it up?"),
  en.none("Wait, stop — is the grey one still available? I can do 28k cash"),
  en.none("Cancel that, I'll come in tomorrow morning instead"),
  en.none("STOP everything, my wife said yes to the Odyssey 😂 when can we sign"),
  en.none("stop stop stop dont sell the black one im on my way"),
  en.none("Hold on, cancel my last message, I DO want the extended warranty quote"),
  en.none("Quit playing and give me your best out the door price lol"),
  en.none("ok ok stop twisting my arm 😂 book me for Saturday 10am"),
  en.out("Stop. I'm not buying anything."),
  en.out("Stop, I bought a Harley last week"),
  en.none("End of story, I want the red one. When's delivery?"),
  en.hard("invitation", "Can you stop by my office with the contract at 3? Ready to sign"),
  en.hard("invitation", "I'll stop in after work to look at the Rebel 500"),
  en.hard("constraint", "Is the CRM integration live yet? Cancel our call if it isn't, otherwise see you at 2"),
  en.out("Cancel. Not interested anymore."),
  en.none("STOP the presses, that monthly payment actually works for me. Send the paperwork"),
  en.out("Stop please"),
  en.hard("ambiguous", "Stop. Call me next week.", "uncertain"),
  en.none("yeah hi stop uh sorry I was driving um I'll take the silver one can you hold it till Saturday"),
  de.none("Stopp, warten Sie! Ich nehme den Wagen doch. Wann kann ich vorbeikommen?"),
  de.out("Stopp. Kein Interesse mehr."),
  de.none("Halt, nicht verkaufen! Ich komme morgen mit der Anzahlung"),
  nl.none("Stop! Ik neem hem. Kan ik morgen tekenen?"),
  nl.out("Stop. Ik heb al een andere auto."),
  nl.none("Wacht, stop even, is de blauwe nog beschikbaar?"),
  fr.none("Stop, attendez ! Je prends la moto, je passe demain avec le chèque"),
  fr.out("Stop. Pas intéressé."),
  fr.none("Arrêtez tout, ma femme est d'accord pour le SUV 😄 on signe quand ?"),
  es.none("¡Alto! No la vendan, mañana paso a dejar el enganche"),
  es.out("Para ya. No me interesa."),
  es.none("Espera, para, ¿todavía tienen la Hilux gris? Me interesa"),
];

/** 4. Do-not-call vocabulary: requests versus DNC as a product feature, a registry or a question. */
export const DNC: readonly LabelledMessage[] = [
  en.out("DNC me"),
  en.out("put this number on your do not call list", "call"),
  en.out("Add me to your DNC list please"),
  en.out("please add 555-201-8834 to your DNC. thanks"),
  en.hard("question", "Our DNC list lives in Salesforce, can your tool sync it nightly?"),
  en.hard("question", "Is this number on the DNC registry? Because I registered it years ago", "uncertain"),
  en.hard("question", "DNC?", "uncertain"),
  en.hard("question", "Do you scrub lists against the national DNC registry before a campaign goes out?"),
  en.out("I'm on the national do not call registry. Do not contact this number again."),
  en.hard("ambiguous", "I'm on the do not call registry, how did you even get my number", "uncertain"),
  en.out("Put me on the do-not-contact list. Effective immediately."),
  en.hard("constraint", "Can you add my old work number 555-0199 to your DNC? This cell is fine for the quote"),
  en.hard("reported", "My dad asked to be put on your do not call list last year, is that why nobody called him about the recall?"),
  en.hard("question", "what does DNC mean on the contract? the F&I guy wrote DNC next to the warranty line"),
  en.out("dnc pls"),
  en.hard("question", "How does your app handle an internal DNC list vs the federal one? Compliance needs to know before we sign"),
  en.out("Do not call. Do not text. Do not email. Ever.", "all"),
  en.hard("ambiguous", "If you call me one more time I'm adding you to my DNC and reporting it", "uncertain"),
  en.hard("constraint", "Please take me off the do not call list, I actually want someone to call me about the Sportster"),
  de.out("Bitte setzen Sie mich auf Ihre Sperrliste, keine Anrufe mehr.", "call"),
  de.hard("question", "Gleicht Ihre Software die Robinsonliste automatisch ab? Das ist für unsere Kampagnen wichtig."),
  de.out("Bitte tragen Sie meine Nummer in Ihre interne Sperrliste ein. Danke."),
  nl.out("Zet mij op jullie bel-me-niet-lijst alstublieft", "call"),
  nl.hard("question", "Staat dit nummer in het Bel-me-niet Register? Ik dacht van wel, maar stuur me gerust de offerte"),
  nl.hard("question", "Kunnen jullie onze bel-me-niet-lijst uit Salesforce importeren?"),
  fr.out("Inscrivez mon numéro sur votre liste d'opposition, merci."),
  fr.hard("ambiguous", "Je suis inscrit sur Bloctel, comment avez-vous eu mon numéro ?", "uncertain"),
  fr.hard("question", "Votre logiciel vérifie-t-il automatiquement les numéros inscrits sur Bloctel ?"),
  es.out("Agreguen mi número a su lista de no llamar.", "call"),
  es.hard("question", "¿Su plataforma respeta automáticamente la lista de exclusión publicitaria?"),
  es.hard("ambiguous", "Estoy inscrito en la Lista Robinson, ¿de dónde sacaron mi número?", "uncertain"),
];

/** 5. Blocking and emoji. */
export const BLOCKING_EMOJI: readonly LabelledMessage[] = [
  en.out("just block me on your end, not interested"),
  en.hard("ambiguous", "I'm blocking this number.", "uncertain"),
  en.hard("ambiguous", "⛔", "uncertain"),
  en.hard("ambiguous", "🚫", "uncertain"),
  en.hard("ambiguous", "🛑", "uncertain"),
  en.none("🛑 don't sell the blue one, I'm coming Saturday"),
  en.out("🛑 STOP 🛑"),
  en.out("STOP 🚫📱"),
  en.out("Blocked. Don't text me again.", "sms"),
  en.out("Please block my number in your system so I stop getting these texts", "sms"),
  en.hard("question", "Can your platform auto-block numbers that reply STOP? Need that for TCPA"),
  en.none("My phone blocked your number by mistake, that's why I missed the call. Please call again"),
  en.none("👍🚗 see u at 5"),
  en.out("🤬🤬 stop messaging me 🤬"),
  en.hard("ambiguous", "🚫📞", "uncertain"),
  en.hard("question", "Did you block me? Your texts stopped coming after I asked about financing"),
  en.hard("ambiguous", "Next text and you're blocked", "uncertain"),
  en.out("unsubscribe 🚫"),
  en.none("⛔ sold? or still available? the red CBR"),
  de.hard("ambiguous", "Ich blockiere jetzt diese Nummer.", "uncertain"),
  de.out("🛑 Keine Nachrichten mehr bitte", "sms"),
  de.none("🛑 Nicht verkaufen, ich komme morgen vorbei!"),
  nl.hard("ambiguous", "Ik blokkeer dit nummer nu.", "uncertain"),
  nl.out("🚫 Stuur me geen berichten meer", "sms"),
  nl.none("🛑 wacht even met verkopen, ik kom zaterdag kijken"),
  fr.hard("ambiguous", "Je bloque ce numéro.", "uncertain"),
  fr.out("🛑 Ne m'envoyez plus de SMS", "sms"),
  fr.none("⛔ ne la vendez pas, je passe demain"),
  es.hard("ambiguous", "Voy a bloquear este número.", "uncertain"),
  es.out("🚫 Ya no me manden mensajes, gracias", "sms"),
  es.none("🛑 no la vendan, voy el sábado"),
];

/** 6. All-channel requests and GDPR erasure, versus deleting an account or a thing. */
export const ALL_CHANNELS: readonly LabelledMessage[] = [
  en.out("Stop all communication with me. Calls, texts, emails, all of it.", "all"),
  en.out("No more calls, texts or emails please", "all"),
  en.out("Cease all contact immediately.", "all"),
  en.out("Don't contact me by phone, text, email or WhatsApp.", "all"),
  en.hard("constraint", "How do I delete my account on your website? I don't use the login anymore"),
  en.hard("constraint", "Please delete my account on your site, but keep me on the newsletter"),
  en.out("Under GDPR I request erasure of all my personal data and that you stop contacting me."),
  en.out("Please delete all my data from your CRM. Art. 17 GDPR."),
  en.hard("question", "Does your tool handle GDPR deletion requests for leads automatically?"),
  en.hard("constraint", "Delete the old address from my account, I moved to 14 Elm St. Still want the brochure mailed"),
  en.out("Remove me from every list you have. Email, SMS, phone. Everything.", "all"),
  en.hard("negation", "Don't stop all communication just because I went quiet, I'm still deciding"),
  en.hard("condition", "If the bike's sold, stop all communication", "uncertain"),
  en.out("Take me off all your channels. I'm done.", "all"),
  en.hard("question", "How do I stop all these calls, texts and emails from you?", "uncertain"),
  en.out("Forget my number, my email, all of it. Never contact me again."),
  en.hard("constraint", "Delete the trade-in photos I sent, wrong car lol"),
  en.out("no calls no texts no emails. nothing. done.", "all"),
  en.hard("frequency", "Stop calling, texting and emailing me every single day. Once a week is plenty.", "uncertain"),
  de.out("Stoppen Sie ab sofort jegliche Kommunikation mit mir.", "all"),
  de.out("Bitte keine Anrufe, keine SMS und keine E-Mails mehr.", "all"),
  de.hard("constraint", "Bitte löschen Sie mein Kundenkonto im Online-Portal, den Newsletter will ich weiter bekommen."),
  de.out("Ich fordere die Löschung meiner Daten gemäß Art. 17 DSGVO."),
  nl.out("Stop alle communicatie met mij, via telefoon, sms en e-mail.", "all"),
  nl.out("Geen telefoontjes, geen sms'jes en geen mails meer alsjeblieft.", "all"),
  nl.hard("constraint", "Kunnen jullie mijn account op de website verwijderen? Ik log toch nooit in."),
  fr.out("Cessez toute communication avec moi : ni appels, ni SMS, ni e-mails.", "all"),
  fr.hard("constraint", "Supprimez mon compte client sur votre site svp, je garde la newsletter."),
  fr.out("Je demande la suppression de mes données personnelles (RGPD)."),
  es.out("Dejen de contactarme por todos los medios: llamadas, mensajes y correos.", "all"),
  es.hard("constraint", "¿Me pueden borrar la cuenta de la página? Ya no la uso."),
  es.out("No más llamadas, ni mensajes, ni correos. Gracias.", "all"),
];

/** 7. Email footers, signatures, quoted and forwarded text, versus an unsubscribe typed by the writer. */
export const FOOTERS_QUOTES: readonly LabelledMessage[] = [
  en.hard(
    "quote",
    "Thanks for the info, I'll review with my team Monday.\n\nBest,\nLaura Chen\nVP Operations, Brightline Logistics\n--\nYou're receiving this because you subscribed to Brightline updates. To unsubscribe, reply UNSUBSCRIBE.",
  ),
  en.hard(
    "quote",
    "Sounds good, Thursday at 2 works.\n\nOn Tue, Dec 1, 2026 at 9:14 AM Mike Reyes <mike@harborauto.com> wrote:\n> Hi Sam, just following up on the Accord.\n> Reply STOP to opt out.",
  ),
  en.out(
    "Please unsubscribe me.\n\nOn Mon, Nov 30, 2026 at 4:02 PM Sales Team <sales@velocrm.io> wrote:\n> Hi Jordan, checking in on your trial...\n> To stop receiving these emails, click here.",
  ),
  en.out("Unsubscribe\n\nSent from my iPhone"),
  en.hard(
    "quote",
    "Can you send the spec sheet for the 390 Duke?\n\nThanks,\nTom\n\n---------- Forwarded message ---------\nFrom: Newsletter <news@motoworld.com>\nDate: Fri, Nov 27, 2026\nSubject: Black Friday deals\n\nTo stop receiving these emails, unsubscribe here.",
  ),
  en.out(
    "Stop emailing me. I asked last month.\n\n-----Original Message-----\nFrom: Dana Whitfield <dana@peakmotors.com>\nSent: Monday, November 30, 2026 10:12 AM\nSubject: Still interested in the Highlander?",
    "email",
  ),
  en.hard(
    "quote",
    "Looping in my colleague Priya who handles procurement.\n\nRegards,\nMarcus Hill\nHead of RevOps | Tandem Freight\nThis email and any attachments are confidential. If you received it in error, please notify the sender and delete it. To opt out of marketing from Tandem, reply STOP.",
  ),
  en.out("Please take me off this mailing list, I've asked twice.\n\nKind regards,\nHelen", "email"),
  en.hard("quote", 'Your ad says "text STOP to quit" - if I reply STOP by accident do I lose the trade-in offer?'),
  en.hard(
    "reported",
    "FYI see below from Greg, he's left the company. I'm your contact for the fleet quote now, please keep me updated.\n\n---------- Forwarded message ---------\nFrom: Greg Patel <greg@patelfleet.com>\nDate: Tue, Dec 1, 2026\nSubject: Re: Fleet quote\n\nPlease remove me from your list, I'm leaving Patel Fleet.",
  ),
  en.out("UNSUBSCRIBE\n\nLaura Chen\nBrightline Logistics\n+1 555 0142"),
  en.hard("quote", "Yes please send the quote for the Model Y wrap.\n> Reply STOP to unsubscribe, HELP for help. Msg&data rates may apply."),
  en.out("I don't want any more of these newsletters. Remove my email.\n\n> Hi there, this month's deals at Summit Powersports...", "email"),
  en.hard(
    "quote",
    "Yes, send me the invoice for the trailer hitch.\n\n--\nJake Morrison | Morrison Landscaping\nSent from Outlook\nText STOP to 55123 to stop receiving Morrison seasonal offers",
  ),
  en.out("Please stop sending me marketing emails. I'm already a customer, I don't need the promos.\n\nThanks,\nRob", "email"),
  en.hard("question", "Is there a way to unsubscribe from the weekly digest only? I still want the product update emails.\n\nBest,\nAnna", "uncertain"),
  en.out(
    "please unsubscribe me from everything\n\nOn Wed, Dec 2, 2026, 8:01 AM, LeadFlow <hello@leadflow.io> wrote:\n> Your free trial ends in 3 days! Upgrade now.",
  ),
  en.hard(
    "quote",
    "Great call today, next steps below.\n\nOn Tue, Dec 1, 2026 at 3:30 PM Karen Liu <karen@acme.com> wrote:\n> please stop emailing me about the renewal until January",
  ),
  de.hard(
    "quote",
    "Danke, der Termin am Freitag passt.\n\nMit freundlichen Grüßen\nKlaus Berger\nBerger Logistik GmbH\nWenn Sie keine weiteren Informationen wünschen, antworten Sie mit ABMELDEN.",
  ),
  de.out(
    "Bitte melden Sie mich von Ihrem Newsletter ab.\n\nAm 01.12.2026 um 09:15 schrieb Autohaus Krämer <info@autohaus-kraemer.de>:\n> Die Winteraktion läuft nur noch bis Sonntag!",
    "email",
  ),
  de.hard(
    "quote",
    "Können Sie mir das Angebot als PDF schicken?\n\nVon: Motorrad Huber <news@huber.de>\nGesendet: Montag, 30. November 2026 08:00\nBetreff: Saisonstart\n\nZum Abbestellen des Newsletters klicken Sie hier.",
  ),
  nl.hard(
    "quote",
    "Prima, stuur de offerte maar door.\n\nMet vriendelijke groet,\nSanne de Vries\nDe Vries Transport B.V.\nAfmelden voor onze nieuwsbrief? Stuur STOP naar 4411.",
  ),
  nl.out("Graag uitschrijven.\n\nOp di 1 dec 2026 om 10:02 schreef Autobedrijf Jansen <info@jansen.nl>:\n> Nog interesse in de Yaris?"),
  nl.hard(
    "quote",
    "Klopt, ik kom dinsdag.\n\nVan: Verkoop Jansen\nVerzonden: maandag 30 november 2026 14:00\nOnderwerp: Proefrit\n\nWilt u geen berichten meer ontvangen? Antwoord STOP.",
  ),
  fr.hard("quote", "Merci, je vous rappelle jeudi.\n\nCordialement,\nJulien Moreau\nMoreau & Fils SARL\nPour ne plus recevoir nos offres, répondez STOP."),
  fr.out(
    "Merci de me désabonner de votre liste de diffusion.\n\nLe 1 déc. 2026 à 09:30, Concession Lefèvre <contact@lefevre-auto.fr> a écrit :\n> Découvrez nos offres de fin d'année",
  ),
  es.hard("quote", "Perfecto, paso el sábado a las 11.\n\nSaludos,\nCarlos Ruiz\nRuiz Transportes\nSi no desea recibir más correos, responda BAJA."),
  es.out(
    "Por favor denme de baja de sus correos.\n\nEl mar, 1 dic 2026 a las 10:00, Motos Sevilla <ventas@motossevilla.es> escribió:\n> ¡Últimos días de la promo!",
    "email",
  ),
  es.out("No quiero recibir más correos de ustedes.\n\nEnviado desde mi iPhone", "email"),
];

/** 8. Channel-specific opt-outs, versus time, place and number constraints. */
export const CHANNEL_SCOPE: readonly LabelledMessage[] = [
  en.out("No calls please, text only", "call"),
  en.out("stop the emails but keep texting me about the Civic", "email"),
  en.hard("constraint", "Don't call me at work, call after 6"),
  en.out("Please stop calling. Texting is fine.", "call"),
  en.out("Stop WhatsApping me, email is better", "whatsapp"),
  en.hard("constraint", "Don't text me before 9am please, I work nights"),
  en.out("I don't want phone calls. Email me the numbers instead.", "call"),
  en.hard("constraint", "Stop texting my work cell, use my personal: 555-0187"),
  en.out("Remove me from your email list. SMS updates on the order are ok.", "email"),
  en.hard("constraint", "No calls on weekends please, weekdays after 5 are fine"),
  en.out("Take my email off your list, I only want texts about the service", "email"),
  en.hard("frequency", "Stop calling me 3 times a day, one call a week is enough", "uncertain"),
  en.hard("negation", "Don't stop texting me, I like the reminders"),
  en.out("Emails are fine but NO MORE CALLS", "call"),
  en.hard("constraint", "Please stop calling my husband's phone, he's not the one buying, call me at this number"),
  en.out("Only email from now on. Stop texting.", "sms"),
  en.hard("question", "Can I opt out of the calls but still get the emails?", "uncertain"),
  en.out("Quit calling me, I'll text you when I'm ready", "call"),
  en.hard("constraint", "Stop emailing my old Gmail, use jordan@newco.io now"),
  en.out("hey it's Maria um I'd rather you don't call me anymore just text me okay thanks bye", "call"),
  de.out("Bitte keine Anrufe mehr, nur noch per E-Mail.", "call"),
  de.hard("constraint", "Rufen Sie mich bitte nicht im Büro an, lieber nach 18 Uhr auf dem Handy."),
  de.out("Keine WhatsApp-Nachrichten mehr bitte, E-Mail reicht.", "whatsapp"),
  nl.out("Bel me niet meer, appen is prima.", "call"),
  nl.hard("constraint", "Niet bellen onder werktijd aub, na 18:00 kan wel."),
  nl.out("Geen mails meer graag, sms is oké.", "email"),
  fr.out("Plus d'appels s'il vous plaît, seulement des SMS.", "call"),
  fr.hard("constraint", "Ne m'appelez pas au bureau, plutôt après 18h sur mon portable."),
  fr.out("Arrêtez les e-mails, mais continuez à m'écrire sur WhatsApp pour la Peugeot.", "email"),
  es.out("No me llamen, solo por WhatsApp por favor.", "call"),
  es.hard("constraint", "No me llamen al trabajo, mejor después de las 6."),
  es.out("Ya no me manden correos, los mensajes de texto están bien.", "email"),
];

/** The neighbourhoods, for counting. */
export const NEIGHBOURHOODS: Readonly<Record<string, readonly LabelledMessage[]>> = {
  "1 repeated opt-outs vs reports": REPEATED,
  "2 car/product talk": CAR_TALK,
  "3 interjections and hot leads": INTERJECTIONS,
  "4 do-not-call vocabulary": DNC,
  "5 blocking and emoji": BLOCKING_EMOJI,
  "6 all channels and erasure": ALL_CHANNELS,
  "7 footers and quoted text": FOOTERS_QUOTES,
  "8 channel scope and constraints": CHANNEL_SCOPE,
};

export const HELD_OUT_THIRTY_THIRD: readonly LabelledMessage[] = [
  ...REPEATED,
  ...CAR_TALK,
  ...INTERJECTIONS,
  ...DNC,
  ...BLOCKING_EMOJI,
  ...ALL_CHANNELS,
  ...FOOTERS_QUOTES,
  ...CHANNEL_SCOPE,
];
