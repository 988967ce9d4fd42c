import { describe, expect, it } from "vitest";
import { caught } from "../support/caught.js";
import { createEngine, evaluate, parsePlan, type PlanInput, PlanValidationError, safeParsePlan } from "../../src/index.js";
import { dealerPlan, minimalPlan } from "./fixtures.js";

/** The issues of a plan, or none when it is valid. */
function issuesOf(plan: unknown) {
  const result = safeParsePlan(plan);
  return result.success ? [] : result.issues;
}

describe("channel names in a plan's policies", () => {
  it("refuses a name that is neither a built-in channel nor one a step or fallback uses: a typo would leave its channel unruled", () => {
    const plan = dealerPlan();
    plan.policies.consentRequired = ["whatsap"];
    expect(issuesOf(plan)).toEqual([
      expect.objectContaining({
        code: "unknown_channel",
        path: ["policies", "consentRequired", 0],
        message: expect.stringContaining('"whatsap"'),
        expected: expect.stringContaining("whatsapp"),
        received: '"whatsap"',
      }),
    ]);
  });

  it("checks every place a policy names a channel", () => {
    const plan = dealerPlan();
    plan.policies.caps = [{ max: 3, per: "day", channels: ["calls"] }];
    plan.policies.windows.cal = [{ days: ["mon"], from: "09:00", to: "17:00" }];
    plan.policies.quietHours = [{ from: "21:00", to: "08:00", channels: ["sms", "smss"] }];
    expect(issuesOf(plan).map((i) => [i.code, i.path])).toEqual([
      ["unknown_channel", ["policies", "windows", "cal"]],
      ["unknown_channel", ["policies", "quietHours", 0, "channels", 1]],
      ["unknown_channel", ["policies", "caps", 0, "channels", 0]],
    ]);
  });

  it("accepts built-in channels no step uses (a shared policy block), custom channels a step or fallback uses and those policies.channels declares", () => {
    const plan = minimalPlan({
      steps: [
        { id: "a", channel: "call", at: { after: "PT0S" } },
        { id: "b", channel: "linkedin", at: { after: "PT1H" }, fallback: "postcard" },
      ],
      policies: {
        consentRequired: ["whatsapp", "linkedin"],
        caps: [{ max: 2, per: "week", channels: ["postcard", "email", "webinar"] }],
        channels: { linkedin: { contact: ["linkedin"] }, postcard: { contact: [] }, webinar: { contact: ["email"] } },
        windows: { "*": [{ days: ["mon", "tue"], from: "09:00", to: "17:00" }], video: [{ days: ["mon"], from: "10:00", to: "12:00" }] },
      },
    });
    expect(issuesOf(plan)).toEqual([]);
  });

  it("is refused by parsePlan, the engine and evaluate given the plan data unparsed: WhatsApp never goes out unruled", () => {
    const plan = dealerPlan() as PlanInput;
    (plan.policies as { consentRequired: string[] }).consentRequired = ["whatsap"];
    expect(() => parsePlan(plan)).toThrow(PlanValidationError);
    expect(() => createEngine({ plans: [plan], adapters: {} })).toThrow(PlanValidationError);
    // Read as absent, the name would let WhatsApp go out without consent.
    const lead = { id: "l", enrolledAt: "2026-03-10T13:00:00Z", timezone: "America/New_York", contacts: { phone: "+12125550100" } };
    const error = caught(() => evaluate(plan, lead, "2026-03-11T14:00:00Z"));
    expect(error).toBeInstanceOf(PlanValidationError);
    expect((error as PlanValidationError).issues).toEqual(issuesOf(plan));
    expect((error as PlanValidationError).issues).toMatchObject([{ code: "unknown_channel", path: ["policies", "consentRequired", 0] }]);
  });
});
