import { describe, expect, it } from "vitest";
import { safeParsePlan, type ParsePlanOptions } from "../../src/plan/index.js";
import { safeParseLead } from "../../src/lead/index.js";
import { minimalPlan, pathsOf } from "./fixtures.js";
import type { ValidationIssue } from "../../src/errors/index.js";

const ALL_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** The issues of an invalid plan (fails the test when the plan is valid). */
function issuesOf(input: unknown, options?: ParsePlanOptions): readonly ValidationIssue[] {
  const result = safeParsePlan(input, options);
  if (result.success) throw new Error("expected the plan to be invalid");
  for (const issue of result.issues) {
    expect(issue.message.length).toBeGreaterThan(0);
    expect(Array.isArray(issue.path)).toBe(true);
  }
  return result.issues;
}

describe("safeParsePlan reports issues with paths", () => {
  it("duplicate step ids", () => {
    const issues = issuesOf(
      minimalPlan({
        steps: [
          { id: "a", channel: "call", at: { after: "PT0S" } },
          { id: "a", channel: "sms", at: { after: "PT5M" } },
        ],
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ code: "duplicate_step_id", path: ["steps", 1, "id"] })]);
    expect(issues[0]?.message).toContain("steps[0]");
  });

  it("an anchor on an unknown step", () => {
    const issues = issuesOf(minimalPlan({ steps: [{ id: "a", channel: "call", at: { after: "PT0S", from: { step: "nope" } } }] }));
    expect(issues).toEqual([expect.objectContaining({ code: "unknown_step", path: ["steps", 0, "at", "from", "step"] })]);
    expect(issues[0]?.message).toContain('"nope"');
  });

  it("an anchor cycle A -> B -> A", () => {
    const issues = issuesOf(
      minimalPlan({
        steps: [
          { id: "A", channel: "call", at: { after: "PT1H", from: { step: "B" } } },
          { id: "B", channel: "sms", at: { days: 1, time: "10:00", from: { step: "A" } } },
        ],
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "anchor_cycle" });
    expect(pathsOf(issues)[0]).toMatch(/^steps\[[01]\]\.at\.from/);
    expect(issues[0]?.message).toMatch(/A -> B -> A|B -> A -> B/);
  });

  it("a step anchored on itself", () => {
    const issues = issuesOf(minimalPlan({ steps: [{ id: "a", channel: "call", at: { after: "PT0S", from: { step: "a" } } }] }));
    expect(issues).toEqual([expect.objectContaining({ code: "anchor_cycle", path: ["steps", 0, "at", "from", "step"] })]);
  });

  it("an outcome condition on an unknown step, however deeply nested", () => {
    const issues = issuesOf(
      minimalPlan({
        steps: [
          { id: "a", channel: "call", at: { after: "PT0S" } },
          {
            id: "b",
            channel: "sms",
            at: { after: "PT5M" },
            when: { all: [{ hasContact: "phone" }, { not: { outcome: { step: "ghost", in: ["connected"] } } }] },
          },
        ],
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ code: "unknown_step", path: ["steps", 1, "when", "all", 1, "not", "outcome", "step"] })]);
  });

  it("an invalid IANA zone", () => {
    const issues = issuesOf(minimalPlan({ timezone: "Mars/Base" }));
    expect(pathsOf(issues)).toEqual(["timezone"]);
    expect(issues[0]?.message).toContain("Mars/Base");
  });

  it("an unparseable duration", () => {
    const issues = issuesOf(minimalPlan({ steps: [{ id: "a", channel: "call", at: { after: "5 minutes" } }] }));
    expect(pathsOf(issues)).toEqual(["steps[0].at.after"]);
    expect(issues[0]?.message).toContain("5 minutes");
    expect(issues[0]?.message).toContain("PT5M");
  });

  it("an unparseable attempts.every", () => {
    const issues = issuesOf(minimalPlan({ steps: [{ id: "a", channel: "call", at: { after: "PT0S" }, attempts: { max: 2, every: "-PT1H" } }] }));
    expect(pathsOf(issues)).toEqual(["steps[0].attempts.every"]);
  });

  it("a bad clock time", () => {
    const issues = issuesOf(minimalPlan({ steps: [{ id: "a", channel: "call", at: { days: 1, time: "25:00" } }] }));
    expect(pathsOf(issues)).toEqual(["steps[0].at.time"]);
    expect(issues[0]?.message).toContain("25:00");
  });

  it("a bad clock time in a window and in quiet hours", () => {
    const issues = issuesOf(
      minimalPlan({
        policies: {
          windows: { call: [{ days: ["mon"], from: "9:00", to: "17:00" }] },
          quietHours: [{ from: "21:00", to: "08:60" }],
        },
      }),
    );
    expect(pathsOf(issues).sort()).toEqual(["policies.quietHours[0].to", "policies.windows.call[0].from"]);
  });

  it("a window that never opens once quiet hours are removed", () => {
    const issues = issuesOf(
      minimalPlan({
        policies: {
          windows: { call: [{ days: ALL_DAYS, from: "09:00", to: "17:00" }] },
          quietHours: [{ from: "08:00", to: "18:00" }],
        },
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ code: "window_never_opens", path: ["policies", "windows", "call"] })]);
    expect(issues[0]?.message).toContain('"call"');
  });

  it("a window that opens and closes at the same time", () => {
    const issues = issuesOf(
      minimalPlan({
        policies: {
          windows: {
            call: [
              { days: ["mon"], from: "09:00", to: "09:00" },
              { days: ["tue"], from: "09:00", to: "12:00" },
            ],
          },
        },
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ code: "window_never_opens", path: ["policies", "windows", "call", 0] })]);
  });

  it("quiet hours that cover the whole day for a channel without a window", () => {
    const issues = issuesOf(minimalPlan({ policies: { quietHours: [{ from: "00:00", to: "24:00", channels: ["call"] }] } }));
    expect(issues).toEqual([expect.objectContaining({ code: "window_never_opens", path: ["policies", "quietHours"] })]);
  });

  it("a window that never opens for a fallback channel", () => {
    const issues = issuesOf(
      minimalPlan({
        steps: [{ id: "a", channel: "whatsapp", fallback: "sms", at: { after: "PT0S" } }],
        policies: { windows: { sms: [] } },
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ code: "window_never_opens", path: ["policies", "windows", "sms"] })]);
  });

  it("unknown fields (typos) at every level", () => {
    const issues = issuesOf(
      minimalPlan({
        exit: [{ on: "reply" }],
        steps: [{ id: "a", channel: "call", at: { after: "PT0S", form: { step: "a" } }, attempt: { max: 2 } }],
        policies: { quietHour: [{ from: "21:00", to: "08:00" }] },
      }),
    );
    const unknown = issues.filter((i) => i.code === "unknown_key");
    expect(pathsOf(unknown).sort()).toEqual(["exit", "policies.quietHour", "steps[0].at.form", "steps[0].attempt"]);
    for (const issue of unknown) expect(issue.message).toContain(String(issue.path[issue.path.length - 1]));
  });

  it("a misspelt required field reports both the typo and the missing field", () => {
    const issues = issuesOf(minimalPlan({ steps: [{ id: "a", chanel: "call", at: { after: "PT0S" } }] }));
    expect(pathsOf(issues).sort()).toEqual(["steps[0].chanel", "steps[0].channel"]);
  });

  it("an attribute condition with two operators", () => {
    const issues = issuesOf(minimalPlan({ steps: [{ id: "a", channel: "call", at: { after: "PT0S" }, when: { attribute: "score", gt: 5, lt: 10 } }] }));
    expect(pathsOf(issues)).toEqual(["steps[0].when"]);
    expect(issues[0]?.message).toContain("exactly one operator");
  });

  it("an attribute condition with no operator, nested in any", () => {
    const issues = issuesOf(
      minimalPlan({ steps: [{ id: "a", channel: "call", at: { after: "PT0S" }, when: { any: [{ hasContact: "phone" }, { attribute: "score" }] } }] }),
    );
    expect(pathsOf(issues)).toEqual(["steps[0].when.any[1]"]);
  });

  it("an unknown rule when rules are supplied, accepted when they are not", () => {
    const plan = minimalPlan({ steps: [{ id: "a", channel: "call", at: { after: "PT0S" }, when: { rule: "isVip" } }] });
    const issues = issuesOf(plan, { rules: { isHotLead: () => true } });
    expect(issues).toEqual([expect.objectContaining({ code: "unknown_rule", path: ["steps", 0, "when", "rule"] })]);
    expect(issues[0]?.message).toContain("isHotLead");
    expect(safeParsePlan(plan).success).toBe(true);
    expect(safeParsePlan(plan, { rules: { isVip: () => true } }).success).toBe(true);
    expect(safeParsePlan(plan, { rules: ["isVip"] }).success).toBe(true);
    expect(safeParsePlan(plan, { rules: new Set(["other"]) }).success).toBe(false);
  });

  it("a fallback on the step's own channel", () => {
    const issues = issuesOf(minimalPlan({ steps: [{ id: "a", channel: "call", fallback: "call", at: { after: "PT0S" } }] }));
    expect(issues).toEqual([expect.objectContaining({ code: "invalid_fallback", path: ["steps", 0, "fallback"] })]);
  });

  it("every structural issue at once, not just the first", () => {
    const issues = issuesOf(
      minimalPlan({
        timezone: "Mars/Base",
        steps: [
          { id: "a", channel: "call", at: { after: "5 minutes" } },
          { id: "b", channel: "SMS", at: { days: 1, time: "25:00" } },
        ],
        exits: [{ on: "status" }],
      }),
    );
    expect(pathsOf(issues).sort()).toEqual(["exits[0].in", "steps[0].at.after", "steps[1].at.time", "steps[1].channel", "timezone"]);
  });

  it("every semantic issue at once", () => {
    const issues = issuesOf(
      minimalPlan({
        steps: [
          { id: "a", channel: "call", at: { after: "PT0S", from: { step: "zz" } } },
          { id: "a", channel: "sms", at: { after: "PT5M" }, when: { outcome: { step: "yy", in: ["none"] } } },
        ],
      }),
    );
    expect(issues.map((i) => i.code).sort()).toEqual(["duplicate_step_id", "unknown_step", "unknown_step"]);
  });

  it("an unknown exit names the value it got", () => {
    const issues = issuesOf(minimalPlan({ exits: [{ on: "replied" }] }));
    expect(pathsOf(issues)).toEqual(["exits[0].on"]);
    expect(issues[0]?.message).toContain('"replied"');
    expect(issues[0]?.message).toContain('"reply"');
  });

  it('every message is worded by us or the schema, never zod\'s bare "Invalid input" (zod/mini has no locale)', () => {
    const step = { id: "s", channel: "call", at: { after: "PT5M" } };
    const key = issuesOf(minimalPlan({ policies: { windows: { "Bad Key": [] } } }));
    expect(key).toEqual([expect.objectContaining({ code: "invalid_key", path: ["policies", "windows", "Bad Key"] })]);
    // A window's key is a channel name or `*`: zod reports the channel name's failure (its `error`), not the union's.
    expect(key[0]?.message).toBe(
      'Expected a channel name in lower case (call, sms, whatsapp, email, video or a custom name like linkedin), got "Bad Key" (string)',
    );
    // A lead's map key too: the key's schema says what it should be.
    const consent = safeParseLead({ id: "l", enrolledAt: "2026-03-09T14:00:00Z", consent: { SMS: { status: "granted" } } });
    const consentIssues = consent.success ? [] : consent.issues;
    expect(consentIssues).toEqual([expect.objectContaining({ code: "invalid_key", path: ["consent", "SMS"] })]);
    expect(consentIssues[0]?.message).toBe(
      'Expected a channel name in lower case (call, sms, whatsapp, email, video or a custom name like linkedin), got "SMS" (string)',
    );
    const rule = issuesOf(minimalPlan({ steps: [{ ...step, when: { rule: "1abc" } }] }));
    expect(rule).toEqual([expect.objectContaining({ code: "invalid_format", path: ["steps", 0, "when", "rule"] })]);
    expect(rule[0]?.message).toBe(`Expected a rule name: a letter, '_' or '$', then letters, digits, '_', '$', '.' or '-', got "1abc" (string)`);
    // A union of objects told apart by one field: a value none has names them all, as an enum's would.
    const exit = issuesOf(minimalPlan({ exits: [{ on: "replied" }] }));
    expect(exit).toEqual([
      {
        code: "invalid_value",
        path: ["exits", 0, "on"],
        message: `Expected one of "reply" | "connected" | "meeting" | "opt_out" | "status" | "event", got "replied" (string)`,
        expected: `"reply" | "connected" | "meeting" | "opt_out" | "status" | "event"`,
        received: `"replied" (string)`,
      },
    ]);
    // The object whose field matched is the one meant: its own issues, not another's.
    expect(issuesOf(minimalPlan({ exits: [{ on: "status" }] }))).toEqual([expect.objectContaining({ code: "invalid_type", path: ["exits", 0, "in"] })]);
    expect(issuesOf(minimalPlan({ exits: [{ on: "event", name: "x", extra: 1 }] }))).toEqual([
      expect.objectContaining({ code: "unknown_key", path: ["exits", 0, "extra"] }),
    ]);
    // A history record's type says the same.
    const record = safeParseLead({ id: "l", enrolledAt: "2026-03-09T14:00:00Z", history: [{ type: "phone_call", at: "2026-03-09T14:00:00Z" }] });
    const recordIssues = record.success ? [] : record.issues;
    expect(recordIssues).toEqual([expect.objectContaining({ code: "invalid_value", path: ["history", 0, "type"], received: `"phone_call" (string)` })]);
    expect(recordIssues[0]?.message).toMatch(/^Expected one of "touch" \| "outcome" \| .+, got "phone_call" \(string\)$/);
  });

  it("non-objects and empty plans", () => {
    expect(pathsOf(issuesOf(null))).toEqual([""]);
    expect(pathsOf(issuesOf([]))).toEqual([""]);
    expect(pathsOf(issuesOf("plan"))).toEqual([""]);
    expect(pathsOf(issuesOf({})).sort()).toEqual(["id", "name", "steps", "timezone", "version"]);
    expect(pathsOf(issuesOf(minimalPlan({ steps: [] })))).toEqual(["steps"]);
  });

  it("a channel named like an Object.prototype member does not crash the window check", () => {
    const result = safeParsePlan(minimalPlan({ steps: [{ id: "a", channel: "constructor", at: { after: "PT0S" } }], policies: { windows: { sms: [] } } }));
    expect(result.success).toBe(true);
  });

  it("a __proto__ key is an unknown field, not a prototype change", () => {
    const issues = issuesOf(JSON.parse(JSON.stringify(minimalPlan()).replace("{", '{"__proto__":{"polluted":true},')));
    expect(pathsOf(issues)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
