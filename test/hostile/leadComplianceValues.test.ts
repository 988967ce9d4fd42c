import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, evaluateAll, isLeadValidationError, parseLead, parsePlan, type LeadInput, type ValidationIssue } from "../../src/index.js";

// evaluate takes a raw lead (parseLead is not required) and checks it lightly itself. The compliance fields it
// reads by exact string (an opt-out's channel, a do-not-contact flag, consent's channels and statuses, a
// do-not-call request's channels and listing's registry, a bounced touch's channel) were checked for their
// type only, so a value parseLead refuses was read as something weaker than what the lead said: an opt-out of
// "SMS" stopped no texts, a consent status "DENIED" was not a denial, a request for channels [] covered nothing.
// evaluate and evaluateAll now refuse every such value with parseLead's own issue for that path.

const NOW = "2026-03-09T14:00:00Z";
const BEFORE = "2026-03-09T13:00:00Z";
/** A plan of one text, due at once, with `more` (policies, exits). */
const smsPlan = (id: string, more: object = {}) =>
  parsePlan({ id, version: 1, name: id, timezone: "UTC", steps: [{ id: "s", channel: "sms", at: { after: "PT0S" } }], ...more });
const plan = smsPlan("p");
const base = { id: "l", enrolledAt: NOW, timezone: "UTC", contacts: { phone: "+12125550100" } };

/** The error `call` ends with, or `undefined` (with what it returned). */
function failure(call: () => unknown): unknown {
  try {
    return { returned: call() };
  } catch (error) {
    return error;
  }
}

/** parseLead's one issue for `lead`. */
function parseIssue(lead: LeadInput): ValidationIssue {
  const error = failure(() => parseLead(lead));
  expect(isLeadValidationError(error), String(error)).toBe(true);
  const issues = (error as { issues: readonly ValidationIssue[] }).issues;
  expect(issues).toHaveLength(1);
  return issues[0] as ValidationIssue;
}

/** evaluate and evaluateAll (of `decided`) refuse `lead` with parseLead's issue, at `path`. */
function expectRefusedAsParseLeadDoes(lead: LeadInput, path: readonly (string | number)[], decided = plan): void {
  const expected = parseIssue(lead);
  expect(expected.path).toEqual(path);
  for (const [what, call] of [
    ["evaluate", () => evaluate(decided, lead, NOW)],
    ["evaluateAll", () => evaluateAll([decided], lead, NOW)],
  ] as const) {
    const error = failure(call);
    expect(isLeadValidationError(error), `${what} of ${JSON.stringify(lead)}: ${JSON.stringify(error)}`).toBe(true);
    const issues = (error as { issues: readonly ValidationIssue[] }).issues;
    expect(
      issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path)),
      what,
    ).toEqual(expected);
  }
}

const CHANNEL_MESSAGE = "Expected a channel name in lower case (call, sms, whatsapp, email, video or a custom name like linkedin)";

