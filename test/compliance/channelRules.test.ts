import { describe, expect, it } from "vitest";
import { evaluate, OPT_OUT_CONFIRMATION_STEP, optOutReviewRecord, optOutReviewResolution, type PlanInput } from "../../src/index.js";
import { readInboundOptOut } from "../../src/optOut.js";
import { leadAt, presetPlan, sent } from "./helpers.js";

const T0 = "2026-03-11T14:00:00Z"; // Wed 10:00 EDT

describe("do-not-contact flags", () => {
  it("a flagged channel is skipped with do_not_contact, in the trace too", () => {
    for (const flag of ["call", { channel: "call", source: "national DNC registry", at: T0 }, "all"]) {
      const d = evaluate(presetPlan([]), leadAt(T0, { doNotContact: [flag] as never }), T0);
      expect(d.due).toEqual([]);
      expect(d.skipped[0]).toMatchObject({ reason: "do_not_contact" });
      expect(d.trace[0]).toMatchObject({ state: "skipped", reason: "do_not_contact" });
    }
  });
  it("the fallback is used when only the primary is flagged", () => {
    const plan = presetPlan([], "call", { steps: [{ id: "a", channel: "call", fallback: "email", at: { after: "PT0S" } }] });
    expect(evaluate(plan, leadAt(T0, { doNotContact: ["call"] }), T0).due[0]).toMatchObject({ channel: "email", fallbackFrom: "call" });
  });
});

describe("consent", () => {
  const plan = presetPlan([], "sms", { policies: { consentRequired: ["sms"] } });
  it("a channel that requires consent is never touched without granted", () => {
    for (const status of ["unknown", undefined]) {
      const lead = leadAt(T0, status === undefined ? {} : { consent: { sms: { status: status as "unknown" } } });
      expect(evaluate(plan, lead, T0).skipped[0]).toMatchObject({ reason: "no_consent" });
    }
    // A status of no meaning is refused, as parseLead refuses it, not read as one (test/hostile/leadComplianceValues.test.ts).
    expect(() => evaluate(plan, leadAt(T0, { consent: { sms: { status: "pending" as "unknown" } } }), T0)).toThrow(/consent\.sms\.status: Expected one of/);
    expect(evaluate(plan, leadAt(T0, { consent: { sms: { status: "denied" } } }), T0).skipped[0]).toMatchObject({ reason: "consent_denied" });
    expect(evaluate(plan, leadAt(T0, { consent: { sms: { status: "granted", at: T0, source: "form" } } }), T0).due).toHaveLength(1);
  });
});

