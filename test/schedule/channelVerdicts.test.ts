import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import type { LeadInput } from "../../src/lead/index.js";
import { parsePlan, type PlanInput } from "../../src/plan/index.js";
import { channelUnavailable, contactKinds, indexLeadFacts } from "../../src/policy/index.js";
import { channelVerdicts, unavailable } from "../../src/schedule/chooseChannel.js";
import { compilePlan } from "../../src/schedule/compilePlan.js";

const dealer = JSON.parse(readFileSync(new URL("../../examples/plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput;
const global = {
  ...dealer,
  id: "global",
  policies: { ...dealer.policies, optOut: "global", consentRequired: ["whatsapp", "sms"], channels: { video: { contact: [] } } },
} as PlanInput;
const PLANS = [compilePlan(parsePlan(dealer)), compilePlan(parsePlan(global))];
const CHANNELS = ["call", "sms", "email", "whatsapp", "video"];
const NOW = Date.parse("2026-06-10T15:00:00Z");

const arbContact = fc.constantFrom(undefined, "", " ", "\u00a0+1555", "+15555550100", "lead@example.com", "\t");
const arbLead: fc.Arbitrary<LeadInput> = fc
  .record({
    phone: arbContact,
    email: arbContact,
    whatsapp: arbContact,
    consent: fc.dictionary(fc.constantFrom(...CHANNELS), fc.constantFrom("granted", "denied", "unknown")),
    optOuts: fc.subarray(["all", ...CHANNELS]),
    doNotContact: fc.option(fc.subarray(["all", ...CHANNELS]), { nil: undefined }),
    bounced: fc.subarray(["email", "sms"]),
  })
  .map(({ phone, email, whatsapp, consent, optOuts, doNotContact, bounced }) => {
    const contacts: Record<string, string> = {};
    if (phone !== undefined) contacts.phone = phone;
    if (email !== undefined) contacts.email = email;
    if (whatsapp !== undefined) contacts.whatsapp = whatsapp;
    const history: NonNullable<LeadInput["history"]> = bounced.flatMap((channel, i) => [
      { type: "touch" as const, touchId: `t${i}`, planId: "dealer-speed-to-lead", stepId: "x", channel, attempt: 1, at: NOW - 3_600_000 },
      { type: "outcome" as const, touchId: `t${i}`, outcome: "bounced" as const, at: NOW - 3_000_000 },
    ]);
    return {
      id: "lead",
      enrolledAt: "2026-06-01T00:00:00Z",
      timezone: "America/Chicago",
      contacts,
      consent: Object.fromEntries(Object.entries(consent).map(([c, status]) => [c, { status }])),
      optOuts: optOuts.map((channel) => ({ channel, at: "2026-06-02T00:00:00Z" })),
      ...(doNotContact === undefined ? {} : { doNotContact }),
      history,
    } as LeadInput;
  });

describe("channel verdicts of a decision", () => {
  it("each channel judged once answers, in any order and however often asked, as judging it afresh", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLANS),
        arbLead,
        fc.array(fc.constantFrom(...CHANNELS), { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        (compiled, lead, asks, untimedOnly) => {
          const facts = indexLeadFacts(lead, NOW);
          const verdicts = channelVerdicts(compiled);
          for (const channel of asks) {
            const info = compiled.channels.get(channel);
            const rules = {
              channel,
              contactKinds: info?.contactKinds ?? contactKinds(compiled.plan.policies, channel),
              consentRequired: info?.consentRequired ?? false,
              globalOptOut: compiled.globalOptOut,
              doNotCall: compiled.doNotCall,
            };
            const fresh =
              untimedOnly && info !== undefined && !(info.open.length === 1 && info.open[0]?.[0] === 0 && info.open[0]?.[1] === 10_080)
                ? "zone_unknown"
                : channelUnavailable(rules, lead, facts);
            expect(unavailable(compiled, channel, lead, facts, untimedOnly, verdicts)).toBe(fresh);
            expect(unavailable(compiled, channel, lead, facts, untimedOnly)).toBe(fresh);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