describe("evaluate refuses the compliance values parseLead refuses, with parseLead's issue", () => {
  const cases: [string, Partial<LeadInput>, (string | number)[]][] = [
    ["an opt-out of SMS", { optOuts: [{ channel: "SMS", at: BEFORE }] }, ["optOuts", 0, "channel"]],
    ['an opt-out of "sms "', { optOuts: [{ channel: "sms ", at: BEFORE }] }, ["optOuts", 0, "channel"]],
    ["an opt-out of ALL", { optOuts: [{ channel: "ALL", at: BEFORE }] }, ["optOuts", 0, "channel"]],
    ["consent keyed SMS", { consent: { SMS: { status: "denied" } } }, ["consent", "SMS"]],
    ["consent DENIED", { consent: { sms: { status: "DENIED" } } as never }, ["consent", "sms", "status"]],
    ["consent revoked", { consent: { sms: { status: "revoked" } } as never }, ["consent", "sms", "status"]],
    ["a do-not-contact flag SMS", { doNotContact: ["SMS"] }, ["doNotContact", 0]],
    ["a do-not-contact flag { channel: SMS }", { doNotContact: [{ channel: " sms" }] }, ["doNotContact", 0, "channel"]],
    ["a do-not-call request for SMS", { dncRequests: [{ at: BEFORE, channels: ["call", "SMS"] }] }, ["dncRequests", 0, "channels", 1]],
    ["a do-not-call request for no channel", { dncRequests: [{ at: BEFORE, channels: [] as never }] }, ["dncRequests", 0, "channels"]],
    ["a listing on US-National", { dncRegistries: [{ registry: "US-National" }] }, ["dncRegistries", 0, "registry"]],
    [
      "a bounce on SMS",
      { history: [{ type: "touch", touchId: "t", stepId: "x", channel: "SMS", attempt: 1, at: BEFORE, outcome: "bounced" }] },
      ["history", 0, "channel"],
    ],
  ];
  for (const [what, fields, path] of cases) {
    it(`${what}: refused at ${path.join(".")}`, () => {
      expectRefusedAsParseLeadDoes({ ...base, ...fields } as LeadInput, path);
    });
  }

  it("the message says what a channel name is and what came", () => {
    const error = failure(() => evaluate(plan, { ...base, optOuts: [{ channel: "SMS", at: BEFORE }] }, NOW)) as Error;
    expect(error.message).toContain(`optOuts[0].channel: ${CHANNEL_MESSAGE}, got "SMS" (string)`);
  });

  it('"all" and every valid value stay accepted, and an opt-out of sms still stops the text', () => {
    const valid: Partial<LeadInput>[] = [
      { optOuts: [{ channel: "all", at: BEFORE }] },
      { optOuts: [{ channel: "sms", at: BEFORE }] },
      { doNotContact: ["all"] },
      { doNotContact: [{ channel: "all" }, "linkedin"] },
      { consent: { sms: { status: "denied" } } },
      { dncRequests: [{ at: BEFORE }] },
      { dncRequests: [{ at: BEFORE, channels: ["sms"] }] },
      { dncRegistries: [{ registry: "us-national" }] },
      { history: [{ type: "touch", touchId: "t", stepId: "x", channel: "sms", attempt: 1, at: BEFORE, outcome: "bounced" }] },
    ];
    for (const fields of valid) {
      const lead = { ...base, ...fields } as LeadInput;
      expect(() => parseLead(lead)).not.toThrow();
      expect(evaluate(plan, lead, NOW).due, JSON.stringify(fields)).toEqual([]);
    }
    for (const status of ["granted", "unknown"] as const) expect(evaluate(plan, { ...base, consent: { sms: { status } } }, NOW).due).toHaveLength(1);
  });
});

// A touch's channel was checked only where a bounce is read: a touch on "SMS" (or "sms ", "Call") was counted by the
// caps and the once-a-minute rule as a channel of its own, so a cap on sms did not count it and a second text went out.
// Every touch they count is now checked where it is collected (the recent contacts, and every contact when a due
// touch's dueAt is searched from before them), and refused with parseLead's issue.
describe("a touch the caps or the once-a-minute rule count, on a channel parseLead refuses", () => {
  const capped = smsPlan("capped", { policies: { caps: [{ max: 1, per: "day", channels: ["sms"] }] } });
  const touch = (channel: string, at: string) => ({
    type: "touch" as const,
    touchId: `t-${at}`,
    planId: "other",
    stepId: "x",
    channel,
    attempt: 1,
    at,
    outcome: "delivered",
  });

  for (const channel of ["SMS", "sms ", "Sms"]) {
    it(`an earlier text that day on "${channel}": refused, not a second text past the cap of 1 per day on sms`, () => {
      const lead = (c: string) => ({ ...base, history: [touch(c, BEFORE)] }) as LeadInput;
      expect(evaluate(capped, lead("sms"), NOW).due).toEqual([]);
      expectRefusedAsParseLeadDoes(lead(channel), ["history", 0, "channel"], capped);
    });
  }

  it('a text on "SMS" 30 seconds ago: refused, not a second text within the minute', () => {
    const lead = (c: string) => ({ ...base, history: [touch(c, "2026-03-09T13:59:30Z")] }) as LeadInput;
    const decision = evaluate(plan, lead("sms"), NOW);
    expect(decision.due).toEqual([]);
    expect(decision.trace.map((t) => t.reason)).toContain("channel_busy");
    expectRefusedAsParseLeadDoes(lead("SMS"), ["history", 0, "channel"]);
  });

  it('a "Call" among other touches: refused at its own index', () => {
    const lead = { ...base, history: [touch("email", "2026-03-09T12:00:00Z"), touch("Call", BEFORE), touch("sms", "2026-03-09T13:30:00Z")] } as LeadInput;
    expectRefusedAsParseLeadDoes(lead, ["history", 1, "channel"], capped);
  });

  it('a due touch whose dueAt is searched from before the recent contacts: a text on "SMS" then is refused too', () => {
    // Enrolled 20 days ago, texted an hour before on another plan; the latest record (yesterday) puts that text out of
    // the recent contacts, so only the dueAt search, from the enrolment, reads it.
    const enrolledAt = "2026-02-17T14:00:00Z";
    const lead = (c: string) => ({ ...base, enrolledAt, history: [touch(c, "2026-02-17T13:00:00Z"), touch("email", "2026-03-08T14:00:00Z")] }) as LeadInput;
    expect(evaluate(capped, lead("sms"), NOW).due.map((t) => t.dueAt)).toEqual(["2026-02-18T00:00:00.000Z"]);
    expectRefusedAsParseLeadDoes(lead("SMS"), ["history", 0, "channel"], capped);
  });

  it("a failed touch on SMS is no contact: not read, as before", () => {
    const lead = { ...base, history: [{ ...touch("SMS", BEFORE), outcome: "failed" }] } as LeadInput;
    expect(evaluate(capped, lead, NOW).due).toHaveLength(1);
  });
});

