import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluate, evaluateAll, OPT_OUT_CONFIRMATION_STEP, type LeadInput, type PlanInput, type Touch } from "../../src/index.js";

const CHANNELS = ["call", "sms", "whatsapp", "email"] as const;
const PRESETS = ["us-federal", "us-fl", "us-ok", "us-md", "nl-telemarketing", "de-consent", "us-states"] as const;
const ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/Amsterdam", "Europe/Berlin"] as const;
const PHONES = ["+12125550100", "+13055550100", "+19185550100", "+14105550100", "+31612345678"] as const;
const REGIONS = [undefined, "FL", "US-MD", "OK", "NY", "Florida"] as const;
const START = Date.parse("2025-01-01T00:00:00Z");
const SPAN = Date.parse("2027-11-30T00:00:00Z") - START;
const HOUR = 3_600_000;

/** NL public holidays 2025–2027, written out by hand (independent of the preset's computation). */
const NL_HOLIDAYS = new Set([
  "2025-01-01",
  "2025-04-20",
  "2025-04-21",
  "2025-04-26",
  "2025-05-05",
  "2025-05-29",
  "2025-06-08",
  "2025-06-09",
  "2025-12-25",
  "2025-12-26",
  "2026-01-01",
  "2026-04-05",
  "2026-04-06",
  "2026-04-27",
  "2026-05-05",
  "2026-05-14",
  "2026-05-24",
  "2026-05-25",
  "2026-12-25",
  "2026-12-26",
  "2027-01-01",
  "2027-03-28",
  "2027-03-29",
  "2027-04-27",
  "2027-05-05",
  "2027-05-06",
  "2027-05-16",
  "2027-05-17",
  "2027-12-25",
  "2027-12-26",
]);

/** Lead-local date, weekday (0 = Monday) and minute of day, via Intl (not the library's calendar code). */
function local(zone: string, ms: number): { date: string; weekday: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday as string),
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The US states the oracle thinks apply (address region, else nothing; plus the area code). */
function statesOf(lead: LeadInput): string[] {
  const out = new Set<string>();
  const region = lead.address?.region?.toUpperCase().replace(/^US-/, "");
  if (region !== undefined) out.add(region === "FLORIDA" ? "FL" : region);
  const area = lead.contacts?.phone?.slice(2, 5);
  if (lead.contacts?.phone?.startsWith("+1")) out.add({ "305": "FL", "918": "OK", "410": "MD" }[area ?? ""] ?? "");
  return [...out];
}

/** Violations of the hard rules by a due touch, as messages (empty = fine). */
function violations(plan: PlanInput, lead: LeadInput, touch: Touch, now: number): string[] {
  const out: string[] = [];
  const channel = touch.channel;
  const confirmation = touch.stepId === OPT_OUT_CONFIRMATION_STEP;
  const presets = new Set<string>(plan.compliance ?? []);
  if (presets.has("us-states")) for (const s of statesOf(lead)) presets.add(`us-${s.toLowerCase()}`);
  if (!confirmation) {
    for (const o of lead.optOuts ?? []) {
      if (Date.parse(o.at) <= now && (o.channel === "all" || o.channel === channel || plan.policies?.optOut === "global"))
        out.push(`opted out of ${o.channel}`);
    }
  }
  for (const f of lead.doNotContact ?? []) {
    const c = typeof f === "string" ? f : f.channel;
    if (c === channel || c === "all") out.push(`do-not-contact ${c}`);
  }
  const needsConsent =
    (plan.policies?.consentRequired ?? []).includes(channel) || (presets.has("de-consent") && ["call", "sms", "whatsapp", "email"].includes(channel));
  if (needsConsent && lead.consent?.[channel]?.status !== "granted") out.push(`no consent on ${channel}`);
  if (confirmation) return out;
  const { date, weekday, minute } = local(lead.timezone ?? plan.timezone, now);
  if ((channel === "call" || channel === "sms") && presets.has("us-federal") && (minute < 480 || minute >= 1260)) out.push(`federal window ${minute}`);
  for (const s of ["us-fl", "us-ok", "us-md"]) {
    if ((channel === "call" || channel === "sms") && presets.has(s) && (minute < 480 || minute >= 1200)) out.push(`${s} window ${minute}`);
  }
  if (channel === "call" && presets.has("nl-telemarketing")) {
    const open = weekday < 5 ? minute >= 540 && minute < 1320 : weekday === 5 ? minute >= 600 && minute < 960 : false;
    if (!open) out.push(`nl window ${weekday} ${minute}`);
    if (NL_HOLIDAYS.has(date)) out.push(`nl holiday ${date}`);
    if (["12-05", "12-24", "05-04"].includes(date.slice(5)) && minute >= 1110) out.push(`nl short day ${date}`);
  }
  return out;
}

