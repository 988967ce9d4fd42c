import { describe, expect, it } from "vitest";
import { evaluate, presetIdsForLead, usStatesOf, type LeadInput } from "../../src/index.js";
import { leadAt, presetPlan } from "./helpers.js";

// Golden cases for the presets of issue 13, each at the edges its cited rule sets: the last
// allowed second and the first refused one, in the lead's own zone.
const due = (ids: string[], lead: LeadInput, now: string, channel = "call") => evaluate(presetPlan(ids, channel), { ...lead, enrolledAt: now }, now);
const at = (timezone: string, extra: Partial<LeadInput> = {}) => leadAt("2026-01-01T00:00:00Z", { timezone, ...extra });

describe("ca — CRTC Unsolicited Telecommunications Rules, Part III: 9:00–21:30 weekdays, 10:00–18:00 weekends", () => {
  const toronto = at("America/Toronto"); // EST (UTC−5) in March before the 8th, EDT after
  it("weekday: 09:00 opens, 21:29:59 is the last second, 21:30 closes", () => {
    expect(due(["ca"], toronto, "2026-03-04T13:59:59Z").due).toEqual([]); // Wed 08:59:59 EST
    expect(due(["ca"], toronto, "2026-03-04T14:00:00Z").due).toHaveLength(1);
    expect(due(["ca"], toronto, "2026-03-05T02:29:59Z").due).toHaveLength(1); // Wed 21:29:59
    expect(due(["ca"], toronto, "2026-03-05T02:30:00Z").trace[0]).toMatchObject({ state: "waiting", reason: "window", until: "2026-03-05T14:00:00.000Z" });
  });
  it("weekend: 10:00–18:00 on Saturday and Sunday", () => {
    expect(due(["ca"], toronto, "2026-03-07T14:59:59Z").due).toEqual([]); // Sat 09:59:59 EST
    expect(due(["ca"], toronto, "2026-03-07T15:00:00Z").due).toHaveLength(1);
    expect(due(["ca"], toronto, "2026-03-07T22:59:59Z").due).toHaveLength(1); // Sat 17:59:59
    expect(due(["ca"], toronto, "2026-03-07T23:00:00Z").trace[0]).toMatchObject({ until: "2026-03-08T14:00:00.000Z" }); // Sun 10:00 EDT
  });
  it("the National DNCL blocks calls; a request stays on the internal list 3 years and 14 days", () => {
    const listed = { ...toronto, dncRegistries: [{ registry: "ca-dncl" }] };
    expect(due(["ca"], listed, "2026-03-04T15:00:00Z").skipped[0]).toMatchObject({ reason: "do_not_contact", detail: "on the ca-dncl do-not-call registry" });
    const asked = { ...toronto, dncRequests: [{ at: "2023-02-18T15:00:00Z" }] };
    expect(due(["ca"], asked, "2026-03-04T14:59:59Z").due).toEqual([]); // until 2026-03-04T15:00 (P3Y14D)
    expect(due(["ca"], asked, "2026-03-04T15:00:00Z").due).toHaveLength(1);
  });
  it("texts and email are not narrowed by the preset", () => {
    expect(due(["ca"], toronto, "2026-03-05T04:00:00Z", "sms").due).toHaveLength(1);
  });
});

describe("au — Telecommunications (Telemarketing and Research Calls) Industry Standard 2017", () => {
  const sydney = at("Australia/Sydney"); // AEDT (UTC+11) until 5 April 2026
  it("weekdays 9 am–8 pm", () => {
    expect(due(["au"], sydney, "2026-03-03T21:59:59Z").due).toEqual([]); // Wed 08:59:59
    expect(due(["au"], sydney, "2026-03-03T22:00:00Z").due).toHaveLength(1);
    expect(due(["au"], sydney, "2026-03-04T08:59:59Z").due).toHaveLength(1); // Wed 19:59:59
    expect(due(["au"], sydney, "2026-03-04T09:00:00Z").due).toEqual([]);
  });
  it("Saturdays 9 am–5 pm; none on Sundays", () => {
    expect(due(["au"], sydney, "2026-03-07T05:59:59Z").due).toHaveLength(1); // Sat 16:59:59
    const sat = due(["au"], sydney, "2026-03-07T06:00:00Z");
    expect(sat.trace[0]).toMatchObject({ state: "waiting", until: "2026-03-08T22:00:00.000Z" }); // Mon 09:00
  });
  it("none on national public holidays: Anzac Day, Good Friday, Easter Monday", () => {
    // Anzac Day 2028 is a Tuesday: closed all day, open again Wednesday 09:00 AEST (UTC+10).
    const anzac = due(["au"], at("Australia/Sydney"), "2028-04-24T23:00:00Z");
    expect(anzac.due).toEqual([]);
    expect(anzac.trace[0]).toMatchObject({ until: "2028-04-25T23:00:00.000Z" });
    // Good Friday 3 April 2026 and Easter Monday 6 April 2026.
    expect(due(["au"], sydney, "2026-04-02T23:00:00Z").due).toEqual([]);
    expect(due(["au"], sydney, "2026-04-05T23:30:00Z").due).toEqual([]);
    expect(due(["au"], sydney, "2026-04-06T23:30:00Z").due).toHaveLength(1); // Tue 7 April 09:30 AEST
  });
  it("the Do Not Call Register blocks calls, not email", () => {
    const listed = { ...sydney, dncRegistries: [{ registry: "au-dncr" }] };
    expect(due(["au"], listed, "2026-03-03T23:00:00Z").skipped[0]).toMatchObject({ reason: "do_not_contact" });
    expect(due(["au"], listed, "2026-03-03T23:00:00Z", "email").due).toHaveLength(1);
  });
});

