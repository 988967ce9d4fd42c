import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isArgumentError } from "../../src/index.js";
import { detectOptOut, OPT_OUT_RULES } from "../../src/optOut.js";
import { normalizeMessage } from "../../src/policy/optOut/index.js";
import { compileTokenPattern } from "../../src/policy/optOut/tokenPattern.js";

/** Each message reads as `none`, with its locale and without one. */
function readNone(messages: readonly (readonly [locale: string, text: string])[]): void {
  for (const [locale, text] of messages) {
    expect(detectOptOut(text, { locale }), `${text} (${locale})`).toMatchObject({ verdict: "none" });
    expect(detectOptOut(text), text).toMatchObject({ verdict: "none" });
  }
}

/** A message of keywords (joined, or with fillers), its locale, its rule with it, and its rule without it when that differs. */
type JoinedRow = readonly [text: string, locale: string, rule: string, unlocalised?: string];

/** Each message is an opt-out by its rule, confidence 0.95, with its locale and without one. */
function readJoined(rows: readonly JoinedRow[]): void {
  for (const [text, locale, rule, unlocalised] of rows) {
    expect(detectOptOut(text, { locale }), `${text} (${locale})`).toEqual({ verdict: "opt_out", optOut: true, confidence: 0.95, rule });
    expect(detectOptOut(text), text).toEqual({ verdict: "opt_out", optOut: true, confidence: 0.95, rule: unlocalised ?? rule });
  }
}