describe("opt-out", () => {
  const plan: PlanInput = {
    ...presetPlan([]),
    steps: [
      { id: "a", channel: "sms", at: { after: "PT0S" } },
      { id: "b", channel: "sms", at: { after: "PT5M" } },
    ],
    exits: [{ on: "opt_out" }],
  };
  it("ends touches at once, even one due a second later", () => {
    const inbound = { type: "inbound" as const, channel: "sms", at: "2026-03-11T14:04:59Z", text: "STOP" };
    const [optOut] = readInboundOptOut(inbound).optOuts;
    expect(optOut).toEqual({ channel: "sms", at: "2026-03-11T14:04:59Z", source: "inbound:en.keyword.stop" });
    const lead = leadAt(T0, { history: [sent("a", "sms", T0), inbound], optOuts: [optOut!] });
    const d = evaluate(plan, lead, "2026-03-11T14:05:00Z");
    expect(d.due).toEqual([]);
    expect(d.done).toMatchObject({ reason: "opted_out" });
  });
  it("a channel opt-out without an opt_out exit skips only that channel", () => {
    const noExit = { ...plan, exits: [] } as PlanInput;
    const lead = leadAt(T0, { optOuts: [{ channel: "sms", at: T0 }] });
    expect(evaluate(noExit, lead, "2026-03-11T14:05:00Z").skipped.map((s) => s.reason)).toEqual(["opted_out", "opted_out"]);
  });
  it("readInboundOptOut scopes: STOP ALL covers every channel, 'stop calling me' calls, a named channel wins over the inbound one", () => {
    const channels = (text?: string) => readInboundOptOut({ channel: "sms", at: T0, ...(text === undefined ? {} : { text }) }).optOuts.map((o) => o.channel);
    expect(channels("stop all")).toEqual(["all"]);
    expect(channels("please stop calling me")).toEqual(["call"]);
    expect(channels("stop emailing me, texting is fine")).toEqual(["email"]);
    expect(channels("stop calling and texting me")).toEqual(["call", "sms"]);
    expect(channels("see you tomorrow")).toEqual([]);
    expect(channels()).toEqual([]);
    expect(readInboundOptOut({ channel: "sms", at: T0, text: "STOP", automatic: true }).optOuts).toEqual([]);
  });
  /** The channels an inbound message on `channel` opts out of. */
  const on = (channel: string, text: string, locale?: string) =>
    readInboundOptOut({ channel, at: T0, text }, locale === undefined ? {} : { locale }).optOuts.map((o) => o.channel);
  it("on a WhatsApp conversation a stop of texts or messages covers WhatsApp too: people call WhatsApp messages texts", () => {
    expect(on("whatsapp", "please stop texting me")).toEqual(["sms", "whatsapp"]);
    expect(on("whatsapp", "no more messages")).toEqual(["sms", "whatsapp"]);
    expect(on("whatsapp", "para de me mandar mensagem", "pt")).toEqual(["sms", "whatsapp"]);
    expect(on("whatsapp", "stop calling and texting me")).toEqual(["call", "sms", "whatsapp"]);
    // Unchanged: texts on SMS, another channel named, a bare STOP (the channel it came on), every channel.
    expect(on("sms", "please stop texting me")).toEqual(["sms"]);
    expect(on("whatsapp", "stop emailing me")).toEqual(["email"]);
    expect(on("whatsapp", "STOP")).toEqual(["whatsapp"]);
    expect(on("whatsapp", "stop all")).toEqual(["all"]);
    // An uncertain one is held on both too.
    const held = readInboundOptOut({ channel: "whatsapp", at: T0, text: "How do I stop these texts?" }).reviews;
    expect(held.map((r) => r.data?.["channel"])).toEqual(["sms", "whatsapp"]);
  });
  it("an opt-out naming no channel beside one naming some covers the channel it came on too: a bare STOP is never narrowed", () => {
    expect(on("sms", "STOP. Don't call me either")).toEqual(["sms", "call"]);
    expect(on("sms", "Stop. No more calls")).toEqual(["sms", "call"]);
    expect(on("sms", "STOPP. Und bitte auch nicht mehr anrufen")).toEqual(["sms", "call"]);
    expect(on("sms", "BAJA. Y no me llamen")).toEqual(["sms", "call"]);
    expect(on("email", "Unsubscribe. Also stop calling me")).toEqual(["email", "call"]);
    expect(on("sms", "Leave me alone. No more calls.")).toEqual(["sms", "call"]);
    // Opt-outs in several sentences each naming channels: all of them (the first named first).
    expect(on("sms", "Stop texting me. Stop calling me.")).toEqual(["sms", "call"]);
    expect(on("sms", "Keine SMS mehr. Keine Anrufe mehr.")).toEqual(["sms", "call"]);
    expect(on("sms", "Ne m'envoyez plus de SMS. Ne m'appelez plus.")).toEqual(["sms", "call"]);
    expect(on("sms", "Stop texting me. Call me instead.")).toEqual(["sms"]);
    // A stop naming its channel alone stays as named.
    expect(on("sms", "please stop calling me")).toEqual(["call"]);
    expect(on("sms", "stop all")).toEqual(["all"]);
  });
  it("so does one that came by email or on a messaging channel of the host's: the conversation it stops is the one it is written in", () => {
    // A reply to an email: "messages" are the emails it answers (CAN-SPAM honours an opt-out however it is worded).
    expect(on("email", "please stop sending me messages")).toEqual(["sms", "email"]);
    expect(on("email", "unsubscribe me from all messages")).toEqual(["sms", "email"]);
    expect(on("linkedin", "no more messages")).toEqual(["sms", "linkedin"]);
    // Not a call (a transcript of one asks to stop texts), and a channel named on its own stays as named.
    expect(on("call", "no more messages")).toEqual(["sms"]);
    expect(on("email", "stop calling me")).toEqual(["call"]);
    expect(on("email", "please stop emailing me")).toEqual(["email"]);
  });
});

