import fc from "fast-check";
import { migrationV1, migrationV2 } from "../support/migrationPlans.js";
import { describe, expect, it } from "vitest";
import { previewMigration } from "../../src/analyze/index.js";
import { createEngine, createManualClock, createMemoryStore, MIGRATION_PAST_DUE, STEP_REMOVED, type Store, type StoredLead } from "../../src/engine/index.js";
import { evaluate, isArgumentError, type LeadInput } from "../../src/index.js";
import { HOUR, lead, MINUTE, recordingAdapter, START } from "../engine/fixtures.js";

const v1 = migrationV1;
const v2 = migrationV2;

async function engineWithLeads(offsetsMin: readonly number[], runFor: number) {
  const clock = createManualClock(START);
  const store: Store = createMemoryStore();
  const engine = createEngine({ plans: [v1, v2], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock, store });
  for (const [i, offset] of offsetsMin.entries()) {
    await engine.enroll({ ...lead(`l${i}`), enrolledAt: new Date(Date.parse(START) - offset * MINUTE).toISOString() }, "quick", { version: 1 });
  }
  await engine.runDue();
  for (let t = 0; t < runFor; t += 5 * MINUTE) {
    clock.advance(5 * MINUTE);
    await engine.runDue();
  }
  return { clock, store, engine };
}