describe("be — WER/CDE art. VI.111–VI.114 (Bel-me-niet-meer) and art. XII.13 (opt-in for electronic mail)", () => {
  const brussels = at("Europe/Brussels");
  it("a number on the Bel-me-niet-meer list is not called", () => {
    const listed = { ...brussels, dncRegistries: [{ registry: "be-bel-me-niet-meer" }] };
    expect(due(["be"], listed, "2026-03-04T10:00:00Z").skipped[0]).toMatchObject({
      reason: "do_not_contact",
      detail: "on the be-bel-me-niet-meer do-not-call registry",
    });
    expect(due(["be"], brussels, "2026-03-04T10:00:00Z").due).toHaveLength(1);
  });
  it("SMS and email need granted consent (opt-in)", () => {
    for (const channel of ["sms", "email"]) {
      expect(due(["be"], brussels, "2026-03-04T10:00:00Z", channel).skipped[0]).toMatchObject({ reason: "no_consent" });
      const consented = { ...brussels, consent: { [channel]: { status: "granted" as const, at: "2026-01-01T00:00:00Z" } } };
      expect(due(["be"], consented, "2026-03-04T10:00:00Z", channel).due).toHaveLength(1);
    }
  });
});

describe("us-states — statutory calling hours and Sunday rules", () => {
  it("us-wa (RCW 19.158.040(2)): calls close at 20:00; texts keep the federal 21:00", () => {
    const seattle = at("America/Los_Angeles"); // PST (UTC−8)
    expect(due(["us-wa"], seattle, "2026-03-05T03:59:59Z").due).toHaveLength(1); // Wed 19:59:59
    expect(due(["us-wa"], seattle, "2026-03-05T04:00:00Z").due).toEqual([]);
    expect(due(["us-wa"], seattle, "2026-03-05T04:00:00Z", "sms").due).toHaveLength(1);
  });
  it("us-ms (Miss. Code Ann. § 77-3-723(1), § 77-3-603(a)): Saturday 20:59:59 allowed, Sunday closed all day, Monday 08:00 opens", () => {
    const jackson = at("America/Chicago");
    expect(due(["us-ms"], jackson, "2026-03-08T02:59:59Z").due).toHaveLength(1); // Sat 20:59:59 CST
    for (const channel of ["call", "sms"]) {
      const sunday = due(["us-ms"], jackson, "2026-03-08T18:00:00Z", channel); // Sun 13:00 CDT
      expect(sunday.due).toEqual([]);
      expect(sunday.trace[0]).toMatchObject({ until: "2026-03-09T13:00:00.000Z" }); // Mon 08:00 CDT
    }
  });
  it("us-la (La. R.S. 45:811): Monday–Saturday 08:00–20:00, no Sundays", () => {
    const nola = at("America/Chicago");
    expect(due(["us-la"], nola, "2026-03-05T01:59:59Z").due).toHaveLength(1); // Wed 19:59:59 CST
    expect(due(["us-la"], nola, "2026-03-05T02:00:00Z").due).toEqual([]);
    expect(due(["us-la"], nola, "2026-03-08T18:00:00Z").trace[0]).toMatchObject({ until: "2026-03-09T13:00:00.000Z" });
  });
  it("us-ri (R.I. Gen. Laws § 5-61-3.6, § 5-61-2): weekdays 09:00–18:00, Saturday 10:00–17:00, no Sundays", () => {
    const providence = at("America/New_York"); // EST (UTC−5)
    expect(due(["us-ri"], providence, "2026-03-04T13:59:59Z").due).toEqual([]); // Wed 08:59:59
    expect(due(["us-ri"], providence, "2026-03-04T14:00:00Z").due).toHaveLength(1);
    expect(due(["us-ri"], providence, "2026-03-04T22:59:59Z").due).toHaveLength(1); // Wed 17:59:59
    expect(due(["us-ri"], providence, "2026-03-04T23:00:00Z").due).toEqual([]);
    expect(due(["us-ri"], providence, "2026-03-07T14:59:59Z").due).toEqual([]); // Sat 09:59:59
    expect(due(["us-ri"], providence, "2026-03-07T21:59:59Z").due).toHaveLength(1); // Sat 16:59:59
    expect(due(["us-ri"], providence, "2026-03-07T22:00:00Z").trace[0]).toMatchObject({ until: "2026-03-09T13:00:00.000Z" }); // Mon 09:00 EDT
  });
  it("us-ut (Utah Code § 13-25a-103(3)): 08:00–21:00, no Sundays", () => {
    const slc = at("America/Denver"); // MST (UTC−7)
    expect(due(["us-ut"], slc, "2026-03-05T03:59:59Z").due).toHaveLength(1); // Wed 20:59:59
    expect(due(["us-ut"], slc, "2026-03-05T04:00:00Z").due).toEqual([]);
    expect(due(["us-ut"], slc, "2026-03-08T18:00:00Z").trace[0]).toMatchObject({ until: "2026-03-09T14:00:00.000Z" }); // Mon 08:00 MDT
  });
  it("us-ma (201 CMR 12.02(2)): calls close at 20:00", () => {
    const boston = at("America/New_York");
    expect(due(["us-ma"], boston, "2026-03-05T00:59:59Z").due).toHaveLength(1); // Wed 19:59:59 EST
    expect(due(["us-ma"], boston, "2026-03-05T01:00:00Z").trace[0]).toMatchObject({ until: "2026-03-05T13:00:00.000Z" }); // Thu 08:00
    expect(usStatesOf(leadAt("2026-03-04T15:00:00Z", { contacts: { phone: "+16175550100" } }))).toEqual(["MA"]);
  });
  it("us-states selects them by address region or area code", () => {
    const lead = (region: string | undefined, phone: string) =>
      leadAt("2026-03-04T15:00:00Z", { address: region === undefined ? undefined : { region }, contacts: { phone } });
    expect(usStatesOf(lead("Washington", "+12065550100"))).toEqual(["WA"]);
    expect(usStatesOf(lead(undefined, "+16015550100"))).toEqual(["MS"]);
    expect(usStatesOf(lead("US-LA", "+14015550100"))).toEqual(["LA", "RI"]);
    expect(usStatesOf(lead("Utah", "+13855550100"))).toEqual(["UT"]);
    // A country written "U.S." is the US, as "U.S.A." is: Florida's rules apply to a Florida lead with a non-Florida number.
    const florida = (country: string) => leadAt("2026-03-04T15:00:00Z", { address: { country, region: "Florida" }, contacts: { phone: "+12125550100" } });
    expect(usStatesOf(florida("U.S.A."))).toEqual(["FL"]);
    expect(usStatesOf(florida("U.S."))).toEqual(["FL"]);
    expect(presetIdsForLead(["us-federal", "us-states"], lead("Rhode Island", "+18015550100"))).toEqual(["us-federal", "us-ri", "us-ut"]);
    // A Rhode Island lead under us-states on a Sunday: held until Monday 09:00.
    const ri = { ...lead("RI", "+14015550100"), timezone: "America/New_York" };
    expect(evaluate(presetPlan(["us-states"]), { ...ri, enrolledAt: "2026-03-08T18:00:00Z" }, "2026-03-08T18:00:00Z").trace[0]).toMatchObject({
      until: "2026-03-09T13:00:00.000Z",
    });
  });
  it("us-states reads the area code of a number written with the 00 international prefix", () => {
    // A Florida mobile stored as "00 1 305 …" (as the WhatsApp template rules read it): Florida's 20:00 still closes calls.
    const florida = leadAt("2026-03-10T00:30:00Z", { contacts: { phone: "001 305 555 0100" } });
    expect(usStatesOf(florida)).toEqual(["FL"]);
    const decision = evaluate(presetPlan(["us-federal", "us-states"]), florida, "2026-03-11T00:30:00Z"); // Tue 20:30 EDT
    expect(decision.due).toEqual([]);
    expect(decision.trace[0]).toMatchObject({ state: "waiting", reason: "window", until: "2026-03-11T12:00:00.000Z" });
  });
});