// The inbound and opt-out review records were read as given: a reply on "SMS" (or "sms ", "WhatsApp") was a channel of
// its own, so a plan ending on replies on sms did not end and the next text went out; an optout_review on "SMS" (or
// with no channel) held no channel, so the text it should have held went out (parseLead accepted any data.channel).
// Both are now refused where evaluate reads them, with parseLead's issue; parseLead refuses such a review too.
describe("an inbound or opt-out review record on a channel parseLead refuses", () => {
  const endsOnReply = smsPlan("replies", { exits: [{ on: "reply", channels: ["sms"] }] });
  const inbound = (channel: string, extra: object = {}) => ({ type: "inbound" as const, channel, at: "2026-03-09T14:00:00Z", text: "no thanks", ...extra });
  const enrolled = { ...base, enrolledAt: BEFORE };

  for (const channel of ["SMS", "sms ", "Sms"]) {
    it(`a reply on "${channel}": refused, not a text to a lead who replied`, () => {
      const lead = (c: string) => ({ ...enrolled, history: [inbound(c)] }) as LeadInput;
      expect(evaluate(endsOnReply, lead("sms"), NOW).due).toEqual([]);
      expectRefusedAsParseLeadDoes(lead(channel), ["history", 0, "channel"], endsOnReply);
    });
  }

  it('an automatic reply or a "WhatsApp" message (the window, only more cautious) at its own index: refused too', () => {
    for (const record of [inbound("SMS", { automatic: true }), inbound("WhatsApp")]) {
      const lead = { ...enrolled, history: [inbound("email"), record] } as LeadInput;
      expectRefusedAsParseLeadDoes(lead, ["history", 1, "channel"]);
    }
  });

  const review = (data: unknown) => ({ type: "event", name: "optout_review", at: BEFORE, ...(data === undefined ? {} : { data }) }) as never;
  for (const [what, data] of [
    ['on "SMS"', { channel: "SMS", rule: "r", reason: null }],
    ['on "sms "', { channel: "sms ", rule: "r", reason: null }],
    ["on no channel", { rule: "r" }],
    ["on channel 5", { channel: 5 }],
    ["with no data", undefined],
  ] as const) {
    it(`an opt-out review ${what}: refused by parseLead and evaluate, not a text it should hold`, () => {
      const held = evaluate(plan, { ...base, history: [review({ channel: "sms", rule: "r", reason: null })] } as LeadInput, NOW);
      expect(held.due).toEqual([]);
      expectRefusedAsParseLeadDoes({ ...base, history: [review(data)] } as never, ["history", 0, "data", "channel"]);
    });
  }

  const resolution = (data: unknown) => ({ type: "event", name: "optout_review_resolved", at: BEFORE, ...(data === undefined ? {} : { data }) }) as never;
  for (const [what, data] of [
    ['on "SMS"', { channel: "SMS", decision: "continue" }],
    ['on "sms "', { channel: "sms ", decision: "continue" }],
    ["on no channel", { decision: "continue" }],
    ["with no data", undefined],
  ] as const) {
    it(`an opt-out review's resolution ${what}: refused by parseLead and evaluate, not a hold left in place unseen`, () => {
      const held = review({ channel: "sms", rule: "r", reason: null });
      const resolved = evaluate(plan, { ...base, history: [held, resolution({ channel: "sms", decision: "continue" })] } as LeadInput, NOW);
      expect(resolved.due).toHaveLength(1);
      expectRefusedAsParseLeadDoes({ ...base, history: [held, resolution(data)] } as never, ["history", 1, "data", "channel"]);
    });
  }

  it('a review on "all" and any other event stay accepted', () => {
    const lead = {
      ...base,
      history: [review({ channel: "all", rule: "r" }), { type: "event", name: "note", at: BEFORE, data: { channel: "SMS" } }],
    } as LeadInput;
    expect(() => parseLead(lead)).not.toThrow();
    expect(evaluate(plan, lead, NOW).due).toEqual([]);
  });
});

