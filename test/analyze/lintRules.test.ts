import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LINT_RULES, lintPlan, type LintOptions } from "../../src/analyze/index.js";
import type { LintSeverity, PlanInput } from "../../src/index.js";
import { cleanPlan, withSteps } from "./lintFixtures.js";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;

/** Lints with only `rule` on. */
function only(rule: string, plan: PlanInput, options: LintOptions = {}) {
  const rules: Record<string, LintSeverity> = Object.fromEntries(LINT_RULES.map((r) => [r.id, r.id === rule ? r.defaultSeverity : "off"]));
  return lintPlan(plan, { grid: { hours: [3, 9.5, 13, 22] }, ...options, rules: { ...rules, ...(options.rules ?? {}) } }).findings;
}

interface Case {
  readonly triggers: () => PlanInput;
  readonly passes: () => PlanInput;
  readonly options?: LintOptions;
  readonly step?: string;
  readonly message: RegExp;
}

const withoutCaps = (edit: Parameters<typeof withSteps>[0]): ReturnType<typeof cleanPlan> => {
  const plan = withSteps(edit);
  plan.policies = { windows: plan.policies?.windows ?? {} };
  return plan;
};

const b2b = (): ReturnType<typeof cleanPlan> => {
  const plan = cleanPlan();
  plan.lint = { b2b: true };
  plan.holidays = { closures: [{ date: "2026-12-25" }] };
  return plan;
};

const CASES: Record<string, Case> = {
  "exit-on-reply": {
    triggers: () => ({ ...cleanPlan(), exits: [{ on: "meeting" }, { on: "opt_out" }] }),
    passes: cleanPlan,
    message: /after the lead replied/,
  },
  "exit-on-meeting": {
    triggers: () => ({ ...cleanPlan(), exits: [{ on: "reply" }, { on: "opt_out" }] }),
    passes: cleanPlan,
    message: /after a meeting was booked/,
  },
  "exit-on-opt-out": {
    triggers: () => ({ ...cleanPlan(), exits: [{ on: "reply" }, { on: "meeting" }] }),
    passes: () => ({ ...cleanPlan(), exits: [{ on: "reply" }, { on: "meeting" }], policies: { ...cleanPlan().policies, optOut: "global" } }),
    message: /after the lead opted out/,
  },
  "night-touches": { triggers: () => ({ ...cleanPlan(), policies: { caps: [{ max: 4, per: "day" }] } }), passes: cleanPlan, message: /at night/ },
  "touches-per-day": {
    triggers: () =>
      withoutCaps((s) => [
        ...s,
        { id: "sms-2", channel: "sms", at: { after: "PT30M", from: { step: "call-1" } } },
        { id: "sms-3", channel: "sms", at: { after: "PT1H", from: { step: "call-1" } } },
        { id: "email-2", channel: "email", at: { after: "PT2H", from: { step: "call-1" } } },
      ]),
    passes: cleanPlan,
    message: /More than 4 touches on one lead-local day/,
  },
  "same-minute-channels": {
    triggers: () => withSteps((s) => s.map((x) => (x["id"] === "email-1" ? { ...x, at: { after: "PT15M" } } : x))),
    passes: cleanPlan,
    step: "email-1",
    message: /same minute/,
  },
  "call-spacing": {
    triggers: () => withSteps((s) => [...s, { id: "call-double", channel: "call", at: { after: "PT2M", from: { step: "call-1" } } }]),
    passes: cleanPlan,
    step: "call-double",
    message: /less than 10 minutes/,
  },
  "speed-to-lead": {
    triggers: () => withSteps((s) => s.map((x) => (x["id"] === "call-1" ? { ...x, at: { after: "PT30M" } } : x))),
    passes: cleanPlan,
    step: "call-1",
    message: /first touched 30 min after arrival/,
  },
  "long-gap": {
    triggers: () => withSteps((s) => [...s, { id: "email-late", channel: "email", at: { days: 20, time: "10:00" } }]),
    passes: cleanPlan,
    step: "email-late",
    message: /days after the touch before it/,
  },
  "weekend-touches": {
    triggers: b2b,
    passes: () => ({ ...b2b(), policies: { windows: { "*": [{ days: [...WEEKDAYS], from: "08:00", to: "20:00" }] }, caps: [{ max: 4, per: "day" }] } }),
    message: /on a weekend/,
  },
  "window-deferral": {
    triggers: () => {
      const plan = withSteps((s) => s.map((x) => (x["id"] === "sms-1" ? { ...x, at: { days: 2, time: "13:30" } } : x)));
      plan.policies = {
        ...plan.policies,
        windows: { ...plan.policies?.windows, sms: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "12:00", to: "13:00" }] },
      };
      return plan;
    },
    passes: cleanPlan,
    step: "sms-1",
    message: /hold step sms-1 back by more than 12 hours every time/,
  },
  "unreachable-step": {
    triggers: () =>
      withSteps((s) => [
        ...s,
        { id: "email-after-connect", channel: "email", at: { after: "PT1H" }, when: { outcome: { step: "email-1", in: ["connected"] } } },
      ]),
    passes: () =>
      withSteps((s) => [
        ...s,
        { id: "email-after-miss", channel: "email", at: { after: "PT1H", from: { step: "call-1" } }, when: { outcome: { step: "call-1", in: ["no_answer"] } } },
      ]),
    step: "email-after-connect",
    message: /never runs/,
  },
  "cap-starvation": {
    triggers: () => ({ ...cleanPlan(), policies: { ...cleanPlan().policies, caps: [{ max: 1, per: "day" }] } }),
    passes: cleanPlan,
    message: /Caps hold step/,
  },
  "channel-no-path": {
    triggers: () => ({
      ...cleanPlan(),
      steps: [{ id: "sms-only", channel: "sms", at: { after: "PT0S" } }],
      policies: { ...cleanPlan().policies, consentRequired: ["sms"] },
    }),
    passes: () => ({
      ...cleanPlan(),
      steps: [{ id: "sms-only", channel: "sms", at: { after: "PT0S" }, fallback: "email" }],
      policies: { ...cleanPlan().policies, consentRequired: ["sms"] },
    }),
    message: /without a phone contact gets no touch at all|needs sms consent and has no fallback/,
  },
  "whatsapp-template": {
    triggers: () => withSteps((s) => [...s, { id: "wa-1", channel: "whatsapp", template: "hello", at: { days: 1, time: "10:00" } }]),
    passes: () =>
      withSteps((s) => [...s, { id: "wa-1", channel: "whatsapp", template: "hello", templateOutsideWindow: "hello_tpl", at: { days: 1, time: "10:00" } }]),
    step: "wa-1",
    message: /no templateOutsideWindow/,
  },
  "task-sla": {
    triggers: () => withSteps((s) => s.map((x) => (x["id"] === "call-1" ? { ...x, sla: undefined } : x))),
    passes: cleanPlan,
    step: "call-1",
    message: /no SLA/,
  },
  "call-attempts": {
    triggers: () => withSteps((s) => s.map((x) => (x["id"] === "call-1" ? { ...x, attempts: { max: 2, every: "P1D" } } : x))),
    passes: cleanPlan,
    message: /gets 2 call attempts/,
  },
  "country-preset": {
    triggers: () => ({ ...cleanPlan(), lint: { countries: ["US"] } }),
    passes: () => ({ ...cleanPlan(), lint: { countries: ["US"] }, compliance: ["us-federal"] }),
    message: /includes none of its presets .*us-federal/,
  },
};

