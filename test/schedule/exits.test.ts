import { describe, expect, it } from "vitest";
import { evaluate, touchRecord, type LeadInput, type PlanInput } from "../../src/index.js";
import { leadAt, planWith } from "../support/drive.js";

const ENROLLED = "2026-03-10T14:00:00Z";
const LATER = "2026-03-10T15:00:00Z";

const plan: PlanInput = planWith({
  steps: [
    { id: "sms", channel: "sms", at: { after: "PT2H" } },
    { id: "email", channel: "email", at: { after: "PT2H" }, fallback: "sms" },
    { id: "call", channel: "call", at: { after: "PT3H" } },
  ],
  exits: [
    { on: "reply", channels: ["sms", "email"] },
    { on: "connected" },
    { on: "meeting" },
    { on: "status", in: ["won", "lost"] },
    { on: "event", name: "test_drive_booked" },
  ],
});

function decide(history: LeadInput["history"], extra: Partial<LeadInput> = {}, p: PlanInput = plan) {
  return evaluate(p, leadAt(ENROLLED, { history, ...extra }), "2026-03-10T17:00:00Z");
}

/** The channel each step goes out on now: due, or due but for another touch on the channel this minute (`channel_busy`). */
function chosen(d: ReturnType<typeof decide>): string[][] {
  return d.trace.filter((t) => t.state === "due" || t.reason === "channel_busy").map((t) => [t.stepId, t.channel ?? ""]);
}

