import { describe, expect, it } from "vitest";
import { parseLead } from "../../src/lead/index.js";
import { parsePlan, safeParsePlan } from "../../src/plan/index.js";
import { B2B_PLAN, DEALER_PLAN, LEADS, readJson } from "./fixtures.js";

describe("example plans", () => {
  it.each([DEALER_PLAN, B2B_PLAN])("%s parses", (file) => {
    const result = safeParsePlan(readJson(file));
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it("the dealer plan has the flagship shape", () => {
    const plan = parsePlan(readJson(DEALER_PLAN));
    expect(plan.id).toBe("dealer-speed-to-lead");
    expect(plan.version).toBe(1);
    expect(plan.timezone).toBe("America/New_York");
    const first = plan.steps[0];
    expect(first).toMatchObject({ channel: "call", mode: "task", at: { after: "PT0S" } });
    expect(plan.steps.map((s) => s.channel)).toEqual(["call", "sms", "email", "call", "whatsapp", "video", "email", "email"]);
    const whatsapp = plan.steps.find((s) => s.channel === "whatsapp");
    expect(whatsapp).toMatchObject({ fallback: "sms", at: { days: 1, time: "10:00" } });
    expect(plan.policies.consentRequired).toContain("whatsapp");
    expect(plan.policies.channels?.["video"]?.contact).toEqual(["email", "phone"]);
    expect(plan.exits.map((e) => e.on)).toEqual(["reply", "connected", "meeting", "opt_out", "status"]);
  });

  it("fills defaults: mode auto, priority, exits and policies", () => {
    const plan = parsePlan(readJson(B2B_PLAN));
    expect(plan.priority).toBe(0);
    expect(plan.steps[0]?.mode).toBe("auto");
    const followUp = plan.steps.find((s) => s.id === "email-follow-up");
    expect(followUp?.at.from).toEqual({ step: "email-intro", on: "touch" });
  });

  it.each([DEALER_PLAN, B2B_PLAN])("%s round-trips through JSON unchanged", (file) => {
    const plan = parsePlan(readJson(file));
    const again = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(again).toEqual(plan);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it("does not mutate its input", () => {
    const input = readJson(DEALER_PLAN);
    const before = JSON.stringify(input);
    parsePlan(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe("example leads", () => {
  it.each(LEADS)("%s parses", (file) => {
    expect(() => parseLead(readJson(file))).not.toThrow();
  });

  it("some example leads granted WhatsApp consent", () => {
    const granted = LEADS.map((f) => parseLead(readJson(f))).filter((l) => l.consent["whatsapp"]?.status === "granted");
    expect(granted.length).toBeGreaterThan(0);
  });
});