const step = fc.record({
  channel: fc.constantFrom(...CHANNELS),
  fallback: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
  afterHours: fc.integer({ min: 0, max: 96 }),
  attempts: fc.option(fc.record({ max: fc.integer({ min: 2, max: 4 }), everyHours: fc.integer({ min: 1, max: 30 }) }), { nil: undefined }),
  template: fc.option(fc.constant("tpl"), { nil: undefined }),
});

const planArb = fc
  .record({
    presets: fc.subarray([...PRESETS]),
    steps: fc.array(step, { minLength: 1, maxLength: 4 }),
    consentRequired: fc.subarray([...CHANNELS]),
    globalOptOut: fc.boolean(),
    confirmation: fc.boolean(),
    priority: fc.integer({ min: -2, max: 2 }),
  })
  .map(
    ({ presets, steps, consentRequired, globalOptOut, confirmation, priority }): PlanInput => ({
      id: `p${priority + 2}`,
      version: 1,
      name: "random",
      timezone: "America/New_York",
      priority,
      compliance: presets,
      steps: steps.map((s, i) => ({
        id: `s${i}`,
        channel: s.channel,
        ...(s.fallback === undefined || s.fallback === s.channel ? {} : { fallback: s.fallback }),
        at: { after: `PT${s.afterHours}H` },
        ...(s.attempts === undefined ? {} : { attempts: { max: s.attempts.max, every: `PT${s.attempts.everyHours}H` } }),
        ...(s.template === undefined ? {} : { templateOutsideWindow: s.template }),
      })),
      policies: { consentRequired, ...(globalOptOut ? { optOut: "global" as const } : {}) },
      ...(confirmation ? { optOutConfirmation: { channel: "sms", template: "bye" } } : {}),
    }),
  );

