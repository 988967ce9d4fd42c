import { describe, expect, it } from "vitest";
import { COMPLIANCE_PRESETS, evaluate, PlanValidationError, safeParsePlan, type PlanInput } from "../../src/index.js";
import { COMPLIANCE_PRESET_IDS } from "../../src/plan/index.js";
import { leadAt, presetPlan, sent } from "./helpers.js";

const dueIds = (d: { due: readonly { stepId: string }[] }) => d.due.map((t) => t.stepId);

describe("us-federal", () => {
  const plan = presetPlan(["us-federal"]);
  it("20:59:59 local is allowed, 21:00:00 is not (held until 08:00)", () => {
    const lead = leadAt("2026-03-10T00:00:00Z"); // 20:00 EDT
    expect(dueIds(evaluate(plan, lead, "2026-03-11T00:59:59Z"))).toEqual(["a"]);
    const d = evaluate(plan, lead, "2026-03-11T01:00:00Z");
    expect(d.due).toEqual([]);
    expect(d.trace[0]).toMatchObject({ state: "waiting", reason: "window", until: "2026-03-11T12:00:00.000Z" });
  });
  it("07:59:59 is not allowed, 08:00 is", () => {
    const lead = leadAt("2026-03-11T11:00:00Z");
    expect(evaluate(plan, lead, "2026-03-11T11:59:59Z").due).toEqual([]);
    expect(dueIds(evaluate(plan, lead, "2026-03-11T12:00:00Z"))).toEqual(["a"]);
  });
  it("a plan cannot loosen the preset with its own windows", () => {
    const loose = presetPlan(["us-federal"], "call", {
      policies: { windows: { call: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "00:00", to: "23:59" }] } },
    });
    expect(evaluate(loose, leadAt("2026-03-11T01:30:00Z"), "2026-03-11T01:30:00Z").due).toEqual([]);
  });
  it("a stricter plan window still applies (intersection)", () => {
    const strict = presetPlan(["us-federal"], "call", {
      policies: { windows: { call: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "10:00", to: "18:00" }] } },
    });
    expect(evaluate(strict, leadAt("2026-03-11T13:00:00Z"), "2026-03-11T13:00:00Z").due).toEqual([]); // 09:00 EDT
    expect(evaluate(strict, leadAt("2026-03-11T14:00:00Z"), "2026-03-11T14:00:00Z").due).toHaveLength(1);
  });
  it("email is not narrowed", () => {
    expect(evaluate(presetPlan(["us-federal"], "email"), leadAt("2026-03-11T06:00:00Z"), "2026-03-11T06:00:00Z").due).toHaveLength(1);
  });
  it("uses the lead's zone, not the plan's", () => {
    const la = leadAt("2026-03-11T03:30:00Z", { timezone: "America/Los_Angeles" }); // 20:30 PDT
    expect(evaluate(plan, la, "2026-03-11T03:30:00Z").due).toHaveLength(1);
  });
});

describe("us-fl / us-ok / us-md", () => {
  it("us-fl closes at 20:00 (19:59:59 allowed)", () => {
    const plan = presetPlan(["us-fl"]);
    expect(evaluate(plan, leadAt("2026-03-10T23:59:59Z"), "2026-03-10T23:59:59Z").due).toHaveLength(1);
    expect(evaluate(plan, leadAt("2026-03-11T00:00:00Z"), "2026-03-11T00:00:00Z").due).toEqual([]);
  });
  it("us-ok: at most 3 calls per rolling 24 h, across midnight", () => {
    const plan: PlanInput = { ...presetPlan(["us-ok"]), steps: [{ id: "a", channel: "call", at: { after: "PT0S" }, attempts: { max: 10, every: "PT1M" } }] };
    // Three calls 19:00–19:20 EDT on the 10th; midnight passing frees nothing.
    const history = [sent("a", "call", "2026-03-10T23:00:00Z", 1), sent("a", "call", "2026-03-10T23:10:00Z", 2), sent("a", "call", "2026-03-10T23:20:00Z", 3)];
    const lead = leadAt("2026-03-10T23:00:00Z", { history });
    const nextMorning = evaluate(plan, lead, "2026-03-11T12:00:00Z"); // 08:00 EDT the 11th
    expect(nextMorning.due).toEqual([]);
    expect(nextMorning.trace[0]).toMatchObject({ reason: "cap", until: "2026-03-11T23:00:00.000Z" });
    expect(evaluate(plan, lead, "2026-03-11T22:59:59Z").due).toEqual([]);
    expect(evaluate(plan, lead, "2026-03-11T23:00:00Z").due).toHaveLength(1);
  });
  it("us-fl counts calls only; us-md counts calls and texts together", () => {
    const steps = [{ id: "t", channel: "sms", at: { after: "PT0S" } }];
    const history = [sent("a", "call", "2026-03-11T13:00:00Z"), sent("b", "call", "2026-03-11T13:10:00Z"), sent("c", "call", "2026-03-11T13:20:00Z")];
    const lead = leadAt("2026-03-11T13:30:00Z", { history });
    expect(evaluate({ ...presetPlan(["us-fl"]), steps } as PlanInput, lead, "2026-03-11T13:30:00Z").due).toHaveLength(1);
    const md = evaluate({ ...presetPlan(["us-md"]), steps } as PlanInput, lead, "2026-03-11T13:30:00Z");
    expect(md.due).toEqual([]);
    expect(md.trace[0]).toMatchObject({ reason: "cap", detail: "cap 3 per 24h on call+sms", until: "2026-03-12T13:00:00.000Z" });
  });
  it("us-states selects the state preset from the address or the area code", () => {
    const plan = presetPlan(["us-federal", "us-states"]);
    const at = "2026-03-11T00:30:00Z"; // 20:30 EDT: federal allows, FL/OK/MD do not
    expect(evaluate(plan, leadAt(at), at).due).toHaveLength(1); // 212 = New York
    expect(evaluate(plan, leadAt(at, { address: { country: "US", region: "FL" } }), at).due).toEqual([]);
    expect(evaluate(plan, leadAt(at, { address: { region: "US-MD" } }), at).due).toEqual([]);
    expect(evaluate(plan, leadAt(at, { contacts: { phone: "(305) 555-0100" } }), at).due).toEqual([]);
    expect(evaluate(plan, leadAt(at, { contacts: { phone: "+1 918 555 0100" } }), at).due).toEqual([]);
    expect(evaluate(plan, leadAt(at, { address: { country: "CA", region: "FL" } }), at).due).toHaveLength(1);
  });
});