describe("a field of the wrong type: evaluate's issue is parseLead's, a type by zod's name", () => {
  const cases: [Partial<Record<keyof LeadInput, unknown>>, (string | number)[]][] = [
    [{ contacts: 5 }, ["contacts"]],
    [{ contacts: { phone: 5 } }, ["contacts", "phone"]],
    [{ consent: 5 }, ["consent"]],
    [{ consent: { sms: 5 } }, ["consent", "sms"]],
    [{ consent: { sms: { status: 3 } } }, ["consent", "sms", "status"]],
    [{ address: 5 }, ["address"]],
    [{ address: { city: 5 } }, ["address", "city"]],
    [{ attributes: 5 }, ["attributes"]],
    [{ timezone: 5 }, ["timezone"]],
    [{ status: 5 }, ["status"]],
    [{ history: 5 }, ["history"]],
    [{ optOuts: 5 }, ["optOuts"]],
    [{ optOuts: [5] }, ["optOuts", 0]],
    [{ optOuts: [{ channel: 5, at: BEFORE }] }, ["optOuts", 0, "channel"]],
    [{ doNotContact: 5 }, ["doNotContact"]],
    [{ doNotContact: [5] }, ["doNotContact", 0]],
    [{ dncRegistries: [5] }, ["dncRegistries", 0]],
    [{ dncRegistries: [{ registry: 5 }] }, ["dncRegistries", 0, "registry"]],
    [{ dncRequests: [5] }, ["dncRequests", 0]],
    [{ dncRequests: [{ at: BEFORE, channels: 5 }] }, ["dncRequests", 0, "channels"]],
    [{ dncRequests: [{ at: BEFORE, channels: [5] }] }, ["dncRequests", 0, "channels", 0]],
  ];
  for (const [fields, path] of cases) {
    it(`${JSON.stringify(fields)}: refused at ${path.join(".")}`, () => {
      expectRefusedAsParseLeadDoes({ ...base, ...fields } as LeadInput, path);
    });
  }
});

/** A name as the lead's fields hold them. */
const channelName = fc.oneof(fc.constantFrom("call", "sms", "whatsapp", "email", "video", "linkedin"), fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/));
const instant = fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse(NOW) }).map((ms) => new Date(ms).toISOString());
/** A history instant: any, or within the last two weeks (some of its touches recent). */
const touchInstant = fc.oneof(
  instant,
  fc.integer({ min: Date.parse(NOW) - 14 * 86_400_000, max: Date.parse(NOW) }).map((ms) => new Date(ms).toISOString()),
);

/** A valid lead with compliance fields of every kind, and touches in its history (bounced or delivered, some recent). */
const validLead = fc.record({
  optOuts: fc.array(fc.record({ channel: fc.oneof(channelName, fc.constant("all")), at: instant }), { maxLength: 3 }),
  doNotContact: fc.array(fc.oneof(channelName, fc.constant("all"), fc.record({ channel: fc.oneof(channelName, fc.constant("all")) })), { maxLength: 3 }),
  consent: fc.dictionary(channelName, fc.record({ status: fc.constantFrom("granted", "denied", "unknown") }), { maxKeys: 3 }),
  dncRequests: fc.array(fc.record({ at: instant, channels: fc.array(channelName, { minLength: 1, maxLength: 3 }) }), { maxLength: 2 }),
  dncRegistries: fc.array(fc.record({ registry: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/) }), { maxLength: 2 }),
  history: fc.array(
    fc.oneof(
      fc.record({
        type: fc.constant("touch"),
        touchId: fc.uuid(),
        stepId: fc.constant("x"),
        channel: channelName,
        attempt: fc.constant(1),
        at: touchInstant,
        outcome: fc.constantFrom("bounced", "delivered"),
      }),
      fc.record({ type: fc.constant("inbound"), channel: channelName, at: touchInstant, automatic: fc.boolean() }),
      fc.record({
        type: fc.constant("event"),
        name: fc.constant("optout_review"),
        at: touchInstant,
        data: fc.record({ channel: fc.oneof(channelName, fc.constant("all")), rule: fc.constant("r") }),
      }),
    ),
    { maxLength: 4 },
  ),
});
type Fields = typeof validLead extends fc.Arbitrary<infer T> ? T : never;