const scenario = fc.record({
  enrolled: fc.integer({ min: 0, max: SPAN }),
  zone: fc.constantFrom(...ZONES),
  phone: fc.constantFrom(...PHONES),
  region: fc.constantFrom(...REGIONS),
  consent: fc.dictionary(fc.constantFrom(...CHANNELS), fc.constantFrom("granted", "denied", "unknown")),
  dnc: fc.subarray(["call", "sms", "whatsapp", "email", "all"]),
  optOuts: fc.array(
    fc.record({ channel: fc.constantFrom("call", "sms", "whatsapp", "email", "all"), beforeNow: fc.integer({ min: -3 * HOUR, max: 48 * HOUR }) }),
    { maxLength: 2 },
  ),
  inboundBeforeNow: fc.option(fc.integer({ min: 0, max: 48 * HOUR }), { nil: undefined }),
  nowAfter: fc.integer({ min: 0, max: 10 * 24 * HOUR }),
  touchedSteps: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5 * 24 * HOUR })), { maxLength: 4 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function leadFor(s: Scenario, plan: PlanInput): { lead: LeadInput; now: number } {
  const enrolledAt = START + s.enrolled;
  const now = enrolledAt + s.nowAfter;
  const history: NonNullable<LeadInput["history"]> = [];
  for (const [i, after] of s.touchedSteps as [number, number][]) {
    const st = plan.steps[i % plan.steps.length]!;
    const at = enrolledAt + Math.min(after, s.nowAfter);
    history.push({
      type: "touch",
      touchId: `L/${plan.id}@1/${st.id}#1`,
      planId: plan.id,
      stepId: st.id,
      channel: st.channel,
      attempt: 1,
      at: new Date(at).toISOString(),
      outcome: "no_answer",
    });
  }
  if (s.inboundBeforeNow !== undefined)
    history.push({ type: "inbound", channel: "whatsapp", at: new Date(Math.max(enrolledAt, now - s.inboundBeforeNow)).toISOString(), text: "ok" });
  const lead: LeadInput = {
    id: "L",
    enrolledAt: new Date(enrolledAt).toISOString(),
    timezone: s.zone,
    contacts: { phone: s.phone, email: "x@example.com" },
    ...(s.region === undefined ? {} : { address: { country: "US", region: s.region } }),
    consent: Object.fromEntries(Object.entries(s.consent as Record<string, string>).map(([c, status]) => [c, { status }])) as LeadInput["consent"],
    doNotContact: s.dnc,
    optOuts: (s.optOuts as { channel: string; beforeNow: number }[]).map((o) => ({
      channel: o.channel,
      at: new Date(Math.max(enrolledAt - HOUR, now - o.beforeNow)).toISOString(),
    })),
    history,
  };
  return { lead, now };
}

describe("compliance properties", () => {
  it("no touch against an opt-out, a missing required consent, a DNC flag or a preset window", () => {
    fc.assert(
      fc.property(planArb, scenario, (plan, s) => {
        const { lead, now } = leadFor(s, plan);
        const before = JSON.stringify([plan, lead]);
        const d = evaluate(plan, lead, now);
        expect(JSON.stringify([plan, lead])).toBe(before);
        expect(evaluate(plan, lead, now)).toEqual(d);
        for (const touch of d.due) expect(violations(plan, lead, touch, now), JSON.stringify(touch)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("the same holds for several plans under one budget, and no channel twice in a minute", () => {
    fc.assert(
      fc.property(fc.uniqueArray(planArb, { minLength: 2, maxLength: 3, selector: (p) => p.id }), scenario, (plans, s) => {
        const { lead, now } = leadFor(s, plans[0]!);
        const before = JSON.stringify([plans, lead]);
        const merged = evaluateAll(plans, lead, now);
        expect(JSON.stringify([plans, lead])).toBe(before);
        expect(evaluateAll(plans, lead, now)).toEqual(merged);
        const union: PlanInput = { ...plans[0]!, compliance: [...new Set(plans.flatMap((p) => p.compliance ?? []))] };
        for (const touch of merged.due) {
          const own = plans.find((p) => p.id === touch.planId)!;
          expect(violations({ ...own, compliance: union.compliance! }, lead, touch, now)).toEqual([]);
        }
        const channels = merged.due.filter((t) => t.stepId !== OPT_OUT_CONFIRMATION_STEP).map((t) => t.channel);
        expect(new Set(channels).size).toBe(channels.length);
      }),
      { numRuns: 100 },
    );
  });

  it("rolling caps never let a touch through across a local-day boundary (simulated runs)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("us-md", "us-fl"),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: SPAN }),
        fc.array(fc.record({ channel: fc.constantFrom("call", "sms"), every: fc.integer({ min: 10, max: 300 }), after: fc.integer({ min: 0, max: 600 }) }), {
          minLength: 1,
          maxLength: 3,
        }),
        (preset, zone, start, steps) => {
          const plan: PlanInput = {
            id: "sim",
            version: 1,
            name: "sim",
            timezone: zone,
            compliance: ["us-federal", preset],
            steps: steps.map((s, i) => ({ id: `s${i}`, channel: s.channel, at: { after: `PT${s.after}M` }, attempts: { max: 8, every: `PT${s.every}M` } })),
          };
          const enrolledAt = START + start;
          const history: NonNullable<LeadInput["history"]> = [];
          let t = enrolledAt;
          for (let round = 0; round < 40; round++) {
            const lead: LeadInput = {
              id: "L",
              enrolledAt: new Date(enrolledAt).toISOString(),
              timezone: zone,
              contacts: { phone: "+12125550100" },
              history: [...history],
            };
            const d = evaluate(plan, lead, t);
            for (const touch of d.due) {
              history.push({
                type: "touch",
                touchId: touch.id,
                planId: touch.planId,
                stepId: touch.stepId,
                channel: touch.channel,
                attempt: touch.attempt,
                at: new Date(t).toISOString(),
                outcome: "no_answer",
              });
            }
            if (d.next === null) break;
            t = Math.max(t + 1000, Date.parse(d.next.at));
          }
          const counted = preset === "us-md" ? ["call", "sms"] : ["call"];
          const times = history
            .filter((h) => h.type === "touch" && counted.includes(h.channel))
            .map((h) => new Date(h.at).getTime())
            .sort((a, b) => a - b);
          for (let i = 3; i < times.length; i++) expect(times[i]! - times[i - 3]!).toBeGreaterThanOrEqual(24 * HOUR);
          for (const h of history) {
            const { minute } = local(zone, new Date(h.at).getTime());
            expect(minute >= 480 && minute < 1200, `${h.at} in ${zone}`).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("an opt-out is lifted only by consent on that channel given after it; WhatsApp free-form only inside the 24 h window; requests honoured", () => {
    const regrant = fc.record({
      consent: fc.dictionary(
        fc.constantFrom(...CHANNELS),
        fc.record({ status: fc.constantFrom("granted", "denied"), beforeNow: fc.integer({ min: -3 * HOUR, max: 48 * HOUR }) }),
      ),
      request: fc.option(
        fc.record({ beforeNow: fc.integer({ min: -HOUR, max: 48 * HOUR }), channels: fc.subarray(["call", "sms", "whatsapp"], { minLength: 1 }) }),
        {
          nil: undefined,
        },
      ),
    });
    fc.assert(
      fc.property(planArb, scenario, regrant, (plan, s, r) => {
        const base = leadFor(s, plan);
        const now = base.now;
        const consent = Object.fromEntries(
          Object.entries(r.consent).map(([c, v]) => [
            c,
            { status: v.status, at: new Date(Math.max(Date.parse(base.lead.enrolledAt) - HOUR, now - v.beforeNow)).toISOString() },
          ]),
        );
        const request = r.request === undefined ? undefined : { at: new Date(now - r.request.beforeNow).toISOString(), channels: r.request.channels };
        const lead: LeadInput = { ...base.lead, consent, ...(request === undefined ? {} : { dncRequests: [request] }) } as LeadInput;
        const d = evaluate(plan, lead, now);
        for (const touch of d.due) {
          const c = touch.channel;
          if (touch.stepId !== OPT_OUT_CONFIRMATION_STEP) {
            for (const o of lead.optOuts ?? []) {
              const at = Date.parse(o.at);
              if (at > now || !(o.channel === "all" || o.channel === c || plan.policies?.optOut === "global")) continue;
              const again = consent[o.channel === "all" ? c : o.channel];
              const lifted = again?.status === "granted" && Date.parse(again.at) <= now && Date.parse(again.at) > at;
              expect(lifted, `${JSON.stringify(o)} not lifted for ${c}: ${JSON.stringify(consent)}`).toBe(true);
            }
            // Free-form WhatsApp only inside the window: outside it, a template.
            if (c === "whatsapp" && touch.requiresTemplate !== true) {
              const inbound = (lead.history ?? []).filter((h) => h.type === "inbound" && h.channel === "whatsapp").map((h) => Date.parse(h.at as string));
              expect(inbound.some((t) => t <= now && now < t + 24 * HOUR)).toBe(true);
            }
            // A company request (no presets: honoured for ever; us-federal: 5 years) blocks its channels from its at (not the confirmation).
            if (request !== undefined && Date.parse(request.at) <= now) expect(request.channels).not.toContain(c);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a rolling cap of one plan is never exceeded by the touches of all plans together, the opt-out confirmation among them (evaluateAll)", () => {
    const cap = fc.record({
      max: fc.integer({ min: 1, max: 3 }),
      per: fc.constantFrom("24h" as const, "7d" as const),
      channels: fc.subarray([...CHANNELS], { minLength: 1 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(planArb, { minLength: 2, maxLength: 3, selector: (p) => p.id }), scenario, cap, (plans, s, c) => {
        // Only the first plan has the cap; every plan's touches count against it and every plan obeys it.
        const capped = plans.map((p, i) => (i === 0 ? { ...p, policies: { ...p.policies, caps: [c] } } : p));
        const { lead, now } = leadFor(s, plans[0]!);
        const span = c.per === "24h" ? 24 * HOUR : 7 * 24 * HOUR;
        const counted = (channel: string) => c.channels.includes(channel as (typeof CHANNELS)[number]);
        // A touch recorded twice (the scenario repeats a step's touch id) is one touch: counted once, at its earliest record.
        const earliest = new Map<string, { at: number; channel: string }>();
        for (const h of lead.history ?? []) {
          if (h.type !== "touch") continue;
          const at = Date.parse(h.at as string);
          if (!(at >= (earliest.get(h.touchId)?.at ?? Infinity))) earliest.set(h.touchId, { at, channel: h.channel });
        }
        const before = [...earliest.values()].filter((t) => counted(t.channel) && t.at > now - span).length;
        // The confirmation goes out whatever the cap; a step decided with it counts it (docs/compliance.md, "Confirmation message").
        const due = evaluateAll(capped, lead, now).due.filter((t) => counted(t.channel));
        if (due.some((t) => t.stepId !== OPT_OUT_CONFIRMATION_STEP)) expect(before + due.length).toBeLessThanOrEqual(c.max);
      }),
      { numRuns: 200 },
    );
  });
});
