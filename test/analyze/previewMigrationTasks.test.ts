import { describe, expect, it } from "vitest";
import { previewMigration } from "../../src/analyze/index.js";
import { createEngine, createManualClock, createMemoryStore, type Store } from "../../src/engine/index.js";
import type { PlanInput } from "../../src/plan/index.js";
import { HOUR, lead, quickPlan, recordingAdapter, START } from "../engine/fixtures.js";

// A task's touch is recorded when its outcome is, not at the instant it opens: a step at PT0S from
// it is not due when the task opens, in the engine nor in the preview.
const v1: PlanInput = quickPlan({
  steps: [
    { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
    { id: "call-1h", channel: "call", mode: "task", at: { after: "PT1H" } } as never,
    { id: "sms-after-call", channel: "sms", at: { after: "PT0S", from: { step: "call-1h", on: "touch" } } },
  ],
});
const v2: PlanInput = { ...v1, version: 2, steps: [...v1.steps, { id: "email-day-2", channel: "email", at: { after: "P1D" } }] };

describe("previewMigration and tasks", () => {
  it("does not follow a PT0S chain from a task that opens at the migration instant, as the engine does not", async () => {
    const clock = createManualClock(START);
    const store: Store = createMemoryStore();
    const engine = createEngine({ plans: [v1, v2], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock, store });
    await engine.enroll({ ...lead("a"), enrolledAt: START }, "quick", { version: 1 });
    await engine.runDue();
    clock.advance(HOUR);
    const at = clock.now();
    const preview = await previewMigration(v1, v2, store.scan(), at, "by-step-id");
    await engine.migrate("quick", 1, 2, { mode: "by-step-id" });
    const rec = (await store.get("a"))?.record;
    const sentAfter = rec?.lead.history.filter((h) => h.type === "touch" && Date.parse(String(h.at)) >= at).map((h) => (h.type === "touch" ? h.stepId : ""));
    const opened = Object.values(rec?.enrollments[0]?.pending ?? {}).map((p) => p.touch.stepId);
    expect(sentAfter).toEqual([]);
    expect(opened).toEqual(["call-1h"]);
    // The preview lists what the engine did: the task opened, nothing sent from it.
    expect(preview.leads[0]?.before.due).toEqual(["call-1h"]);
    expect(preview.leads[0]?.after.due).toEqual(["call-1h"]);
    expect(preview.leads[0]?.dueAtOnce).toEqual([]);
  });
});