describe("opt-out confirmation", () => {
  const plan: PlanInput = {
    ...presetPlan(["us-federal"], "sms"),
    steps: [
      { id: "a", channel: "sms", at: { after: "PT0S" } },
      { id: "b", channel: "call", at: { after: "PT1H" } },
    ],
    exits: [{ on: "opt_out" }],
    optOutConfirmation: { channel: "sms", template: "optout-confirm" },
  };
  const stopAt = "2026-03-11T02:30:00Z"; // 22:30 EDT: outside the federal window
  const history = [sent("a", "sms", "2026-03-11T00:00:00Z"), { type: "inbound" as const, channel: "sms", at: stopAt, text: "STOP" }];
  const lead = leadAt("2026-03-11T00:00:00Z", { history, optOuts: [{ channel: "sms", at: stopAt }] });

  it("is due once, immediately, even outside the windows, and nothing else", () => {
    const d = evaluate(plan, lead, stopAt);
    expect(d.due).toHaveLength(1);
    expect(d.due[0]).toMatchObject({ stepId: OPT_OUT_CONFIRMATION_STEP, channel: "sms", template: "optout-confirm", dueAt: "2026-03-11T02:30:00.000Z" });
    expect(d.done).toBeNull();
    const again = evaluate(plan, { ...lead, history: [...history, sent(OPT_OUT_CONFIRMATION_STEP, "sms", "2026-03-11T02:30:01Z")] }, "2026-03-11T02:31:00Z");
    expect(again.due).toEqual([]);
    expect(again.done).toMatchObject({ reason: "opted_out" });
    expect(again.next).toBeNull();
  });
  it("is not sent for an opt-out before enrolment, nor after 24 hours, nor to a flagged channel", () => {
    const old = leadAt("2026-03-11T00:00:00Z", { optOuts: [{ channel: "sms", at: "2026-01-01T00:00:00Z" }] });
    expect(evaluate(plan, old, stopAt).due).toEqual([]);
    expect(evaluate(plan, lead, "2026-03-12T02:31:00Z").due).toEqual([]);
    const flagged = { ...lead, doNotContact: ["sms"] };
    const d = evaluate(plan, flagged, stopAt);
    expect(d.due).toEqual([]);
    expect(d.skipped).toContainEqual(expect.objectContaining({ stepId: OPT_OUT_CONFIRMATION_STEP, reason: "do_not_contact" }));
  });
  it("the step id is reserved", () => {
    const bad = { ...plan, id: "bad", steps: [{ id: OPT_OUT_CONFIRMATION_STEP, channel: "sms", at: { after: "PT0S" } }] };
    expect(() => evaluate(bad, lead, stopAt)).toThrow(/reserved/);
  });
});

