import fc from "fast-check";
import { migrationV1, migrationV2 } from "../support/migrationPlans.js";
import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, MIGRATION_PAST_DUE, STEP_REMOVED } from "../../src/engine/index.js";
import { HOUR, lead, MINUTE, recordingAdapter, START } from "./fixtures.js";

const v1 = migrationV1;
const v2 = migrationV2;

function setup() {
  const clock = createManualClock(START);
  const sms = recordingAdapter();
  const email = recordingAdapter();
  const engine = createEngine({ plans: [v1, v2], adapters: { sms, email }, clock });
  return { clock, sms, email, engine };
}

describe("engine.migrate", () => {
  it("by-step-id: removed steps are skipped, shortened delays drop past touches and spread the rest, ids carry the new version", async () => {
    const { clock, sms, email, engine } = setup();
    await engine.enroll(lead("a"), "quick", { version: 1 });
    clock.advance(30 * MINUTE);
    await engine.runDue();
    const result = await engine.migrate("quick", 1, 2, { mode: "by-step-id" });
    expect(result.leads).toBe(1);
    expect(result.skipped.map((s) => [s.stepId, s.reason])).toEqual([
      ["sms-2h", STEP_REMOVED],
      ["email-1h", MIGRATION_PAST_DUE],
    ]);
    expect(email.calls).toHaveLength(0);
    clock.advance(15 * MINUTE);
    await engine.runDue();
    clock.advance(3 * 24 * HOUR);
    await engine.runDue();
    await engine.runDue();
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1", "a/quick@2/sms-after-email#1", "a/quick@2/sms-day-3#1"]);
    expect(email.calls.map((c) => c.key)).toEqual(["a/quick@2/email-day-2#1"]);
    const rec = (await engine.get("a"))?.record;
    expect(rec).toMatchObject({ enrollments: [{ planVersion: 2, state: "done" }] });
    const smsAfter = rec?.lead.history.find((h) => h.type === "touch" && h.stepId === "sms-after-email");
    // Its anchor (email-1h) settled at the migration instant (30 minutes in), and v2 sends it as soon as the anchor is touched.
    expect(smsAfter?.at).toBe(new Date(Date.parse(START) + 30 * MINUTE).toISOString());
  });

  it("pin leaves leads on their version", async () => {
    const { engine } = setup();
    await engine.enroll(lead("a"), "quick", { version: 1 });
    const before = JSON.stringify(await engine.get("a"));
    expect(await engine.migrate("quick", 1, 2, { mode: "pin" })).toEqual({ leads: 1, skipped: [] });
    expect(JSON.stringify(await engine.get("a"))).toBe(before);
  });

  it("rejects unknown versions and modes with typed errors", async () => {
    const { engine } = setup();
    await expect(engine.migrate("quick", 1, 3, { mode: "by-step-id" })).rejects.toMatchObject({ code: "unknown_plan" });
    await expect(engine.migrate("quick", 1, 2, { mode: "sideways" as never })).rejects.toMatchObject({ code: "invalid_argument" });
  });

  it("never touches a migrated lead twice for the same step and attempt, whenever the migration happens", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 4 * 24 * 60 }), async (migrateAfterMin) => {
        const { clock, sms, email, engine } = setup();
        await engine.enroll(lead("a"), "quick", { version: 1 });
        const step = async (ms: number) => {
          clock.advance(ms);
          await engine.runDue();
        };
        let t = 0;
        for (; t + 60 <= migrateAfterMin; t += 60) await step(60 * MINUTE);
        await step((migrateAfterMin - t) * MINUTE);
        await engine.migrate("quick", 1, 2, { mode: "by-step-id" });
        for (let i = 0; i < 24 * 5; i++) await step(HOUR);
        const steps = [...sms.calls, ...email.calls].map((c) => `${c.touch.stepId}#${c.touch.attempt}`);
        expect(new Set(steps).size).toBe(steps.length);
        expect((await engine.get("a"))?.record.enrollments[0]?.state).toBe("done");
      }),
      { numRuns: 15 },
    );
  });
});