describe("exits", () => {
  it("a reply on a listed channel ends the cadence at once", () => {
    const d = decide([{ type: "inbound", channel: "sms", at: LATER, text: "Is it still available?" }]);
    expect(d.done).toEqual({ reason: "replied", at: "2026-03-10T15:00:00.000Z", detail: "sms" });
    expect(d.due).toEqual([]);
    expect(d.next).toBeNull();
    expect(d.trace.every((t) => t.state === "exited")).toBe(true);
  });

  it("ignores replies on unlisted channels, automatic replies and replies before enrolment", () => {
    expect(decide([{ type: "inbound", channel: "whatsapp", at: LATER }]).done).toBeNull();
    expect(decide([{ type: "inbound", channel: "email", at: LATER, automatic: true }]).done).toBeNull();
    expect(decide([{ type: "inbound", channel: "sms", at: "2026-03-01T10:00:00Z" }]).done).toBeNull();
  });

  it("a record after `now` does not count yet", () => {
    const d = evaluate(plan, leadAt(ENROLLED, { history: [{ type: "inbound", channel: "sms", at: "2026-03-10T18:00:00Z" }] }), "2026-03-10T17:00:00Z");
    expect(d.done).toBeNull();
    expect(d.due.length).toBeGreaterThan(0);
  });

  it("connected call, meeting, status and custom events exit with their reason", () => {
    const connected = decide([{ type: "touch", touchId: "x", stepId: "call", channel: "call", attempt: 1, at: LATER, outcome: "connected" }]);
    expect(connected.done?.reason).toBe("connected");
    expect(decide([{ type: "meeting", at: LATER }]).done?.reason).toBe("meeting_booked");
    expect(decide([{ type: "status", status: "won", at: LATER }]).done).toMatchObject({ reason: "status", detail: "won" });
    expect(decide([], { status: "lost" }).done).toMatchObject({ reason: "status", detail: "lost" });
    expect(decide([{ type: "status", status: "contacted", at: LATER }]).done).toBeNull();
    expect(decide([{ type: "event", name: "test_drive_booked", at: LATER }]).done).toMatchObject({ reason: "event", detail: "test_drive_booked" });
  });

  it("a connected call stays an exit when a later outcome record follows it (a task closed as completed, a corrected disposition)", () => {
    const call = { type: "touch", touchId: "lead-1/p@1/call#1", planId: "p", stepId: "call", channel: "call", attempt: 1, at: LATER } as const;
    const connected = { type: "outcome", touchId: call.touchId, outcome: "connected", at: "2026-03-10T15:05:00Z" } as const;
    for (const after of ["completed", "voicemail"] as const) {
      const d = decide([call, connected, { type: "outcome", touchId: call.touchId, outcome: after, at: "2026-03-10T15:10:00Z" }]);
      expect(d.done).toEqual({ reason: "connected", at: "2026-03-10T15:05:00.000Z" });
      expect(d.due).toEqual([]);
    }
    // The same when the touch record carries the connected outcome itself.
    const inline = decide([
      { ...call, outcome: "connected" },
      { type: "outcome", touchId: call.touchId, outcome: "completed", at: "2026-03-10T15:10:00Z" },
    ]);
    expect(inline.done).toEqual({ reason: "connected", at: "2026-03-10T15:00:00.000Z" });
  });

  it("the earliest exit is the one reported", () => {
    const d = decide([
      { type: "meeting", at: "2026-03-10T16:00:00Z" },
      { type: "inbound", channel: "email", at: LATER },
    ]);
    expect(d.done?.reason).toBe("replied");
  });

  it("an opt-out at the instant of another exit is the reason reported, whatever the plan's order (a STOP is a reply too)", () => {
    // The engine records an inbound STOP as a reply and an opt-out at the same instant.
    const stop = { history: [{ type: "inbound" as const, channel: "sms", at: LATER, text: "STOP" }], optOuts: [{ channel: "sms", at: LATER }] };
    const replyFirst = planWith({ ...plan, exits: [{ on: "reply" }, { on: "opt_out" }] } as PlanInput);
    const optOutFirst = planWith({ ...plan, exits: [{ on: "opt_out" }, { on: "reply" }] } as PlanInput);
    for (const p of [replyFirst, optOutFirst])
      expect(decide(stop.history, { optOuts: stop.optOuts }, p).done).toEqual({ reason: "opted_out", at: "2026-03-10T15:00:00.000Z", detail: "sms" });
    // An earlier reply is still the reason: the lead replied, then opted out.
    const replyThenStop = decide(
      [{ type: "inbound", channel: "sms", at: "2026-03-10T14:30:00Z", text: "How much?" }, ...stop.history],
      { optOuts: stop.optOuts },
      replyFirst,
    );
    expect(replyThenStop.done).toMatchObject({ reason: "replied", at: "2026-03-10T14:30:00.000Z" });
  });

  it("an opt-out on a channel ends only that channel; a fallback takes over", () => {
    const d = decide([], { optOuts: [{ channel: "email", at: LATER }] });
    expect(d.done).toBeNull();
    expect(chosen(d)).toEqual([
      ["sms", "sms"],
      ["email", "sms"],
      ["call", "call"],
    ]);
    // Its fallback is the channel the sms step uses this minute: it goes a minute later.
    expect(d.trace[1]).toMatchObject({ stepId: "email", state: "waiting", reason: "channel_busy", until: "2026-03-10T17:01:00.000Z" });
    const sent = d.due.map((t) => touchRecord(t, { at: "2026-03-10T17:00:00Z", outcome: "sent" }));
    const next = evaluate(plan, leadAt(ENROLLED, { history: sent, optOuts: [{ channel: "email", at: LATER }] }), "2026-03-10T17:01:00Z");
    expect(next.due.find((t) => t.stepId === "email")).toMatchObject({ channel: "sms", fallbackFrom: "email" });
    const sms = decide([], { optOuts: [{ channel: "sms", at: LATER }] });
    expect(sms.skipped.map((s) => [s.stepId, s.reason])).toEqual([["sms", "opted_out"]]);
    expect(sms.due.map((t) => t.stepId)).toEqual(["email", "call"]);
  });

  it("a global opt-out always ends the cadence; an opt_out exit ends it on any opt-out", () => {
    expect(decide([], { optOuts: [{ channel: "all", at: LATER }] }).done).toMatchObject({ reason: "opted_out" });
    const withExit = planWith({ ...plan, exits: [{ on: "opt_out" }] } as PlanInput);
    expect(decide([], { optOuts: [{ channel: "sms", at: LATER }] }, withExit).done).toMatchObject({ reason: "opted_out", detail: "sms" });
  });

  it("policy optOut: global makes any opt-out end every channel", () => {
    const global = planWith({ ...plan, policies: { optOut: "global" } } as PlanInput);
    const d = decide([], { optOuts: [{ channel: "sms", at: LATER }] }, global);
    expect(d.due).toEqual([]);
    expect(d.skipped.map((s) => s.reason)).toEqual(["opted_out", "opted_out", "opted_out"]);
    expect(d.done).toMatchObject({ reason: "completed" });
  });

  it("a bounce disables the channel: later steps use their fallback or are skipped", () => {
    const d = decide([{ type: "touch", touchId: "e0", stepId: "earlier", channel: "email", attempt: 1, at: LATER, outcome: "bounced" }]);
    expect(chosen(d)).toEqual([
      ["sms", "sms"],
      ["email", "sms"],
      ["call", "call"],
    ]);
    const viaOutcome = decide([
      { type: "touch", touchId: "e0", stepId: "earlier", channel: "sms", attempt: 1, at: LATER, outcome: "sent" },
      { type: "outcome", touchId: "e0", outcome: "bounced", at: "2026-03-10T15:01:00Z" },
    ]);
    expect(viaOutcome.skipped.map((s) => [s.stepId, s.reason])).toEqual([["sms", "channel_bounced"]]);
  });

  it("a bounce recorded with the address (`to`) blocks that address only: a new address makes the channel usable again", () => {
    const bouncedTo = (to: string, contacts: LeadInput["contacts"]) =>
      decide([{ type: "touch", touchId: "e0", stepId: "earlier", channel: "email", attempt: 1, at: LATER, outcome: "bounced", to }], { contacts });
    const channels = chosen;
    // The CRM replaced the address after the bounce: email again.
    expect(channels(bouncedTo("old@example.com", { phone: "+12125550100", email: "new@example.com" }))).toContainEqual(["email", "email"]);
    // The same address, written differently (case, spaces): still bounced.
    expect(channels(bouncedTo("Lead@Example.com ", { phone: "+12125550100", email: "lead@example.com" }))).toContainEqual(["email", "sms"]);
    // Through a later outcome record too.
    const viaOutcome = (email: string) =>
      decide(
        [
          { type: "touch", touchId: "e0", stepId: "earlier", channel: "sms", attempt: 1, at: LATER, outcome: "sent", to: "+1 212-555-0100" },
          { type: "outcome", touchId: "e0", outcome: "bounced", at: "2026-03-10T15:01:00Z" },
        ],
        { contacts: { phone: email, email: "lead@example.com" } },
      );
    expect(viaOutcome("+12125550100").skipped.map((s) => [s.stepId, s.reason])).toEqual([["sms", "channel_bounced"]]);
    expect(viaOutcome("+12125550199").due.map((t) => t.stepId)).toContain("sms");
  });

  it("a bounce of a number blocks it however the lead's contact writes it: national in the CRM, international from the provider", () => {
    // A rep types "(212) 555-0100"; the SMS provider sends to, and reports, "+12125550100". Compared as different numbers, the
    // bounce blocked nothing and every later SMS went to the dead number again.
    const smsBounced = (to: string, phone: string) =>
      decide([{ type: "touch", touchId: "s0", stepId: "earlier", channel: "sms", attempt: 1, at: LATER, outcome: "bounced", to }], {
        contacts: { phone, email: "lead@example.com" },
      }).skipped.map((s) => [s.stepId, s.reason]);
    const blocked = [["sms", "channel_bounced"]];
    expect(smsBounced("+12125550100", "(212) 555-0100")).toEqual(blocked);
    expect(smsBounced("+1 212 555 0100", "1-212-555-0100")).toEqual(blocked);
    // A national number's trunk prefix 0 is not part of the international form: 020 7946 0958 is +44 20 7946 0958.
    expect(smsBounced("+442079460958", "020 7946 0958")).toEqual(blocked);
    // The other way round: the provider reported the national form, the CRM holds the international one.
    expect(smsBounced("(212) 555-0100", "+12125550100")).toEqual(blocked);
    // Another number stays usable, and so does one sharing only a short tail with the bounced one.
    expect(smsBounced("+12125550100", "(212) 555-0199")).toEqual([]);
    expect(smsBounced("+12125550100", "50100")).toEqual([]);
  });

  it("a channel with several contact kinds stays usable while one of its contacts has not bounced", () => {
    const video = planWith({
      steps: [{ id: "video", channel: "video", at: { after: "PT2H" } }],
      policies: { channels: { video: { contact: ["email", "phone"] } } },
    });
    const history: LeadInput["history"] = [
      { type: "touch", touchId: "v0", stepId: "earlier", channel: "video", attempt: 1, at: LATER, outcome: "bounced", to: "lead@example.com" },
    ];
    expect(decide(history, {}, video).due.map((t) => t.channel)).toEqual(["video"]);
    expect(decide(history, { contacts: { email: "lead@example.com" } }, video).skipped.map((s) => s.reason)).toEqual(["channel_bounced"]);
  });

  it("a bounce whose address is blank (no address written) blocks the channel, as one without `to` does", () => {
    const bounced = (to: string) =>
      decide([{ type: "touch", touchId: "e0", stepId: "earlier", channel: "email", attempt: 1, at: LATER, outcome: "bounced", to }], {
        contacts: { phone: "+12125550100", email: "lead@example.com" },
      });
    expect(chosen(bounced(" "))).toContainEqual(["email", "sms"]);
    expect(chosen(bounced("\t\n"))).toContainEqual(["email", "sms"]);
  });

  it("a bounce dated before its touch's own instant (a provider's timestamp in whole seconds) still blocks: it was learnt after the send", () => {
    const history: LeadInput["history"] = [
      { type: "touch", touchId: "e0", stepId: "earlier", channel: "email", attempt: 1, at: "2026-03-10T15:00:00.350Z", outcome: "sent" },
      { type: "outcome", touchId: "e0", outcome: "bounced", at: LATER },
    ];
    expect(chosen(decide(history))).toContainEqual(["email", "sms"]);
  });

  it("a bounce's address that is not a string is refused, naming its path", () => {
    const bad = [{ type: "touch", touchId: "e0", stepId: "earlier", channel: "email", attempt: 1, at: LATER, outcome: "bounced", to: 42 }];
    expect(() => decide(bad as unknown as LeadInput["history"])).toThrow(/history\.0\.to|\["history",0,"to"\]|history\[0\]\.to/);
  });
});