describe("lint rules", () => {
  it("has at least 15 rules, each with a title, rationale and source, and a case here", () => {
    expect(LINT_RULES.length).toBeGreaterThanOrEqual(15);
    for (const rule of LINT_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.rationale.length).toBeGreaterThan(20);
      expect(rule.source.length).toBeGreaterThan(10);
    }
    expect(Object.keys(CASES).sort()).toEqual(LINT_RULES.map((r) => r.id).sort());
  });

  it("docs/lint.md documents every rule: what, why, source, how to silence", () => {
    const docs = readFileSync(new URL("../../docs/lint.md", import.meta.url), "utf8");
    for (const rule of LINT_RULES) {
      const section = docs.split(`### ${rule.id}\n`)[1]?.split("\n### ")[0] ?? "";
      expect(section, rule.id).toContain(rule.rationale);
      expect(section, rule.id).toContain(rule.source);
      expect(section, rule.id).toMatch(/Fix or silence: \S/);
    }
    // And the README counts them.
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8").replace(/\s+/g, " ");
    expect(/reports (\d+) kinds of mistake/.exec(readme)?.[1]).toBe(String(LINT_RULES.length));
  });

  it("the clean plan has no findings at all", () => {
    const report = lintPlan(cleanPlan());
    expect(report.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    expect(report.profile.inbound).toBe(true);
  });

  for (const [rule, c] of Object.entries(CASES)) {
    it(`${rule}: one plan triggers it, one does not`, () => {
      const found = only(rule, c.triggers(), c.options);
      expect(found.length, `no ${rule} finding`).toBeGreaterThan(0);
      const first = found[0];
      expect(first?.rule).toBe(rule);
      expect(first?.message).toMatch(c.message);
      if (c.step !== undefined) expect(first?.stepId).toBe(c.step);
      expect(first?.evidence.summary.length).toBeGreaterThan(0);
      expect(only(rule, c.passes(), c.options)).toEqual([]);
    });
  }
});

describe("cap-starvation's reordering claim", () => {
  /** Calls capped at `max` a day. */
  const calls = (max: number): PlanInput & { steps: PlanInput["steps"][number][] } => ({
    id: "cap-reorder",
    version: 1,
    name: "Calls and an SMS between them",
    timezone: "UTC",
    steps: [
      // 13:00, 15:00 and 17:00; the SMS at 14:00, between the first two calls, as written.
      { id: "calls", channel: "call", at: { after: "PT0S" }, attempts: { max: 3, every: "PT2H" } },
      { id: "sms-between", channel: "sms", at: { after: "PT1H" } },
    ],
    exits: [{ on: "reply" }, { on: "meeting" }, { on: "opt_out" }],
    policies: { caps: [{ max, per: "day", channels: ["call"] }] },
  });
  const findings = (plan: PlanInput) =>
    lintPlan(plan, { grid: { zones: ["UTC"], hours: [13] }, rules: { "cap-starvation": "warn" } }).findings.filter((f) => f.rule === "cap-starvation");

  it("is not made when the cap holds a later attempt only and the other step went between the attempts, as written", () => {
    const [finding] = findings(calls(2));
    expect(finding?.message).toMatch(/^Caps hold step calls back by up to/);
    expect(finding?.message).not.toMatch(/goes after/);
  });

  it("is made when the held attempt goes after a step written to come after it", () => {
    // One call a day: the second call, due at 15:00, goes at midnight, after the SMS written for 18:00.
    const plan = calls(1);
    plan.steps.push({ id: "sms-evening", channel: "sms", at: { after: "PT5H" } });
    expect(findings(plan)[0]?.message).toMatch(/so it goes after sms-evening, which is written to come later/);
  });
});