describe("WhatsApp 24 h window", () => {
  const step = { id: "w", channel: "whatsapp", at: { after: "PT0S" }, template: "free" };
  const inbound = (at: string) => ({ type: "inbound" as const, channel: "whatsapp", at, text: "hi" });
  it("free-form inside the window (last inbound < 24 h ago)", () => {
    const lead = leadAt(T0, { history: [inbound("2026-03-10T14:00:01Z")] });
    const d = evaluate(presetPlan([], "whatsapp", { steps: [{ ...step, templateOutsideWindow: "tpl" }] }), lead, T0);
    expect(d.due[0]).toMatchObject({ channel: "whatsapp", template: "free" });
    expect(d.due[0]?.requiresTemplate).toBeUndefined();
  });
  it("at exactly 24 h the window is closed: template required", () => {
    const lead = leadAt(T0, { history: [inbound("2026-03-10T14:00:00Z")] });
    const d = evaluate(presetPlan([], "whatsapp", { steps: [{ ...step, templateOutsideWindow: "tpl" }] }), lead, T0);
    expect(d.due[0]).toMatchObject({ channel: "whatsapp", template: "tpl", requiresTemplate: true });
  });
  it("without a template: the fallback, else skipped with the reason", () => {
    const lead = leadAt(T0);
    const withFallback = evaluate(presetPlan([], "whatsapp", { steps: [{ ...step, fallback: "sms" }] }), lead, T0);
    expect(withFallback.due[0]).toMatchObject({ channel: "sms", fallbackFrom: "whatsapp" });
    const none = evaluate(presetPlan([], "whatsapp", { steps: [step] }), lead, T0);
    expect(none.due).toEqual([]);
    expect(none.skipped[0]).toMatchObject({ reason: "whatsapp_window_closed" });
  });
  it("a touch deferred past the window's end is judged at its send time", () => {
    // Inbound Friday 10:00 EDT; the step is due Friday 18:00 but WhatsApp is open only weekdays 09–17.
    const plan = presetPlan([], "whatsapp", {
      steps: [{ ...step, at: { after: "PT8H" }, templateOutsideWindow: "tpl" }],
      policies: { windows: { whatsapp: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "17:00" }] } },
    });
    const lead = leadAt("2026-03-13T14:00:00Z", { history: [inbound("2026-03-13T14:00:00Z")] });
    const friday = evaluate(plan, lead, "2026-03-13T22:00:00Z");
    expect(friday.trace[0]).toMatchObject({
      state: "waiting",
      until: "2026-03-16T13:00:00.000Z",
      detail: "outside the WhatsApp window at send time: template tpl",
    });
    const monday = evaluate(plan, lead, "2026-03-16T13:00:00Z");
    expect(monday.due[0]).toMatchObject({ template: "tpl", requiresTemplate: true });
  });
  it("automatic replies do not open the window", () => {
    const lead = leadAt(T0, { history: [{ ...inbound("2026-03-11T13:00:00Z"), automatic: true }] });
    expect(evaluate(presetPlan([], "whatsapp", { steps: [{ ...step, templateOutsideWindow: "tpl" }] }), lead, T0).due[0]?.requiresTemplate).toBe(true);
  });
});

describe("opt-out review hold", () => {
  const plan = presetPlan([], "sms", {
    steps: [
      { id: "a", channel: "sms", at: { after: "PT0S" } },
      { id: "b", channel: "email", at: { after: "PT0S" } },
    ],
  });
  const inbound = { type: "inbound" as const, channel: "sms", at: T0, text: "How do I stop these texts?" };
  const reading = readInboundOptOut(inbound);

  it("an uncertain message yields a review record for its channel and no opt-out", () => {
    expect(reading.detection).toMatchObject({ verdict: "uncertain", reason: "question" });
    expect(reading.optOuts).toEqual([]);
    expect(reading.reviews).toEqual([optOutReviewRecord("sms", T0, reading.detection)]);
  });

  it("evaluate holds the channel (waiting, no wake-up) while the review is open; other channels go on", () => {
    const lead = leadAt(T0, { history: [inbound, ...reading.reviews] });
    const d = evaluate(plan, lead, "2026-03-11T14:05:00Z");
    expect(d.due.map((t) => t.channel)).toEqual(["email"]);
    expect(d.trace[0]).toMatchObject({ state: "waiting", reason: "optout_review", channel: "sms" });
    expect(d.trace[0]).not.toHaveProperty("until");
    expect(d.skipped).toEqual([]);
    expect(d.done).toBeNull();
    expect(d.next).toBeNull();
  });

  it("a resolution releases the hold ('continue') or leaves an opt-out ('opt_out')", () => {
    const later = "2026-03-11T14:10:00Z";
    const go = leadAt(T0, { history: [inbound, ...reading.reviews, optOutReviewResolution("sms", later, "continue")] });
    expect(evaluate(plan, go, later).due.map((t) => t.channel)).toEqual(["sms", "email"]);
    const stop = leadAt(T0, {
      history: [inbound, ...reading.reviews, optOutReviewResolution("sms", later, "opt_out")],
      optOuts: [{ channel: "sms", at: later, source: "review" }],
    });
    expect(evaluate(plan, stop, later).skipped.map((s) => s.reason)).toEqual(["opted_out"]);
    // Before the resolution's instant, the hold still applies: decisions depend only on history up to now.
    expect(evaluate(plan, go, "2026-03-11T14:09:59Z").trace[0]).toMatchObject({ reason: "optout_review" });
  });

  it("an `all` review holds every channel", () => {
    const lead = leadAt(T0, { history: [optOutReviewRecord("all", T0, { rule: "en.phrase.keyword", reason: "keyword_in_sentence" })] });
    expect(evaluate(plan, lead, T0).due).toEqual([]);
  });
});
