import { describe, expect, it } from "vitest";
import { ArgumentError, evaluate, LeadValidationError, parseLead, PlanValidationError, type LeadInput, type PlanInput } from "../../src/index.js";
import fc from "fast-check";
import { LEAD_FIELDS, LeadSchema } from "../../src/lead/index.js";
import { unwrapSchema } from "../../src/primitives/index.js";
import { caught } from "../support/caught.js";
import { leadAt, planWith } from "../support/drive.js";

const plan = planWith({ steps: [{ id: "sms", channel: "sms", at: { after: "PT0S" } }] });
const lead = leadAt("2026-03-10T14:00:00Z");

describe("bad input to evaluate", () => {
  it("an invalid plan is a PlanValidationError listing every issue with its path", () => {
    const bad = { ...plan, timezone: "Mars/Base", steps: [{ id: "sms", channel: "sms", at: { after: "5 minutes" } }] } as unknown as PlanInput;
    const error = caught(() => evaluate(bad, lead, lead.enrolledAt));
    expect(error).toBeInstanceOf(PlanValidationError);
    expect((error as PlanValidationError).issues.map((i) => i.path.join("."))).toEqual(["timezone", "steps.0.at.after"]);
    expect((error as Error).message).toContain("steps[0].at.after");
    expect(caught(() => evaluate(null as unknown as PlanInput, lead, lead.enrolledAt))).toBeInstanceOf(PlanValidationError);
  });

  it("`now` must be a Date, epoch ms or an instant with an offset; the host zone never decides", () => {
    for (const now of ["2026-03-10T14:00:00", "yesterday", Number.NaN, new Date("nope"), null, {}]) {
      const error = caught(() => evaluate(plan, lead, now as never));
      expect(error).toBeInstanceOf(ArgumentError);
      expect((error as ArgumentError).argument).toBe("now");
      expect((error as Error).message).toMatch(/Expected `now` to be/);
    }
    expect(evaluate(plan, lead, new Date("2026-03-10T14:00:00Z")).due).toHaveLength(1);
    expect(evaluate(plan, lead, Date.parse("2026-03-10T14:00:00Z")).due).toHaveLength(1);
    expect(evaluate(plan, lead, "2026-03-10T15:00:00+01:00").due).toHaveLength(1);
  });

  it("a malformed lead is a LeadValidationError naming the path", () => {
    const cases: [unknown, string][] = [
      [{ ...lead, enrolledAt: "2026-03-10 14:00" }, "enrolledAt"],
      [{ ...lead, enrolledAt: "2026-03-10T14:00:00" }, "enrolledAt"],
      [{ ...lead, timezone: "Eastern" }, "timezone"],
      [{ ...lead, id: "" }, "id"],
      [{ ...lead, history: [{ type: "touch", at: "soon" }] }, "history.0.at"],
      [{ ...lead, history: [{ type: "phone_call", at: "2026-03-10T14:00:00Z" }] }, "history.0.type"],
      [{ ...lead, optOuts: [{ channel: "sms", at: 5 }] }, "optOuts.0.at"],
      [{ ...lead, pausedUntil: "tomorrow" }, "pausedUntil"],
    ];
    for (const [input, path] of cases) {
      const error = caught(() => evaluate(plan, input as LeadInput, "2026-03-10T14:00:00Z"));
      expect(error).toBeInstanceOf(LeadValidationError);
      expect((error as LeadValidationError).issues[0]?.path.join(".")).toBe(path);
    }
  });

  it("a misspelt or foreign top-level field is refused as parseLead refuses it, never read as absent", () => {
    // `optOut` for `optOuts`: read as absent, the lead's opt-out would stop nothing.
    const optedOut = { ...lead, optOut: [{ channel: "sms", at: "2026-03-10T13:00:00Z" }] };
    for (const [input, key] of [
      [optedOut, "optOut"],
      [{ ...lead, timeZone: "Europe/Paris" }, "timeZone"],
      [{ ...lead, dncRequest: [{ at: "2026-03-10T13:00:00Z" }] }, "dncRequest"],
      [{ ...lead, name: "Jane" }, "name"],
    ] as const) {
      const error = caught(() => evaluate(plan, input as LeadInput, "2026-03-10T14:00:00Z"));
      expect(error, key).toBeInstanceOf(LeadValidationError);
      const parsed = caught(() => parseLead(input));
      expect((error as LeadValidationError).issues).toEqual((parsed as LeadValidationError).issues.filter((issue) => issue.code === "unknown_key"));
      expect((error as LeadValidationError).issues).toMatchObject([{ code: "unknown_key", path: [key], expected: "no such field", received: key }]);
    }
    // Any field the lead schema lacks, whatever its name: refused by both, at its path.
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !LEAD_FIELDS.has(key) && key !== "__proto__"),
        fc.jsonValue(),
        (key, value) => {
          const input = { ...lead, [key]: value } as LeadInput;
          const error = caught(() => evaluate(plan, input, "2026-03-10T14:00:00Z")) as LeadValidationError;
          expect(error.issues).toContainEqual(expect.objectContaining({ code: "unknown_key", path: [key] }));
          expect((caught(() => parseLead(input)) as LeadValidationError).issues).toContainEqual(expect.objectContaining({ code: "unknown_key", path: [key] }));
        },
      ),
    );
    // An inherited enumerable key is not the lead's own field.
    const inherited = Object.assign(Object.create({ extra: 1 }) as object, lead) as LeadInput;
    expect(evaluate(plan, inherited, "2026-03-10T14:00:00Z").due).toHaveLength(1);
  });

  it("LEAD_FIELDS, evaluate's list of a lead's fields, is the lead schema's", () => {
    expect(new Set(Object.keys(unwrapSchema(LeadSchema).shape))).toEqual(LEAD_FIELDS);
  });

  it("nothing hangs: a plan whose only window is one minute a week still answers at once", () => {
    const narrow = planWith({
      steps: [{ id: "call", channel: "call", at: { after: "PT0S" }, attempts: { max: 50, every: "PT1M" } }],
      policies: {
        windows: { call: [{ days: ["sun"], from: "03:00", to: "03:01" }] },
        caps: [
          { max: 1, per: "24h" },
          { max: 1, per: "week" },
        ],
      },
    });
    const d = evaluate(narrow, lead, lead.enrolledAt);
    expect(d.trace[0]).toMatchObject({ state: "waiting", reason: "window", until: "2026-03-15T07:00:00.000Z" });
  });
});