describe("nl-telemarketing", () => {
  const plan = { ...presetPlan(["nl-telemarketing"]), timezone: "Europe/Amsterdam" } as PlanInput;
  const lead = (at: string) => leadAt(at, { timezone: "Europe/Amsterdam" });
  const due = (at: string) => evaluate(plan, lead(at), at).due.length === 1;
  it("weekdays 09:00–22:00", () => {
    expect(due("2026-03-11T07:59:59Z")).toBe(false); // Wed 08:59:59 CET
    expect(due("2026-03-11T08:00:00Z")).toBe(true);
    expect(due("2026-03-11T20:59:59Z")).toBe(true); // 21:59:59
    expect(due("2026-03-11T21:00:00Z")).toBe(false); // 22:00
  });
  it("Saturdays 10:00–16:00, never on Sundays", () => {
    expect(due("2026-03-14T08:59:00Z")).toBe(false); // Sat 09:59
    expect(due("2026-03-14T09:00:00Z")).toBe(true);
    expect(due("2026-03-14T14:59:59Z")).toBe(true);
    expect(due("2026-03-14T15:00:00Z")).toBe(false);
    expect(due("2026-03-15T12:00:00Z")).toBe(false); // Sunday
    const d = evaluate(plan, lead("2026-03-15T12:00:00Z"), "2026-03-15T12:00:00Z");
    expect(d.trace[0]).toMatchObject({ reason: "window", until: "2026-03-16T08:00:00.000Z" }); // Monday 09:00
  });
  it("only until 18:30 on 5 December, 24 December and 4 May", () => {
    expect(due("2025-12-05T17:29:59Z")).toBe(true); // Fri 18:29:59 CET
    expect(due("2025-12-05T17:30:00Z")).toBe(false);
    expect(due("2026-12-24T17:29:00Z")).toBe(true); // Thu
    expect(due("2026-12-24T17:30:00Z")).toBe(false);
    expect(due("2026-05-04T16:29:59Z")).toBe(true); // Mon 18:29:59 CEST
    expect(due("2026-05-04T16:30:00Z")).toBe(false);
    const d = evaluate(plan, lead("2026-05-04T16:30:00Z"), "2026-05-04T16:30:00Z");
    expect(d.trace[0]).toMatchObject({ until: "2026-05-06T07:00:00.000Z" }); // 5 May closed too; Wed 09:00
  });
  it("closed on public holidays (fixed and Easter-based)", () => {
    expect(due("2026-04-06T10:00:00Z")).toBe(false); // Easter Monday 2026
    expect(due("2026-04-07T10:00:00Z")).toBe(true);
    expect(due("2026-04-27T10:00:00Z")).toBe(false); // King's Day (Monday)
    expect(due("2026-04-25T10:00:00Z")).toBe(true); // Saturday before a weekday King's Day
    expect(due("2025-04-26T10:00:00Z")).toBe(false); // King's Day 2025 moved to Saturday 26th (27th a Sunday)
    expect(due("2026-05-14T10:00:00Z")).toBe(false); // Ascension 2026
    expect(due("2026-05-25T10:00:00Z")).toBe(false); // Whit Monday 2026
    expect(due("2026-12-25T10:00:00Z")).toBe(false);
    expect(due("2026-12-28T10:00:00Z")).toBe(true);
    expect(due("2027-01-01T10:00:00Z")).toBe(false);
  });
  it("does not narrow email or sms", () => {
    const email = { ...plan, steps: [{ id: "a", channel: "email", at: { after: "PT0S" } }] } as PlanInput;
    expect(evaluate(email, lead("2026-03-15T12:00:00Z"), "2026-03-15T12:00:00Z").due).toHaveLength(1);
  });
});