/** The forms of a name parseLead refuses: case changed, surrounded by white space. */
function mutated(text: string, how: number): string {
  const forms = [text.toUpperCase(), `${text.charAt(0).toUpperCase()}${text.slice(1)}`, ` ${text}`, `${text} `, `\t${text}\n`];
  return forms[how % forms.length] as string;
}

/** Every place in `fields` a name parseLead checks sits, with the lead mutated there and its path. */
function mutations(fields: Fields, how: number): { lead: Record<string, unknown>; path: (string | number)[] }[] {
  const out: { lead: Record<string, unknown>; path: (string | number)[] }[] = [];
  const copy = (): Fields => structuredClone(fields);
  fields.optOuts.forEach((o, i) => {
    const f = copy();
    (f.optOuts[i] as { channel: string }).channel = mutated(o.channel, how);
    out.push({ lead: f, path: ["optOuts", i, "channel"] });
  });
  fields.doNotContact.forEach((flag, i) => {
    const f = copy();
    if (typeof flag === "string") f.doNotContact[i] = mutated(flag, how);
    else (f.doNotContact[i] as { channel: string }).channel = mutated(flag.channel, how);
    out.push({ lead: f, path: typeof flag === "string" ? ["doNotContact", i] : ["doNotContact", i, "channel"] });
  });
  for (const [key, record] of Object.entries(fields.consent)) {
    const renamed = mutated(key, how);
    if (!Object.hasOwn(fields.consent, renamed)) {
      const f = copy();
      delete f.consent[key];
      f.consent[renamed] = record;
      out.push({ lead: f, path: ["consent", renamed] });
    }
    const f = copy();
    const statuses = [mutated(record.status, how), "revoked", "opted_out", "", "yes"];
    (f.consent[key] as { status: string }).status = statuses[how % statuses.length] as string;
    out.push({ lead: f, path: ["consent", key, "status"] });
  }
  fields.dncRequests.forEach((r, i) => {
    r.channels.forEach((c, j) => {
      const f = copy();
      (f.dncRequests[i] as { channels: string[] }).channels[j] = mutated(c, how);
      out.push({ lead: f, path: ["dncRequests", i, "channels", j] });
    });
    const f = copy();
    (f.dncRequests[i] as { channels: string[] }).channels = [];
    out.push({ lead: f, path: ["dncRequests", i, "channels"] });
  });
  fields.dncRegistries.forEach((r, i) => {
    const f = copy();
    (f.dncRegistries[i] as { registry: string }).registry = mutated(r.registry, how);
    out.push({ lead: f, path: ["dncRegistries", i, "registry"] });
  });
  // A bounce is read however old; any other touch by the caps and the once-a-minute rule when recent: after
  // MAX_CAP_LOOKBACK_MS (8 days) before the latest record (none is after NOW). An inbound record and a review are
  // read however old.
  const latest = Math.max(...fields.history.map((t) => Date.parse(t.at)));
  fields.history.forEach((t, i) => {
    const f = copy();
    if (t.type === "event") {
      (f.history[i] as { data: { channel: string } }).data.channel = mutated(t.data.channel, how);
      out.push({ lead: f, path: ["history", i, "data", "channel"] });
      return;
    }
    if (t.type === "touch" && t.outcome !== "bounced" && !(Date.parse(t.at) > latest - 8 * 86_400_000)) return;
    (f.history[i] as { channel: string }).channel = mutated(t.channel, how);
    out.push({ lead: f, path: ["history", i, "channel"] });
  });
  return out;
}

describe("property: a compliance value parseLead refuses is refused by evaluate, naming the same path, never decided on", () => {
  it("random valid leads with one opt-out, flag, consent key or status, request, listing, bounce, recent touch, inbound record or review mutated", () => {
    fc.assert(
      fc.property(validLead, fc.nat(), fc.nat(), (fields, pick, how) => {
        const valid = { ...base, ...fields } as LeadInput;
        expect(() => parseLead(valid)).not.toThrow();
        expect(() => evaluate(plan, valid, NOW)).not.toThrow();
        const all = mutations(fields, how);
        fc.pre(all.length > 0);
        const { lead, path } = all[pick % all.length] as (typeof all)[number];
        expectRefusedAsParseLeadDoes({ ...base, ...lead } as LeadInput, path);
      }),
      { numRuns: 300 },
    );
  });
});
