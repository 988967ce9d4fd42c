/**
 * A new version of a plan while leads are in it, in virtual time: what changed (`diffPlans`), what
 * moving the leads in flight would do (`previewMigration`, nothing touched), then `engine.migrate`
 * doing it. Run: npx tsx examples/plan-migration.ts
 */
import { readFileSync } from "node:fs";
import { diffPlans, formatMigrationPreview, formatPlanDiff, previewMigration } from "../src/analyze/index.js";
import { createEngine, createManualClock, createMemoryStore, type ChannelAdapter, type PlanInput } from "../src/index.js";

const v1 = JSON.parse(readFileSync(new URL("./plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput;
// v2: the intro SMS 2 minutes after the first call's outcome instead of 5, no personal video on day 2.
const v2: PlanInput = {
  ...v1,
  version: 2,
  steps: v1.steps.filter((s) => s.id !== "video-day-2").map((s) => (s.id === "sms-intro" ? { ...s, at: { ...s.at, after: "PT2M" } } : s)),
};
console.log(formatPlanDiff(diffPlans(v1, v2)));

const clock = createManualClock("2026-03-09T14:00:00Z"); // Monday 10:00 in New York
const sent: string[] = [];
const adapter: ChannelAdapter = {
  send(touch) {
    sent.push(`${new Date(clock.now()).toISOString().slice(11, 16)}Z ${touch.id}`);
    return { status: "sent" };
  },
};
const store = createMemoryStore();
const engine = createEngine({ plans: [v1, v2], adapters: { sms: adapter, email: adapter, whatsapp: adapter }, store, clock });

// Three leads on v1, a minute apart; the rep calls each at once, no answer: each SMS counts from then.
for (const n of [1, 2, 3]) {
  await engine.enroll(
    { id: `lead-${n}`, timezone: "America/New_York", contacts: { phone: `+1212555010${n}`, email: `lead${n}@example.com` } },
    "dealer-speed-to-lead",
    { version: 1 },
  );
  await engine.complete(`lead-${n}/dealer-speed-to-lead@1/call-now#1`, "no_answer");
  clock.advance(60_000);
}

// Three minutes in, under v2's timing lead-1's SMS (2 minutes after its call) is in the past:
// the migration skips it rather than send a burst of late touches. Lead-2's falls due at this
// instant and goes at once; lead-3's is a minute away.
const at = clock.now();
console.log(`\n${formatMigrationPreview(await previewMigration(v1, v2, store.scan(), at, "by-step-id"))}`);
const result = await engine.migrate("dealer-speed-to-lead", 1, 2, { mode: "by-step-id" });
console.log(`\nmigrated ${result.leads} leads; skipped: ${result.skipped.map((s) => `${s.stepId} (${s.reason})`).join(", ")}`);
await engine.runDue();
clock.advance(60_000);
await engine.runDue();
console.log(`sent:\n  ${sent.join("\n  ")}`);