describe("detectOptOut", () => {
  it("answers the examples of docs/compliance.md as their comments say (each comment a part of the verdict)", () => {
    const doc = readFileSync(new URL("../../docs/compliance.md", import.meta.url), "utf8");
    const examples = [...doc.matchAll(/^detectOptOut\(("(?:[^"\\]|\\.)*")\); \/\/ (\{[^}]*\})/gm)];
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const [, text, claim] of examples) {
      // The comment is an object literal with bare keys: quote them to read it as JSON.
      const expected = JSON.parse((claim as string).replace(/(\w+):/g, '"$1":'));
      expect(detectOptOut(JSON.parse(text as string)), text).toMatchObject(expected);
    }
  });

  it("bare keywords: confidence 1 and the rule that matched", () => {
    expect(detectOptOut("STOP")).toEqual({ verdict: "opt_out", optOut: true, confidence: 1, rule: "en.keyword.stop" });
    expect(detectOptOut(" s t o p ")).toMatchObject({ optOut: false });
    expect(detectOptOut("Stop All!")).toEqual({ verdict: "opt_out", optOut: true, confidence: 1, rule: "en.keyword.stop-all", scope: "all" });
    for (const word of [
      "STOP",
      "END",
      "CANCEL",
      "UNSUBSCRIBE",
      "QUIT",
      "REVOKE",
      "OPT OUT",
      "STOP ALL",
      "STOPP",
      "ABMELDEN",
      "AFMELDEN",
      "ARRÊT",
      "BAJA",
      "ALTO",
    ]) {
      expect(detectOptOut(word), word).toMatchObject({ verdict: "opt_out", confidence: 1 });
    }
    expect(detectOptOut("UnSubScribe.")).toMatchObject({ optOut: true, rule: "en.keyword.unsubscribe" });
  });
  it("keywords with fillers have a lower confidence", () => {
    expect(detectOptOut("stop please, thanks")).toMatchObject({ optOut: true, confidence: 0.95, rule: "en.keyword.stop" });
  });
  it("the longest filler at an end is trimmed first: a filler ending in a shorter one leaves no word behind", () => {
    // "now" stood before "right now" in the English fillers, and "favor" before "por favor": "stop right", "parar por" were left, read as none.
    readJoined([
      ["stop right now", "en", "en.keyword.stop"],
      ["STOP RIGHT NOW PLEASE", "en", "en.keyword.stop"],
      ["unsubscribe right now", "en", "en.keyword.unsubscribe"],
      ["parar por favor obrigado", "pt", "pt.keyword.parar"],
      ["baja por favor gracias", "es", "es.keyword.baja"],
    ]);
    // Trimming still stops at a keyword holding a filler: "no" is one.
    expect(detectOptOut("no more please")).toMatchObject({ verdict: "opt_out", rule: "en.keyword.no-more" });
  });
  it("keywords joined by a coordinator of their table are the keywords: the first one's rule, confidence 0.95", () => {
    const joined: readonly JoinedRow[] = [
      ["STOP and UNSUBSCRIBE", "en", "en.keyword.stop"],
      ["stop and unsubscribe", "en", "en.keyword.stop"],
      ["unsubscribe and stop", "en", "en.keyword.unsubscribe"],
      ["please unsubscribe and stop", "en", "en.keyword.unsubscribe"],
      ["Stopp und abmelden", "de", "de.keyword.stopp"],
      ["STOP et désabonner", "fr", "fr.keyword.stop"],
      ["stop et désinscription", "fr", "fr.keyword.stop"],
      ["baja y stop", "es", "es.keyword.baja"],
      ["alto y baja", "es", "es.keyword.alto"],
      ["stop en afmelden", "nl", "nl.keyword.stop"],
      // Without a locale no Portuguese mark is in it: the Spanish table, which writes "pare", "cancelar" and "e", reads it.
      ["pare e cancelar", "pt", "pt.keyword.pare", "es.keyword.pare"],
      // "sair" is a Portuguese mark: without a locale the Portuguese table reads it.
      ["sair e parar", "pt", "pt.keyword.sair"],
    ];
    readJoined(joined);
    // A keyword covering every channel covers it joined too; in a sentence of its own, as a lone keyword.
    expect(detectOptOut("stop all and unsubscribe")).toMatchObject({ verdict: "opt_out", rule: "en.keyword.stop-all", scope: "all" });
    expect(detectOptOut("Wrong person. Stop and unsubscribe.")).toMatchObject({ verdict: "opt_out", confidence: 0.9, rule: "en.keyword.stop" });
    expect(detectOptOut("I'm not buying, stop and unsubscribe")).toMatchObject({ verdict: "opt_out", rule: "en.keyword.stop" });
    // A part that is only fillers is a filler ("STOP and thank you" is STOP, thanked).
    readJoined([
      ["stop and thanks", "en", "en.keyword.stop"],
      ["STOP and thank you", "en", "en.keyword.stop"],
      ["thanks and unsubscribe", "en", "en.keyword.unsubscribe"],
      ["Stopp und danke", "de", "de.keyword.stopp"],
      ["stop et merci", "fr", "fr.keyword.stop"],
      ["baja y gracias", "es", "es.keyword.baja"],
    ]);
    // Fillers alone join nothing.
    expect(detectOptOut("thanks and thanks").verdict).toBe("none");
    // The coordinator of another table joins nothing: "et" is no English word.
    expect(detectOptOut("STOP et UNSUBSCRIBE", { locale: "en" }).verdict).not.toBe("opt_out");
    // A word that is no keyword nor filler keeps the sentence a sentence.
    readNone([
      ["en", "I can't stop and think about it"],
      ["en", "stop and think"],
      ["en", "stop and go traffic on the way over"],
    ]);
  });
  it("a keyword joined to a request for contact is held: which contact it stops is unsaid", () => {
    const held: readonly (readonly [text: string, locale: string, rule: string])[] = [
      ["STOP and call me", "en", "en.keyword.stop"],
      ["stop and call me tomorrow", "en", "en.keyword.stop"],
      ["Ok. STOP and text me", "en", "en.keyword.stop"],
      // The model read these as opt-outs of the channel asked for (email, call): the rules hold them instead.
      ["unsubscribe and email me instead", "en", "en.keyword.unsubscribe"],
      ["Stopp und ruf mich an", "de", "de.keyword.stopp"],
      ["stop en bel me", "nl", "nl.keyword.stop"],
      // The clause-level fallback bound "baja" to "llámame" across "y", as an opt-out of calls.
      ["baja y llámame", "es", "es.keyword.baja"],
      ["remove and call me", "en", "en.keyword.remove"],
    ];
    for (const [text, locale, rule] of held) {
      for (const options of [{ locale }, {}]) {
        expect(detectOptOut(text, options), `${text} ${JSON.stringify(options)}`).toEqual({
          verdict: "uncertain",
          optOut: false,
          confidence: 0.5,
          rule,
          reason: "ambiguous",
        });
      }
    }
    // An opt-out the rules read stands; a stop bound to something else, a question and a quotation are not held.
    expect(detectOptOut("unsubscribe and stop calling me")).toMatchObject({ verdict: "opt_out", scope: "call" });
    expect(detectOptOut("remove me and call my husband instead")).toMatchObject({ verdict: "opt_out" });
    readNone([
      ["en", "stop messing around and call me"],
      ["en", "stop and call me?"],
      ["en", 'he said "stop and call me"'],
      ["en", "stop and think"],
    ]);
  });
  it("a keyword joined to parts that each opt out alone is an opt-out: the first keyword's rule, a part's scope", () => {
    // Each was `none` ("Stop and go away") or read by the part's phrase alone ("STOP and leave me alone").
    const joined: readonly JoinedRow[] = [
      ["Stop and go away", "en", "en.keyword.stop"],
      ["STOP and fuck off", "en", "en.keyword.stop"],
      ["Stopp und verpiss dich", "de", "de.keyword.stopp"],
      ["stop et dégage", "fr", "fr.keyword.stop"],
      ["Stop en rot op", "nl", "nl.keyword.stop"],
      // "para" alone is no keyword (it is "for" too): "pare" is.
      ["pare e some daqui", "pt", "pt.keyword.pare"],
      ["STOP and leave me alone", "en", "en.keyword.stop"],
      ["unsubscribe and lose my number", "en", "en.keyword.unsubscribe"],
      ["baja y déjame en paz", "es", "es.keyword.baja"],
      ["stop and remove me", "en", "en.keyword.stop"],
      ["go away and unsubscribe", "en", "en.keyword.unsubscribe"],
      ["stop and go away and unsubscribe", "en", "en.keyword.stop"],
    ];
    readJoined(joined);
    // The scope of a part that names one; every channel when a part covers it.
    for (const options of [{ locale: "en" }, {}]) {
      expect(detectOptOut("STOP and don't call me", options)).toEqual({
        verdict: "opt_out",
        optOut: true,
        confidence: 0.95,
        rule: "en.keyword.stop",
        scope: "call",
      });
      expect(detectOptOut("go away and unsubscribe and stop texting me", options)).toMatchObject({
        verdict: "opt_out",
        rule: "en.keyword.unsubscribe",
        scope: "sms",
      });
      expect(detectOptOut("stop all and go away", options)).toMatchObject({ verdict: "opt_out", rule: "en.keyword.stop-all", scope: "all" });
      // As a sentence, or a sentence's closing clause.
      expect(detectOptOut("Wrong number. Stop and go away.", options)).toMatchObject({ verdict: "opt_out", confidence: 0.9, rule: "en.keyword.stop" });
      expect(detectOptOut("I never signed up, stop and go away", options)).toMatchObject({ verdict: "opt_out", rule: "en.keyword.stop" });
      // A part held alone holds the whole at most; so does a condition before it.
      expect(detectOptOut("Stop and go away?", options)).toEqual({
        verdict: "uncertain",
        optOut: false,
        confidence: 0.5,
        rule: "en.keyword.stop",
        reason: "question",
      });
      expect(detectOptOut("stop and not interested", options)).toMatchObject({ verdict: "uncertain" });
      expect(detectOptOut("if you keep texting, stop and go away", options)).toMatchObject({ verdict: "uncertain", reason: "condition" });
      // A request for contact is still held, not an opt-out.
      expect(detectOptOut("stop and call me", options)).toMatchObject({ verdict: "uncertain", rule: "en.keyword.stop", reason: "ambiguous" });
    }
    readNone([
      ["en", "stop and think"],
      ["en", "stop messing around and call me"],
      ["en", "the rash should stop and go away"],
      ["en", "we had to stop and go away for the weekend"],
      ["en", "stop and go traffic on the way over"],
    ]);
  });
  it("an elliptic keyword ('No more', 'Enough', 'ça suffit') is a keyword as a whole message, a sentence or a sentence's opening, not the n-gram model's reading", () => {
    // Each was `none` (or only the n-gram model's opt-out) with or without its locale.
    const whole: readonly (readonly [text: string, locale: string, rule: string])[] = [
      ["No more", "en", "en.keyword.no-more"],
      ["please no more", "en", "en.keyword.no-more"],
      ["no more please", "en", "en.keyword.no-more"],
      ["No more!!", "en", "en.keyword.no-more"],
      ["enough", "en", "en.keyword.enough"],
      ["ENOUGH!", "en", "en.keyword.enough"],
      ["Enough already", "en", "en.keyword.enough"],
      ["Enough is enough.", "en", "en.keyword.enough-is-enough"],
      ["That's enough!", "en", "en.keyword.that-s-enough"],
      ["keine mehr", "de", "de.keyword.keine-mehr"],
      ["Keine mehr, bitte", "de", "de.keyword.keine-mehr"],
      ["genug jetzt", "de", "de.keyword.genug"],
      ["Es reicht!", "de", "de.keyword.es-reicht"],
      ["Jetzt reichts!", "de", "de.keyword.jetzt-reicht-s"],
      ["Nicht mehr!", "de", "de.keyword.nicht-mehr"],
      ["plus rien", "fr", "fr.keyword.plus-rien"],
      ["ça suffit", "fr", "fr.keyword.ca-suffit"],
      ["Ça suffit maintenant !", "fr", "fr.keyword.ca-suffit"],
      ["Assez !", "fr", "fr.keyword.assez"],
      ["no más", "es", "es.keyword.no-mas"],
      ["ya no más", "es", "es.keyword.no-mas"],
      ["por favor no más", "es", "es.keyword.no-mas"],
      ["ya basta", "es", "es.keyword.basta"],
      ["niet meer", "nl", "nl.keyword.niet-meer"],
      ["Niet meer aub", "nl", "nl.keyword.niet-meer"],
      ["genoeg", "nl", "nl.keyword.genoeg"],
      ["Nu is het genoeg!", "nl", "nl.keyword.nu-is-het-genoeg"],
      ["chega", "pt", "pt.keyword.chega"],
      ["já chega", "pt", "pt.keyword.chega"],
      ["não mais", "pt", "pt.keyword.nao-mais"],
      ["Não mais, por favor", "pt", "pt.keyword.nao-mais"],
    ];
    for (const [text, locale, rule] of whole) {
      expect(detectOptOut(text, { locale }), `${text} (${locale})`).toMatchObject({ verdict: "opt_out", rule });
      expect(detectOptOut(text, { locale }), `${text} (${locale})`).not.toHaveProperty("scope");
      expect(detectOptOut(text).rule, text).toMatch(/\.keyword\./);
    }
    // A sentence of its own, or a sentence's first clause.
    for (const [text, locale, rule] of [
      ["No more. I bought elsewhere.", "en", "en.keyword.no-more"],
      ["No more, I bought elsewhere", "en", "en.keyword.no-more"],
      ["Enough! I'm not buying.", "en", "en.keyword.enough"],
      ["Genug. Ich habe schon ein Auto.", "de", "de.keyword.genug"],
      ["Keine mehr. Ich habe schon gekauft.", "de", "de.keyword.keine-mehr"],
      ["Ça suffit. J'ai déjà acheté.", "fr", "fr.keyword.ca-suffit"],
      ["Genoeg. Ik heb al een auto.", "nl", "nl.keyword.genoeg"],
      ["Não mais. Já comprei.", "pt", "pt.keyword.nao-mais"],
    ] as const) {
      expect(detectOptOut(text, { locale }), `${text} (${locale})`).toMatchObject({ verdict: "opt_out", confidence: 0.9, rule });
    }
    // Inside a longer sentence they read as before.
    readNone([
      ["en", "no more than twice a week"],
      ["en", "I've had enough of waiting, call me"],
      ["en", "Once a week is enough"],
      ["en", "Enough said, I'll come by Tuesday"],
      ["de", "Ich habe genug gewartet, rufen Sie mich an"],
      ["de", "Das Auto habe ich nicht mehr"],
      ["fr", "J'en ai assez d'attendre, rappelez-moi"],
      ["fr", "Plus rien à ajouter, appelez-moi demain"],
      ["es", "No más de una vez por semana"],
      ["nl", "Niet meer dan één keer per week"],
      ["nl", "Ik heb genoeg gewacht, bel me"],
      ["pt", "não mais que duas vezes por semana"],
    ]);
    // Their phrases in a sentence still read as phrases.
    expect(detectOptOut("no more texts")).toMatchObject({ verdict: "opt_out", rule: "en.phrase.stop-channel", scope: "sms" });
    expect(detectOptOut("No more than two calls a week please")).toMatchObject({ verdict: "uncertain", reason: "frequency" });
  });
  it("an elliptic keyword said with thanks, asked, beside a request for contact or limiting one is held; closing a refusal it opts out", () => {
    const read = (text: string, locale: string) => [detectOptOut(text, { locale }), detectOptOut(text)] as const;
    // Said with thanks or a yes, it may answer "anything else?" (each was an opt-out at 0.95).
    for (const [text, locale, rule] of [
      ["Plus rien, merci", "fr", "fr.keyword.plus-rien"],
      ["Es reicht, danke", "de", "de.keyword.es-reicht"],
      ["No more, thanks", "en", "en.keyword.no-more"],
      ["Yes that's enough", "en", "en.keyword.that-s-enough"],
      ["That's enough, thanks", "en", "en.keyword.that-s-enough"],
      ["Danke, genug", "de", "de.keyword.genug"],
      ["Niet meer, dank je", "nl", "nl.keyword.niet-meer"],
      ["No más, gracias", "es", "es.keyword.no-mas"],
      ["Não mais, obrigado", "pt", "pt.keyword.nao-mais"],
    ] as const) {
      for (const found of read(text, locale)) expect(found, text).toEqual({ verdict: "uncertain", optOut: false, confidence: 0.5, rule, reason: "ambiguous" });
    }
    // Asked, it is no opt-out (each was one at 1).
    for (const [text, locale] of [
      ["Enough?", "en"],
      ["No more?", "en"],
      ["Ça suffit ?", "fr"],
      ["Genug?", "de"],
    ] as const) {
      for (const found of read(text, locale)) expect(found.optOut, text).toBe(false);
    }
    // Beside a request for contact, which contact it stops is unsaid (each was an opt-out at 0.9).
    for (const [text, locale, rule] of [
      ["No more. Call me next month", "en", "en.keyword.no-more"],
      ["Enough. Email me instead", "en", "en.keyword.enough"],
      ["No more, call me next month", "en", "en.keyword.no-more"],
      ["Genug. Rufen Sie mich nächsten Monat an", "de", "de.keyword.genug"],
      ["Niet meer. Bel me volgende maand", "nl", "nl.keyword.niet-meer"],
    ] as const) {
      for (const found of read(text, locale)) expect(found, text).toMatchObject({ verdict: "uncertain", rule, reason: "ambiguous" });
    }
    // Closing a refusal it opts out (none, or the n-gram model's 0.7, before).
    for (const [text, locale, rule] of [
      ["Ya tengo seguro, no más", "es", "es.keyword.no-mas"],
      ["No me interesa, no más", "es", "es.keyword.no-mas"],
      ["Ya les dije que no, no más", "es", "es.keyword.no-mas"],
      ["Je vous ai dit non, ça suffit", "fr", "fr.keyword.ca-suffit"],
      ["I said no, enough", "en", "en.keyword.enough"],
      ["Not interested, no more", "en", "en.keyword.no-more"],
      ["Kein Interesse, es reicht", "de", "de.keyword.es-reicht"],
      ["Geen interesse, genoeg", "nl", "nl.keyword.genoeg"],
    ] as const) {
      for (const found of read(text, locale)) expect(found, text).toEqual({ verdict: "opt_out", optOut: true, confidence: 0.9, rule });
    }
    // Closing a request for contact or a rate, it limits how often (none before).
    for (const [text, locale] of [
      ["Llámame una vez por semana, no más", "es"],
      ["text me once a week, no more", "en"],
      ["Einmal pro Woche, nicht mehr", "de"],
      ["Une fois par semaine, ça suffit", "fr"],
      ["Stuur me één keer per week, niet meer", "nl"],
      ["Uma vez por semana, não mais", "pt"],
    ] as const) {
      for (const found of read(text, locale)) expect(found, text).toMatchObject({ verdict: "uncertain", optOut: false, reason: "frequency" });
    }
    // Said plainly, or with "please", it opts out.
    for (const [text, locale, confidence] of [
      ["No more", "en", 1],
      ["Enough!", "en", 1],
      ["NO MORE!!!", "en", 1],
      ["genug jetzt", "de", 0.95],
      ["no more please", "en", 0.95],
    ] as const) {
      for (const found of read(text, locale)) expect(found, text).toMatchObject({ verdict: "opt_out", confidence });
    }
    // After any other clause it is no keyword.
    readNone([
      ["en", "I had two already, no more"],
      ["de", "Das Auto habe ich nicht mehr"],
    ]);
  });
  it("phrases: confidence 0.9, scoped to the channel they name", () => {
    expect(detectOptOut("Please stop texting me")).toEqual({
      verdict: "opt_out",
      optOut: true,
      confidence: 0.9,
      rule: "en.phrase.stop-contacting",
      scope: "sms",
    });
    expect(detectOptOut("don't email me")).toMatchObject({ scope: "email" });
    expect(detectOptOut("Don't contact me again")).not.toHaveProperty("scope");
  });
  it("the locale picks its table plus English", () => {
    expect(detectOptOut("AFMELDEN", { locale: "nl-BE" })).toMatchObject({ optOut: true, rule: "nl.keyword.afmelden" });
    // The Dutch table is not read for French, and the n-gram second opinion needs a word of the tables in use.
    expect(detectOptOut("AFMELDEN", { locale: "fr" })).toMatchObject({ optOut: false });
    expect(detectOptOut("STOP", { locale: "de_DE" })).toMatchObject({ optOut: true });
    expect(detectOptOut("Désabonner", { locale: "fr-CA" })).toMatchObject({ optOut: true, rule: "fr.keyword.desabonner" });
    expect(detectOptOut("Descadastrar", { locale: "pt-BR" })).toMatchObject({ optOut: true, rule: "pt.keyword.descadastrar" });
    expect(detectOptOut("AFMELDEN", { locale: "pt-PT" })).toMatchObject({ optOut: false });
    expect(detectOptOut("Désabonner")).toMatchObject({ optOut: true });
  });
  it("ordinary sentences are not opt-outs", () => {
    expect(detectOptOut("")).toEqual({ verdict: "none", optOut: false, confidence: 0, rule: null });
    expect(detectOptOut("I'll stop by the dealership tomorrow")).toMatchObject({ optOut: false, rule: null });
    expect(detectOptOut("can you cancel my test drive and move it to Friday?")).toMatchObject({ optOut: false });
  });
  it("a stop does not reach a contact word after a coordinator: the request after it is another one", () => {
    expect(detectOptOut("stop messing around and call me")).toMatchObject({ verdict: "none" });
    expect(detectOptOut("Deja de hacer el tonto y llámame")).toMatchObject({ verdict: "none" });
    expect(detectOptOut("para de enrolar e me liga", { locale: "pt" })).toMatchObject({ verdict: "none" });
    // A stop of contact before the coordinator, or a second stop after it, still opts out.
    expect(detectOptOut("stop calling and texting me")).toMatchObject({ verdict: "opt_out", channels: ["call", "sms"] });
    expect(detectOptOut("Stop it and don't call me again")).toMatchObject({ verdict: "opt_out", scope: "call" });
    expect(detectOptOut("stop, and stop calling me")).toMatchObject({ verdict: "opt_out", scope: "call" });
  });
  it("a stop whose contact word stands past a coordinator does not let the n-gram model decide either", () => {
    // The model scored each of these ≥ 0.9; no rule reads them, and the request after the coordinator is for contact.
    readNone([
      ["de", "hör auf rumzualbern und ruf mich an"],
      ["de", "Hör endlich auf zu labern und ruf an"],
      ["de", "hört auf rumzualbern und ruft mich an"],
      ["de", "hör auf mit dem Quatsch und ruf mich an"],
      ["de", "hör auf rumzualbern und schreib mir"],
      ["de", "hör auf rumzualbern und schick mir eine SMS"],
      ["nl", "hou op met dollen en bel me"],
      ["nl", "hou eens op met zeuren en bel me"],
    ]);
    // A stop bound to contact before the coordinator still opts out, and still lets the model decide.
    expect(detectOptOut("hör auf mich anzurufen und lass mich in Ruhe", { locale: "de" })).toMatchObject({ verdict: "opt_out" });
    expect(detectOptOut("hou op met bellen en laat me met rust", { locale: "nl" })).toMatchObject({ verdict: "opt_out" });
  });
  it("a stop does not reach back to a contact word before a coordinator either", () => {
    // Each was an opt-out for calls of the clause-level fallback (es: held as ambiguous).
    readNone([
      ["en", "call me and stop messing around"],
      ["en", "just call me and stop fooling around"],
      ["es", "llámame y deja de hacer el tonto"],
      ["de", "ruf mich an und hör auf rumzualbern"],
      ["de", "ruf an und hör endlich auf zu labern"],
      ["nl", "bel me en hou op met dollen"],
      ["fr", "appelle-moi et arrête de déconner"],
    ]);
    // A stop of its own after the coordinator, a list of channels before the stop, and "then" opening a
    // condition's consequence still reach their contact words; an "e" opening "e mail" is that word.
    expect(detectOptOut("call me and stop texting me")).toMatchObject({ verdict: "opt_out", scope: "sms" });
    expect(detectOptOut("Anrufe und SMS nicht mehr", { locale: "de" })).toMatchObject({ verdict: "opt_out" });
    expect(detectOptOut("Als de prijs niet omlaag kan, bel me dan maar niet meer", { locale: "nl" })).toMatchObject({
      verdict: "uncertain",
      reason: "condition",
    });
    expect(detectOptOut("e mail nunca mais", { locale: "pt" })).toMatchObject({ verdict: "opt_out", scope: "email" });
    expect(detectOptOut("nunca mais e mail", { locale: "pt" })).toMatchObject({ verdict: "opt_out", scope: "email" });
  });
  it("an opt-out naming one channel of a list joined by coordinators covers every channel of the list, in the order named", () => {
    // Each covered only the first channel named (or the one the phrase ended on): the writer asked two channels to stop, one went on.
    const rows: readonly (readonly [locale: string, text: string, channels: readonly string[]])[] = [
      ["en", "stop emails and texts", ["email", "sms"]],
      ["en", "please stop the emails and the calls", ["email", "call"]],
      ["en", "no more texts or calls", ["sms", "call"]],
      ["en", "no more emails nor texts please", ["email", "sms"]],
      ["en", "stop emailing me and no more calls", ["email", "call"]],
      ["de", "keine Anrufe und keine SMS mehr", ["call", "sms"]],
      ["de", "Anrufe und SMS nicht mehr", ["call", "sms"]],
      ["de", "Ich will keine Anrufe oder E-Mails mehr", ["call", "email"]],
      ["de", "Bitte keine E-Mails mehr und auch keine Anrufe", ["email", "call"]],
      ["fr", "désabonnez-moi des emails et des SMS", ["email", "sms"]],
      ["fr", "ne m'envoyez plus de mails ni de SMS", ["email", "sms"]],
      ["fr", "arrêtez les appels et les SMS", ["call", "sms"]],
      ["es", "ya no quiero llamadas ni mensajes de texto", ["call", "sms"]],
      ["es", "basta de llamadas y correos", ["call", "email"]],
      ["nl", "geen mails en geen sms meer", ["email", "sms"]],
      ["nl", "ik wil geen mails of telefoontjes meer", ["email", "call"]],
      ["pt", "não quero mais emails nem sms", ["email", "sms"]],
      ["pt", "chega de ligações e emails", ["call", "email"]],
      // Already read so: a phrase or a reach that holds the whole list.
      ["en", "stop texting and emailing me", ["sms", "email"]],
      ["de", "Bitte keine E-Mails und SMS mehr", ["email", "sms"]],
      ["en", "unsubscribe me from the newsletter and sms", ["email", "sms"]],
      // Nouns after a noun: items ("calls", "llamadas", "appels"), not requests.
      ["en", "stop the emails and calls please", ["email", "call"]],
      ["es", "no más correos ni llamadas", ["email", "call"]],
      ["fr", "plus d'emails ni d'appels", ["email", "call"]],
      // Verbs after a verb: a list of what not to do.
      ["de", "bitte nicht mehr anrufen oder mailen", ["call", "email"]],
      ["es", "dejen de llamarme o textearme", ["call", "sms"]],
      ["fr", "arrêtez d'appeler ou de texter", ["call", "sms"]],
      ["nl", "niet meer bellen of mailen", ["call", "email"]],
      // Verbs after a bare word that may be a verb ("text", "mail"), not a noun.
      ["en", "please don't email or call", ["email", "call"]],
      ["nl", "bel of mail me niet meer", ["call", "email"]],
    ];
    for (const [locale, text, channels] of rows)
      for (const options of [{ locale }, {}])
        expect(detectOptOut(text, options), `${text} ${JSON.stringify(options)}`).toMatchObject({ verdict: "opt_out", scope: channels[0], channels });
    // A channel word that is no item of the list is a request of its own, or what the writer keeps: never added.
    const single: readonly (readonly [locale: string, text: string, scope: string])[] = [
      ["en", "stop the emails, call me instead", "email"],
      ["en", "stop the emails and call me instead", "email"],
      ["en", "stop emailing me and call me", "email"],
      ["en", "stop the emails and texts are fine", "email"],
      ["en", "just texts and no more calls", "call"],
      ["de", "keine E-Mails mehr, aber ruf mich an", "email"],
      ["de", "keine E-Mails mehr und ruf mich an", "email"],
      ["nl", "geen mails meer, bel me maar", "email"],
      // A channel verb after a channel noun asks for contact ("call please", "llámame", "liga"): no item of the noun's list.
      ["en", "stop the emails and call please", "email"],
      ["en", "no more emails and call me", "email"],
      ["en", "no more emails, call", "email"],
      ["es", "no más correos, llámame", "email"],
      ["es", "no más correos y llámame", "email"],
      ["es", "no más correos y llame", "email"],
      ["de", "keine E-Mails mehr und anrufen", "email"],
      ["fr", "plus d'emails et appelez-moi", "email"],
      ["fr", "plus d'emails et appelez", "email"],
      ["nl", "geen mails meer en bel me", "email"],
      ["nl", "geen mails meer en bel", "email"],
      ["nl", "geen mails meer en bellen graag", "email"],
      ["pt", "chega de emails e me liga", "email"],
      ["pt", "chega de emails e liga", "email"],
      ["pt", "chega de emails, liga", "email"],
      ["pt", "chega de emails e ligue por favor", "email"],
    ];
    for (const [locale, text, scope] of single) {
      const d = detectOptOut(text, { locale });
      expect(d, text).toMatchObject({ verdict: "opt_out", scope });
      expect(d.channels, text).toBeUndefined();
    }
    // A keyword beside a request for contact stays held.
    expect(detectOptOut("STOP and call me")).toMatchObject({ verdict: "uncertain", reason: "ambiguous" });
  });
  it("rejects a non-string with a typed error", () => {
    try {
      detectOptOut(42 as unknown as string);
      expect.unreachable();
    } catch (e) {
      expect(isArgumentError(e)).toBe(true);
      expect((e as Error).message).toMatch(/Expected `text` to be a string, got 42 \(number\)/);
    }
  });
  it("normalisation: case, accents, ß, punctuation and whitespace", () => {
    expect(normalizeMessage("  ARRÊT!!  ")).toBe("arret");
    expect(normalizeMessage("Don’t\tcall   me.")).toBe("don t call me");
    expect(normalizeMessage("Straße")).toBe("strasse");
  });
  it("every rule table's keywords and phrases are in normalised form and compile", () => {
    for (const table of OPT_OUT_RULES) {
      for (const k of table.keywords) expect(normalizeMessage(k.text)).toBe(k.text);
      for (const p of table.phrases) expect(() => compileTokenPattern(p.pattern), `${table.locale}.${p.id}`).not.toThrow();
      // A channel word is a noun (or either) or a verb, written once.
      for (const w of Object.keys(table.channelVerbs ?? {})) expect(table.channelWords[w], `${table.locale} ${w}`).toBeUndefined();
    }
  });
});

describe("detectOptOut properties", () => {
  const KEYWORDS = [
    "stop",
    "stop all",
    "quit",
    "end",
    "revoke",
    "opt out",
    "cancel",
    "unsubscribe",
    "stopp",
    "abmelden",
    "afmelden",
    "uitschrijven",
    "arrêt",
    "désabonner",
  ];
  const noise = fc.array(fc.constantFrom(" ", ".", "!", "?", ",", "\t", "\n", "…", "-", "*"), { maxLength: 4 }).map((xs) => xs.join(""));
  it("keywords are recognised whatever the case, punctuation and whitespace around them", () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYWORDS), noise, noise, fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), (word, before, after, upper) => {
        const cased = [...word].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch)).join("");
        expect(detectOptOut(`${before}${cased}${after}`).optOut).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it("a keyword with a letter stretched for emphasis is still the keyword", () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYWORDS), fc.nat(), fc.integer({ min: 3, max: 6 }), (word, at, times) => {
        const letters = Array.from(word, (_, i) => i).filter((i) => /\p{L}/u.test(word[i] as string));
        const i = letters[at % letters.length] as number;
        const stretched = `${word.slice(0, i)}${(word[i] as string).repeat(times)}${word.slice(i + 1)}`;
        expect(detectOptOut(stretched).optOut, stretched).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it("a keyword with invisible format characters inside it is still the keyword", () => {
    const invisible = fc.constantFrom("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u200e", "\u200f", "\ufeff", "\u202e");
    fc.assert(
      fc.property(fc.constantFrom(...KEYWORDS), fc.array(fc.tuple(fc.nat(), invisible), { minLength: 1, maxLength: 4 }), (word, inserts) => {
        let text = word;
        for (const [at, ch] of inserts) {
          const i = at % (text.length + 1);
          text = `${text.slice(0, i)}${ch}${text.slice(i)}`;
        }
        expect(detectOptOut(text).optOut, JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it("never throws, is deterministic and case-insensitive on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const d = detectOptOut(text);
        expect(detectOptOut(text)).toEqual(d);
        expect(detectOptOut(text.toUpperCase()).optOut).toBe(detectOptOut(text.toLowerCase()).optOut);
        expect(d.confidence >= 0 && d.confidence <= 1).toBe(true);
        expect(d.optOut).toBe(d.verdict === "opt_out");
        if (d.verdict !== "none") expect(d.rule).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
  it("a keyword inside a longer ordinary sentence is not an opt-out", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("stop", "cancel", "end", "quit"),
        fc.constantFrom("I will", "Can you", "We should", "Let's"),
        fc.constantFrom("by the showroom at noon", "the appointment on Friday and book Monday", "of the lease in May", "smoking next year"),
        (word, lead, rest) => {
          expect(detectOptOut(`${lead} ${word} ${rest}`).optOut).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("detectOptOut reads the sentence", () => {
  const cases: readonly [string, string, Record<string, unknown>][] = [
    ["negation", "don't stop texting me", { verdict: "none", reason: "negated", rule: "en.phrase.stop-contacting" }],
    ["reported", "I never said stop calling me", { verdict: "none", reason: "reported" }],
    ["past question", "why did you stop calling?", { verdict: "none", reason: "past" }],
    ["constraint", "stop calling after 6, call tomorrow", { verdict: "none", reason: "constraint" }],
    ["invitation", "I'll stop by the showroom", { verdict: "none", rule: null }],
    ["compound", "non-stop", { verdict: "none" }],
    ["request as question", "can you stop texting me?", { verdict: "opt_out", confidence: 0.85, scope: "sms" }],
    ["rhetorical question", "Why won't you stop calling me?", { verdict: "opt_out", scope: "call" }],
    ["how-to question", "how do I stop these texts?", { verdict: "uncertain", reason: "question" }],
    ["condition", "If I don't answer, stop calling", { verdict: "uncertain", reason: "condition" }],
    ["frequency", "stop texting me so much", { verdict: "uncertain", reason: "frequency" }],
    ["quoted phrase", 'my wife said "stop calling me" but I want the truck', { verdict: "uncertain", reason: "quoted" }],
    ["quoted keyword mention", 'your ad says "text STOP to opt out"', { verdict: "none", reason: "quoted" }],
    ["keyword in a sentence", "is there a way to unsubscribe from the emails", { verdict: "uncertain", reason: "keyword_in_sentence" }],
    ["ambiguous", "not interested", { verdict: "uncertain", reason: "ambiguous" }],
    ["named channel", "stop emailing me, texting is fine", { verdict: "opt_out", scope: "email" }],
    ["two channels", "stop calling and texting me", { verdict: "opt_out", scope: "call", channels: ["call", "sms"] }],
    ["keyword sentence", "Stop. Wrong number.", { verdict: "opt_out", rule: "en.keyword.stop" }],
    ["quoted reply", "Thanks!\nOn Mon, Jan 5, 2026 at 9:00 AM Dealer <d@example.com> wrote:\n> Reply STOP to opt out", { verdict: "none" }],
    ["Spanish", "No me llames más", { verdict: "opt_out", rule: "es.phrase.no-me-llamen", scope: "call" }],
    ["Spanish emphasis", "no no no me llamen", { verdict: "opt_out" }],
    ["Spanish negation", "No dejen de escribirme", { verdict: "none", reason: "negated" }],
    ["German reported", "Ich habe nie gesagt, dass Sie mich nicht mehr anrufen sollen", { verdict: "none", reason: "reported" }],
    ["Dutch negation", "Niet stoppen met bellen", { verdict: "none", reason: "negated" }],
    ["French negation", "N'arrêtez pas de m'appeler", { verdict: "none" }],
    ["negated modal", "you don't have to stop texting, I was just busy", { verdict: "none", reason: "negated" }],
    ["negated modal, Spanish", "no es necesario que dejen de escribirme", { verdict: "none", reason: "negated" }],
    ["negation past a clitic", "no me quiten de la lista", { verdict: "none", reason: "negated" }],
    ["third party's words", "my son told you to stop calling, I'm the buyer", { verdict: "none", reason: "reported" }],
    ["third party, previous clause", "Mein Mann hat gesagt, Sie sollen nicht mehr anrufen", { verdict: "none", reason: "reported" }],
    ["single-quoted", "my husband said 'stop calling' but I'm interested", { verdict: "uncertain", reason: "quoted" }],
    ["apostrophes are not quotes", "don't call me, I'm done", { verdict: "opt_out", scope: "call" }],
    ["sarcasm cue before", "funny how you stop emailing the minute I'm ready to buy", { verdict: "uncertain", reason: "ambiguous" }],
    ["sarcasm cue after", "jetzt hören Sie auf anzurufen, wo ich kaufen will", { verdict: "uncertain", reason: "ambiguous" }],
    ["a named thing, not contact", "no me mandes la cotización todavía", { verdict: "none", reason: "constraint" }],
    ["a named contact object", "no me manden las promociones", { verdict: "opt_out" }],
    ["a place", "bel me niet op mijn werk", { verdict: "none", reason: "constraint" }],
    ["frequency inside a gap", "hören Sie auf, mir ständig Nachrichten zu schicken", { verdict: "uncertain", reason: "frequency" }],
    ["frequency with a number", "stop calling me 3 times a day", { verdict: "uncertain", reason: "frequency" }],
    ["SMS spelling", "pls stop txting me", { verdict: "opt_out", scope: "sms" }],
    ["stretched letters", "STOOOOP", { verdict: "opt_out", rule: "en.keyword.stop" }],
    ["dropped g", "quit callin me", { verdict: "opt_out", scope: "call" }],
    ["umlaut spelt out", "bitte loeschen sie meine daten", { verdict: "opt_out" }],
    ["dropped apostrophe", "ne mappelez plus", { verdict: "opt_out", scope: "call" }],
    ["dropped ne, later", "rappelez-moi plus tard", { verdict: "none", reason: "constraint" }],
    ["negation after the object", "bitte löschen Sie meine Daten nicht", { verdict: "none", reason: "negated" }],
    ["another number", "stop texting my old number, this is my new one", { verdict: "none", reason: "constraint" }],
    ["a keyword closing a sentence", "i'm not buying, stop", { verdict: "opt_out", rule: "en.keyword.stop" }],
    ["a keyword after a condition", "if you keep texting, stop", { verdict: "uncertain", reason: "condition" }],
    ["a keyword repeated", "STOP STOP STOP", { verdict: "opt_out", confidence: 1 }],
    ["a clause opening with a condition", "if I don't reply by friday you can stop texting", { verdict: "uncertain", reason: "condition" }],
    ["unsubscribing from something else", "ik wil me afmelden voor de proefrit van zaterdag", { verdict: "none", reason: "constraint" }],
    ["cancelling something else", "quiero dar de baja el seguro del carro", { verdict: "none", reason: "constraint" }],
    ["a thing named after a channel verb", "stop calling the dealership's main line, call me directly", { verdict: "none", reason: "constraint" }],
  ];
  /** One golden message per phrase rule the corpus does not already exercise. */
  const golden: readonly [string, string, "opt_out" | "uncertain"][] = [
    ["stop sending me this", "en.phrase.stop-sending-me", "opt_out"],
    ["please cease all contact", "en.phrase.stop-contact", "opt_out"],
    ["Would you not call me?", "en.phrase.not-contact-request", "opt_out"],
    ["Would you mind not calling me?", "en.phrase.mind-not-contacting", "opt_out"],
    ["I said STOP.", "en.phrase.said-stop", "opt_out"],
    ["ya les dije basta", "es.phrase.dije-basta", "opt_out"],
    ["I replied STOP twice already", "en.phrase.sent-stop", "opt_out"],
    ["I texted STOP and you keep texting", "en.phrase.sent-stop-and-you-keep", "opt_out"],
    ["Les escribí STOP y siguen escribiendo", "es.phrase.respondi-baja-y-siguen", "opt_out"],
    ["J'ai envoyé STOP et vous continuez", "fr.phrase.ai-repondu-stop-et-vous-continuez", "opt_out"],
    ["DNC me", "en.phrase.dnc-me", "opt_out"],
    ["Next text and you're blocked", "en.phrase.next-and-youre-blocked", "uncertain"],
    ["I'm adding you to my DNC", "en.phrase.adding-you-to-my-dnc", "uncertain"],
    ["Je bloque ce numéro", "fr.phrase.je-bloque-numero", "uncertain"],
    ["Ik blokkeer dit nummer", "nl.phrase.ik-blokkeer-nummer", "uncertain"],
    ["how many times do I have to say STOP", "en.phrase.how-many-times-say-stop", "opt_out"],
    ["STOP means STOP", "en.phrase.stop-means-stop", "opt_out"],
    ["cuántas veces tengo que decir BAJA", "es.phrase.cuantas-veces-decir-baja", "opt_out"],
    ["BAJA es BAJA", "es.phrase.baja-significa-baja", "opt_out"],
    ["Ich habe gestern STOPP gesagt", "de.phrase.stopp-gesagt-wann", "opt_out"],
    ["Wie oft muss ich STOPP schreiben", "de.phrase.wie-oft-stopp", "opt_out"],
    ["STOPP ist STOPP", "de.phrase.stopp-heisst-stopp", "opt_out"],
    ["Ik zei gisteren al STOP", "nl.phrase.zei-stop-wanneer", "opt_out"],
    ["Hoe vaak moet ik STOP sturen", "nl.phrase.hoe-vaak-stop", "opt_out"],
    ["STOP is STOP", "nl.phrase.stop-betekent-stop", "opt_out"],
    ["Combien de fois dois-je dire STOP", "fr.phrase.combien-de-fois-stop", "opt_out"],
    ["STOP signifie STOP", "fr.phrase.stop-veut-dire-stop", "opt_out"],
    ["please add 312 555 0199 to your DNC list", "en.phrase.number-to-do-not-call-list", "opt_out"],
    ["put 312 555 0199 on the do not call list", "en.phrase.number-to-the-do-not-call-list", "opt_out"],
    ["pls DNC", "en.phrase.dnc-please", "opt_out"],
    ["DNC please", "en.phrase.dnc-please-after", "opt_out"],
    ["just block me on your end", "en.phrase.block-me-on-your-end", "opt_out"],
    ["I texted STOP yesterday so why do you keep texting", "en.phrase.sent-stop-why-still", "opt_out"],
    ["did my STOP go thru", "en.phrase.did-my-stop-go-through", "uncertain"],
    ["have you received my unsubscribe", "en.phrase.did-you-get-my-stop", "uncertain"],
    ["¿Recibieron mi baja?", "es.phrase.llego-mi-baja", "uncertain"],
    ["Ist meine Abmeldung schon eingegangen?", "de.phrase.ist-mein-stopp-angekommen", "uncertain"],
    ["Haben Sie mein STOPP erhalten?", "de.phrase.mein-stopp-erhalten", "uncertain"],
    ["Is mijn afmelding verwerkt?", "nl.phrase.is-mijn-stop-aangekomen", "uncertain"],
    ["Hebben jullie mijn STOP ontvangen?", "nl.phrase.mijn-stop-ontvangen", "uncertain"],
    ["Tu as reçu mon STOP ?", "fr.phrase.recu-mon-stop", "uncertain"],
    ["Mon désabonnement a bien été pris en compte ?", "fr.phrase.mon-stop-pris-en-compte", "uncertain"],
    ["tone it down", "en.phrase.tone-it-down", "uncertain"],
    ["tone down the emails", "en.phrase.tone-down-the", "uncertain"],
    ["stop for now", "en.phrase.stop-for-now", "uncertain"],
    ["we opted out and you guys still text", "en.phrase.unsubscribed-and-you-keep", "opt_out"],
    ["I unsubscribed already and I still get emails", "en.phrase.unsubscribed-and-still-get", "opt_out"],
    ["I already opted out, yet I keep getting texts", "en.phrase.unsubscribed-then", "opt_out"],
    ["Nos dimos de baja y aún nos llaman", "es.phrase.me-di-de-baja-y-siguen", "opt_out"],
    ["Ya me di de baja, pero todavía me llegan correos", "es.phrase.me-di-de-baja-luego", "opt_out"],
    ["Wir haben uns ausgetragen und bekommen weiterhin Mails", "de.phrase.abgemeldet-und-immer-noch", "opt_out"],
    ["Ich habe mich bereits abgemeldet, aber Sie rufen weiterhin an", "de.phrase.abgemeldet-dann", "opt_out"],
    ["Ik ben uitgeschreven en krijg nog steeds mails", "nl.phrase.afgemeld-en-nog-steeds", "opt_out"],
    ["Ik heb me allang uitgeschreven, maar ik krijg nog altijd sms'jes", "nl.phrase.afgemeld-dan", "opt_out"],
    ["Nous nous sommes désinscrits et vous appelez encore", "fr.phrase.desabonne-et-toujours", "opt_out"],
    ["Je me suis déjà désabonnée, mais vous m'appelez toujours", "fr.phrase.desabonne-puis", "opt_out"],
    ["am i unsubscribed?", "en.phrase.am-i-unsubscribed", "uncertain"],
    ["Basta por ahora", "es.phrase.basta-por-ahora", "uncertain"],
    ["Stopp vorerst", "de.phrase.stopp-fur-jetzt", "uncertain"],
    ["Bin ich abgemeldet?", "de.phrase.bin-ich-abgemeldet", "uncertain"],
    ["Stop voorlopig", "nl.phrase.stop-voor-nu", "uncertain"],
    ["Ben ik afgemeld?", "nl.phrase.ben-ik-afgemeld", "uncertain"],
    ["Stop pour le moment", "fr.phrase.stop-pour-l-instant", "uncertain"],
    ["Je suis désabonné ou pas ?", "fr.phrase.suis-je-desinscrit", "uncertain"],
    ["Suis-je bien désabonnée ?", "fr.phrase.suis-je-desinscrit-inverse", "uncertain"],
    ["Close my account.", "en.phrase.close-my-account", "uncertain"],
    ["Cancelen mi cuenta", "es.phrase.cierren-mi-cuenta", "uncertain"],
    ["Kündigen Sie mein Konto", "de.phrase.konto-schliessen", "uncertain"],
    ["Zeg mijn account op", "nl.phrase.sluit-mijn-account", "uncertain"],
    ["Clôturez mon compte", "fr.phrase.fermez-mon-compte", "uncertain"],
    ["Nada de llamadas, gracias", "es.phrase.nada-de", "opt_out"],
    ["block me plz", "en.phrase.block-me", "opt_out"],
    ["Bloquéame por favor", "es.phrase.bloqueenme", "opt_out"],
    ["Sperren Sie mich", "de.phrase.blockieren-sie-mich", "opt_out"],
    ["Bloque-moi stp", "fr.phrase.bloquez-moi", "opt_out"],
    ["you are now blocked", "en.phrase.youre-blocked", "uncertain"],
    ["Otro correo y te bloqueo", "es.phrase.los-bloqueo", "uncertain"],
    ["Ya quedan bloqueados", "es.phrase.quedan-bloqueados", "uncertain"],
    ["Ich habe euch blockiert", "de.phrase.sie-blockiert", "uncertain"],
    ["Noch eine Mail und ihr seid gesperrt", "de.phrase.sie-sind-blockiert", "uncertain"],
    ["Nog één sms en ik blokkeer u", "nl.phrase.ik-blokkeer-jullie", "uncertain"],
    ["Ik heb je geblokkeerd", "nl.phrase.jullie-geblokkeerd", "uncertain"],
    ["Je t'ai bloqué", "fr.phrase.je-vous-bloque", "uncertain"],
    ["Vous êtes bloqués", "fr.phrase.vous-etes-bloque", "uncertain"],
    ["Beenden Sie ab sofort alle Anrufe", "de.phrase.stoppen-sie-ab-sofort", "opt_out"],
    ["Tragen Sie mich in Ihre Sperrliste ein", "de.phrase.in-sperrliste-eintragen", "opt_out"],
    ["Please delete my account on your website", "en.phrase.delete-my-account-online", "uncertain"],
    ["I've asked you 4 times to STOP", "en.phrase.asked-you-to-stop", "opt_out"],
    ["Ya respondí BAJA dos veces", "es.phrase.respondi-baja", "opt_out"],
    ["Ich habe schon zweimal STOPP geschrieben", "de.phrase.stopp-geschrieben", "opt_out"],
    ["Ik heb al twee keer STOP geantwoord", "nl.phrase.stop-gestuurd", "opt_out"],
    ["J'ai déjà répondu STOP deux fois", "fr.phrase.ai-repondu-stop", "opt_out"],
    ["ich hab doch gesagt stopp", "de.phrase.gesagt-stopp", "opt_out"],
    ["ik heb toch gezegd stop", "nl.phrase.zei-stop", "opt_out"],
    ["je vous ai dit stop", "fr.phrase.ai-dit-stop", "opt_out"],
    ["Envoyez-moi plus rien", "fr.phrase.envoyez-moi-plus", "opt_out"],
    ["Envoyez-moi plus", "fr.phrase.envoyez-moi-plus-seul", "opt_out"],
    ["I don't want you to call me", "en.phrase.dont-want-you-to", "opt_out"],
    ["please opt me out of this", "en.phrase.opt-out-of", "opt_out"],
    ["Quiero cancelar mi suscripción", "es.phrase.cancelar-suscripcion", "opt_out"],
    ["Ruf mich bitte nicht mehr an", "de.phrase.ruf-mich-nicht", "opt_out"],
    ["Schluss mit den Anrufen", "de.phrase.aufhoren-mit", "opt_out"],
    ["Einwilligung hiermit widerrufen", "de.phrase.einwilligung-wird-widerrufen", "opt_out"],
    ["Falsche Nummer", "de.phrase.falsche-nummer", "uncertain"],
    ["Niet meer bellen a.u.b.", "nl.phrase.niet-meer-infinitief", "opt_out"],
    ["Geen reclame", "nl.phrase.geen-clause", "opt_out"],
    ["Verwijder mijn gegevens", "nl.phrase.verwijder-gegevens", "opt_out"],
    ["Graag afmelden voor de nieuwsbrief", "nl.phrase.afmelden-zin", "opt_out"],
    ["Toestemming ingetrokken", "nl.phrase.toestemming-ingetrokken", "opt_out"],
    ["Supprimez mes coordonnées", "fr.phrase.supprimez-donnees", "opt_out"],
    ["Je retire mon consentement", "fr.phrase.retire-consentement", "opt_out"],
    ["Mauvais numéro", "fr.phrase.mauvais-numero", "uncertain"],
    ["no thanks", "en.phrase.no-thanks", "uncertain"],
    ["Ik wil niets meer van jullie ontvangen", "nl.phrase.wil-niets-ontvangen", "opt_out"],
    ["Bel niet meer aub", "nl.phrase.bel-niet-meer", "opt_out"],
    ["Please block my number", "en.phrase.block-my-number", "opt_out"],
    ["I'm reporting you to the FCC", "en.phrase.report-you", "uncertain"],
    ["Reported as spam", "en.phrase.report-spam", "uncertain"],
    ["Los voy a denunciar", "es.phrase.denunciar", "uncertain"],
    ["Voy a bloquear este número", "es.phrase.bloquear-numero", "uncertain"],
    ["Noch ein Anruf und ich zeige Sie an", "de.phrase.anzeigen", "uncertain"],
    ["Ich werde Anzeige erstatten", "de.phrase.anzeige-erstatten", "uncertain"],
    ["Ich sperre jetzt Ihre Nummer", "de.phrase.nummer-sperren", "uncertain"],
    ["Je vais porter plainte", "fr.phrase.porter-plainte", "uncertain"],
    ["Je vais bloquer votre numéro", "fr.phrase.bloquer-numero", "uncertain"],
    ["Ik ga jullie aangeven", "nl.phrase.aangeven", "uncertain"],
    ["Ik ga aangifte doen", "nl.phrase.aangifte-doen", "uncertain"],
    ["Ik ga dit nummer blokkeren", "nl.phrase.nummer-blokkeren", "uncertain"],
    ["Não quero que me liguem mais", "pt.phrase.nao-quero-que", "opt_out"],
    ["Não é para me ligar mais", "pt.phrase.nao-e-para", "opt_out"],
    ["Já não preciso, obrigado", "pt.phrase.nao-preciso", "uncertain"],
    ["para de encher o saco", "pt.phrase.encher-o-saco", "opt_out"],
    ["Deixem-me em paz", "pt.phrase.deixa-em-paz", "opt_out"],
    ["Descadastre-me", "pt.phrase.descadastre-me", "opt_out"],
    ["Como funciona esse descadastrar aqui", "pt.phrase.keyword", "uncertain"],
    ["Just go away", "en.phrase.go-away", "opt_out"],
    ["Hau doch ab", "de.phrase.hau-ab", "opt_out"],
    ["Verpiss dich", "de.phrase.verpiss-dich", "opt_out"],
    ["Dégage", "fr.phrase.degage", "opt_out"],
    ["Lárgate", "es.phrase.largate", "opt_out"],
    ["Rot op", "nl.phrase.rot-op", "opt_out"],
    ["Oprotten", "nl.phrase.oprotten", "opt_out"],
    ["Vai à merda", "pt.phrase.vai-a-merda", "opt_out"],
    ["Some daqui", "pt.phrase.some-daqui", "opt_out"],
    ["Vaza", "pt.phrase.vaza", "opt_out"],
  ];
  for (const [text, rule, verdict] of golden) {
    it(`golden ${rule}: ${JSON.stringify(text)}`, () => {
      const locale = rule.slice(0, 2);
      expect(detectOptOut(text, { locale })).toMatchObject({ rule, verdict });
    });
  }

  for (const [what, text, expected] of cases) {
    it(`${what}: ${JSON.stringify(text)}`, () => {
      expect(detectOptOut(text)).toMatchObject(expected);
    });
  }

  it("English replies read Spanish too (Spanglish)", () => {
    expect(detectOptOut("ya no me textees please", { locale: "en-US" })).toMatchObject({ verdict: "opt_out", scope: "sms" });
  });

  /** Every combination of the slots: verbs × channels × pronouns × adverbs, not sentences listed one by one. */
  const cross = (...parts: string[][]): string[] => parts.reduce<string[]>((acc, p) => acc.flatMap((a) => p.map((b) => `${a} ${b}`.trim())), [""]);
  const combinations: readonly [string, readonly string[], boolean][] = [
    [
      "en",
      cross(
        ["", "please", "pls"],
        ["stop", "quit"],
        ["texting", "calling", "emailing", "messaging", "contacting"],
        ["me", ""],
        ["", "anymore", "again", "now"],
      ),
      true,
    ],
    ["en", cross(["please", ""], ["don't", "do not", "never"], ["text", "call", "email", "contact"], ["me"], ["", "again", "anymore"]), true],
    [
      "es",
      cross(
        ["", "ya", "por favor"],
        ["no me"],
        ["llamen", "llames", "escriban", "manden mensajes", "contacten", "marquen", "hablen"],
        ["", "mas", "nunca mas"],
      ),
      true,
    ],
    ["es", cross(["", "ya"], ["dejen de", "deja de", "para de"], ["llamarme", "escribirme", "mandarme mensajes", "contactarme", "molestarme"]), true],
    ["de", cross(["", "bitte"], ["nicht mehr", "nie wieder"], ["anrufen", "schreiben", "kontaktieren", "mailen", "stören"], ["", "bitte", "danke"]), true],
    ["de", cross(["rufen sie mich", "ruf mich", "ruft mich"], ["", "bitte"], ["nicht mehr an", "nie wieder an"]), true],
    ["de", cross(["", "bitte", "ich will"], ["keine"], ["anrufe", "nachrichten", "sms", "e-mails", "werbung"], ["mehr"]), true],
    ["nl", cross(["bel", "mail", "app", "sms", "contacteer", "stuur"], ["me", "mij"], ["", "alsjeblieft", "aub"], ["niet meer", "nooit meer"]), true],
    ["nl", cross(["", "graag"], ["niet meer", "nooit meer"], ["bellen", "mailen", "appen", "sms'en", "contacteren"], ["", "aub"]), true],
    ["fr", cross(["", "svp"], ["ne me", "ne m'"], ["contactez", "appelez", "écrivez", "rappelez", "relancez"], ["plus", "plus jamais"]), true],
    ["fr", cross(["", "svp"], ["arrêtez", "arrête", "cessez"], ["de me", "de m'"], ["contacter", "appeler", "écrire", "relancer", "déranger"]), true],
    ["en", cross(["you don't have to", "no need to"], ["stop"], ["texting", "calling", "emailing"], ["me"]), false],
    ["en", cross(["please don't"], ["text", "call", "email"], ["me"], ["after 9pm", "before noon", "at work", "on weekends", "on my landline"]), false],
    ["es", cross(["no me"], ["llamen", "escriban", "marquen"], ["antes de las 9", "en la noche", "al trabajo", "despues de las 6", "los domingos"]), false],
    ["de", cross(["rufen sie mich nicht"], ["vor 9 uhr", "im büro", "am wochenende", "während der arbeit", "auf dem festnetz"], ["an"]), false],
    ["nl", cross(["bel me niet"], ["voor 9 uur", "na 8 uur", "op mijn werk", "in het weekend", "tijdens het werk"]), false],
    ["fr", cross(["ne m'appelez pas"], ["avant 9h", "après 20h", "au travail", "le dimanche", "au bureau"]), false],
  ];
  it("combinations of verbs, channels and adverbs opt out; negated by a modal or limited in time or place they do not", () => {
    const wrong: string[] = [];
    for (const [locale, texts, optOut] of combinations) {
      for (const text of texts) if (detectOptOut(text, { locale }).optOut !== optOut) wrong.push(`${locale}: ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  it("every phrase rule decides at least one corpus or golden message", async () => {
    const { OPT_OUT_CORPUS, PORTUGUESE_BATCHES } = await import("./optOutCorpus/index.js");
    const fired = new Set<string>();
    for (const m of [...OPT_OUT_CORPUS, ...PORTUGUESE_BATCHES.flatMap((b) => b.messages)]) {
      const d = detectOptOut(m.text, m.locale === "" ? {} : { locale: m.locale });
      if (d.rule !== null) fired.add(d.rule);
    }
    for (const [, text] of cases) {
      const rule = detectOptOut(text).rule;
      if (rule !== null) fired.add(rule);
    }
    for (const [text, rule] of golden) if (detectOptOut(text, { locale: rule.slice(0, 2) }).rule === rule) fired.add(rule);
    const silent = OPT_OUT_RULES.flatMap((t) => t.phrases.map((p) => `${t.locale}.phrase.${p.id}`)).filter((id) => !fired.has(id));
    expect(silent).toEqual([]);
  });
});