describe("de-consent", () => {
  const plan = { ...presetPlan(["de-consent"]), timezone: "Europe/Berlin" } as PlanInput;
  const at = "2026-03-11T10:00:00Z";
  it("skips with no_consent without granted consent", () => {
    for (const channel of ["call", "sms", "whatsapp", "email"]) {
      const d = evaluate({ ...plan, steps: [{ id: "a", channel, at: { after: "PT0S" } }] } as PlanInput, leadAt(at), at);
      expect(d.due, channel).toEqual([]);
      expect(d.skipped[0]).toMatchObject({ stepId: "a", reason: "no_consent" });
    }
  });
  it("touches with granted consent", () => {
    const lead = leadAt(at, { consent: { call: { status: "granted", at, source: "web form" } } });
    expect(evaluate(plan, lead, at).due).toHaveLength(1);
  });
  it("uses the fallback channel when it has consent", () => {
    const withFallback = { ...plan, steps: [{ id: "a", channel: "call", fallback: "email", at: { after: "PT0S" } }] } as PlanInput;
    const lead = leadAt(at, { consent: { email: { status: "granted" } } });
    expect(evaluate(withFallback, lead, at).due[0]).toMatchObject({ channel: "email", fallbackFrom: "call" });
  });
});

describe("preset ids", () => {
  it("an unknown preset is a plan validation error listing the known ones", () => {
    const result = safeParsePlan(presetPlan(["us-xx"]));
    expect(result.success).toBe(false);
    const issue = result.success ? undefined : result.issues[0];
    expect(issue?.path).toEqual(["compliance", 0]);
    expect(issue?.message).toMatch(/us-federal/);
    expect(() => evaluate(presetPlan(["us-xx"]), leadAt("2026-03-11T13:00:00Z"), "2026-03-11T13:00:00Z")).toThrow(PlanValidationError);
  });
  it("the plan format's preset ids are exactly the shipped presets plus us-states", () => {
    expect([...COMPLIANCE_PRESET_IDS].sort()).toEqual([...Object.keys(COMPLIANCE_PRESETS), "us-states"].sort());
  });
  it("a plan window that the presets close entirely is a validation error", () => {
    const late = presetPlan(["us-federal"], "call", { policies: { windows: { call: [{ days: ["mon"], from: "21:30", to: "23:00" }] } } });
    expect(() => evaluate(late, leadAt("2026-03-11T13:00:00Z"), "2026-03-11T13:00:00Z")).toThrow(/never opens once the compliance presets us-federal/);
  });
  it("a window the presets close on the opt-out confirmation's channel alone refuses nothing: the confirmation ignores windows", () => {
    // Texts only after 21:30, which us-federal never allows; no step texts, only the confirmation does.
    const plan = presetPlan(["us-federal"], "email", {
      optOutConfirmation: { channel: "sms", template: "optout-confirm" },
      policies: { windows: { sms: [{ days: ["mon"], from: "21:30", to: "23:00" }] } },
    });
    expect(evaluate(plan, leadAt("2026-03-11T13:00:00Z"), "2026-03-11T13:00:00Z").due.map((t) => t.stepId)).toEqual(["a"]);
    const optedOut = leadAt("2026-03-11T13:00:00Z", { optOuts: [{ channel: "sms", at: "2026-03-11T13:30:00Z" }] });
    expect(evaluate(plan, optedOut, "2026-03-11T14:00:00Z").due).toEqual([
      expect.objectContaining({ stepId: "a", channel: "email" }),
      expect.objectContaining({ stepId: "opt-out-confirmation", channel: "sms", dueAt: "2026-03-11T13:30:00.000Z" }),
    ]);
    // A step on the channel still makes the same window a validation error.
    const texting = presetPlan(["us-federal"], "sms", { policies: { windows: { sms: [{ days: ["mon"], from: "21:30", to: "23:00" }] } } });
    expect(() => evaluate(texting, leadAt("2026-03-11T13:00:00Z"), "2026-03-11T13:00:00Z")).toThrow(/never opens once the compliance presets us-federal/);
  });
  it("presets combine: the stricter rule wins", () => {
    const plan = presetPlan(["us-federal", "us-fl"]);
    expect(evaluate(plan, leadAt("2026-03-11T00:30:00Z"), "2026-03-11T00:30:00Z").due).toEqual([]); // 20:30
  });
});