describe("previewMigration", () => {
  it("shows where each lead stands before and after, the skips, and totals", () => {
    const at = Date.parse(START) + 30 * MINUTE;
    const enrolled: LeadInput = {
      ...lead("a"),
      enrolledAt: START,
      history: [{ type: "touch", planId: "quick", stepId: "sms-now", channel: "sms", attempt: 1, touchId: "a/quick@1/sms-now#1", at: START, outcome: "sent" }],
    };
    const preview = previewMigration(v1, v2, [enrolled], at, "by-step-id");
    expect(preview.totals).toMatchObject({ inFlight: 1, ignored: 0, changed: 1, skipped: 2, skippedByReason: { [STEP_REMOVED]: 1, [MIGRATION_PAST_DUE]: 1 } });
    const [a] = preview.leads;
    expect(a?.before).toMatchObject({ planVersion: 1, due: [], next: { stepId: "email-1h" } });
    expect(a?.after.planVersion).toBe(2);
    expect(a?.skipped.map((s) => [s.stepId, s.reason])).toEqual([
      ["sms-2h", STEP_REMOVED],
      ["email-1h", MIGRATION_PAST_DUE],
    ]);
    // sms-after-email counts from email-1h, now skipped at the migration instant: due at once.
    expect(a?.dueAtOnce.map((t) => t.stepId)).toEqual(["sms-after-email"]);
    expect(preview.totals).toMatchObject({ dueAtOnce: 1, leadsDueAtOnce: 1, dueAtOnceByChannel: { sms: 1 } });
    const pinned = previewMigration(v1, v2, [enrolled], at, "pin");
    expect(pinned.totals).toMatchObject({ inFlight: 1, changed: 0, skipped: 0, dueAtOnce: 0 });
  });

  it("counts touches due at once on a custom channel named constructor as a number", () => {
    const a = {
      id: "ctor",
      version: 1,
      name: "Ctor",
      timezone: "UTC",
      steps: [
        { id: "first", channel: "email", at: { after: "PT0S" } },
        { id: "mid", channel: "email", at: { after: "PT2H", from: { step: "first" } } },
      ],
      policies: { channels: { constructor: { contact: ["email"] } } },
    };
    // mid moves into the past (skipped), so the new step anchored on it with no delay is due at once.
    const b = {
      ...a,
      version: 2,
      steps: [
        a.steps[0],
        { ...a.steps[1], at: { after: "PT30M", from: { step: "first" } } },
        { id: "new", channel: "constructor", at: { after: "PT0S", from: { step: "mid" } } },
      ],
    };
    const history = [{ type: "touch", planId: "ctor", stepId: "first", channel: "email", attempt: 1, touchId: "c/ctor@1/first#1", at: START, outcome: "sent" }];
    const preview = previewMigration(a as never, b as never, [{ ...lead("c"), enrolledAt: START, history } as never], Date.parse(START) + HOUR, "by-step-id");
    expect(preview.totals.dueAtOnceByChannel).toEqual({ constructor: 1 });
  });

  it("agrees with what engine.migrate then does, on a store's scan, whenever the migration happens", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 * 24 * 60 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 36 }),
        async (offsets, hours) => {
          const { clock, store, engine } = await engineWithLeads(offsets, 0);
          clock.advance(hours * HOUR);
          await engine.runDue();
          const at = clock.now();
          const preview = await previewMigration(v1, v2, store.scan(), at, "by-step-id");
          const result = await engine.migrate("quick", 1, 2, { mode: "by-step-id" });
          expect(preview.totals.inFlight).toBe(result.leads);
          expect(preview.totals.skipped).toBe(result.skipped.length);
          for (const p of preview.leads) {
            const rec = (await store.get(p.leadId))?.record;
            expect(rec?.enrollments[0]?.planVersion).toBe(2);
            const appended = rec?.lead.history.filter((h) => h.type === "skip" && (h.reason === STEP_REMOVED || h.reason === MIGRATION_PAST_DUE));
            expect(appended).toEqual(p.skipped);
            // The engine sends what is due right after migrating, and what those sends make due at
            // once (a PT0S chain): exactly the preview's due steps, in order; then waits for its next.
            const sent = rec?.lead.history
              .filter((h) => h.type === "touch" && new Date(h.at).getTime() === at && h.touchId.includes("@2/"))
              .map((h) => (h.type === "touch" ? h.stepId : ""));
            expect(sent).toEqual(p.after.due);
            const after = evaluate(v2, rec!.lead, at);
            expect(after.due).toEqual([]);
            expect(after.next?.at ?? null).toBe(p.after.next?.at ?? null);
          }
        },
      ),
      { numRuns: 12, examples: [[[10], 0]] },
    );
  });

  it("ignores leads on another version or whose enrolment ended, and reads lists, iterables and async iterables", async () => {
    const { store, clock } = await engineWithLeads([0, 10], 0);
    const records: StoredLead[] = [];
    for await (const v of store.scan()) records.push(v.record);
    const first = records[0] as StoredLead;
    const second = records[1] as StoredLead;
    const other: StoredLead = { ...first, enrollments: first.enrollments.map((e) => ({ ...e, planVersion: 2 })) };
    const ended: StoredLead = { ...second, enrollments: second.enrollments.map((e) => ({ ...e, state: "done" as const })) };
    const listed = previewMigration(v1, v2, [...records, other, ended], clock.now(), "by-step-id");
    expect(listed.totals).toMatchObject({ inFlight: 2, ignored: 2 });
    function* gen() {
      yield* records;
    }
    expect(previewMigration(v1, v2, gen(), clock.now(), "by-step-id").totals).toEqual(
      listed.totals.inFlight === 2 ? { ...listed.totals, ignored: 0 } : listed.totals,
    );
  });

  it("leaves alone a plain lead whose cadence its history has already ended (a reply): counted as ended, nothing skipped", () => {
    const at = Date.parse(START) + 30 * MINUTE;
    const sms = {
      type: "touch" as const,
      planId: "quick",
      stepId: "sms-now",
      channel: "sms",
      attempt: 1,
      touchId: "r/quick@1/sms-now#1",
      at: START,
      outcome: "sent" as const,
    };
    const replied: LeadInput = { ...lead("r"), enrolledAt: START, history: [sms, { type: "inbound", channel: "sms", text: "Yes, call me", at: START }] };
    expect(evaluate(v1, replied, at).done?.reason).toBe("replied");
    const preview = previewMigration(v1, v2, [replied], at, "by-step-id");
    expect(preview.totals).toMatchObject({ inFlight: 0, ignored: 1, changed: 0, skipped: 0, dueAtOnce: 0 });
    expect(preview.leads).toEqual([]);
  });

  it("rejects bad arguments with typed errors", () => {
    const cases: (() => unknown)[] = [
      () => previewMigration(v1, v2, [], "yesterday", "by-step-id"),
      () => previewMigration(v1, v2, [], START, "sideways" as never),
      () => previewMigration(v1, { ...v2, id: "other" }, [], START, "by-step-id"),
      () => previewMigration(v1, v2, 42 as never, START, "by-step-id"),
    ];
    for (const c of cases) {
      let caught: unknown;
      try {
        c();
      } catch (error) {
        caught = error;
      }
      expect(isArgumentError(caught), String(caught)).toBe(true);
    }
  });
});
