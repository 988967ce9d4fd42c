import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { isLeadValidationError } from "../../src/errors/index.js";
import { evaluate } from "../../src/index.js";
import type { PlanInput } from "../../src/plan/index.js";
import { lead, quickPlan, recordingAdapter, START } from "./fixtures.js";

/** SMS now and email at five minutes; listed on us-tx-state, an inquiry (`lastInquiryAt`) exempts; us-federal's rules too. */
function plan(): PlanInput {
  return quickPlan({
    compliance: ["us-federal"],
    policies: {
      doNotCall: {
        registries: { "us-tx-state": { channels: ["call", "sms"], exemptions: [{ basis: "inquiry", for: "P3M", attributes: ["lastInquiryAt"] }] } },
      },
    },
  } as Partial<PlanInput>);
}

async function setUp(extra: Record<string, unknown>) {
  const clock = createManualClock(START);
  const errors: unknown[] = [];
  const engine = createEngine({ plans: [plan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock });
  engine.on("error", ({ error }) => errors.push(error));
  await engine.enroll(lead("a", { address: { country: "US" }, ...extra }), "quick");
  return { engine, clock, errors };
}

describe("do-not-call exemption evidence the engine stores", () => {
  it("updateLead refuses evidence a plan's exemption reads that is no instant, on a listed lead: LeadValidationError at its path, nothing stored", async () => {
    const cases: [Record<string, unknown>, Record<string, unknown>, string][] = [
      [{ dncRegistries: [{ registry: "us-tx-state" }] }, { attributes: { lastInquiryAt: "2026-03-09T14:00:00+24:00" } }, "lastInquiryAt"],
      [{ dncRegistries: [{ registry: "us-national" }] }, { attributes: { lastPurchaseAt: "2024-05-01" } }, "lastPurchaseAt"],
      [{ dncRegistries: [{ registry: "us-national" }] }, { attributes: { lastTransactionAt: 1773064800000 } }, "lastTransactionAt"],
      // The listing added to a lead whose evidence is no instant.
      [{ attributes: { lastInquiryAt: "last week" } }, { dncRegistries: [{ registry: "us-tx-state" }] }, "lastInquiryAt"],
    ];
    for (const [stored, changes, name] of cases) {
      const { engine, errors } = await setUp(stored);
      const before = await engine.get("a");
      const error = await engine.updateLead("a", changes).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isLeadValidationError(error), `${JSON.stringify(changes)}: ${String(error)}`).toBe(true);
      expect((error as { issues: { path: unknown[] }[] }).issues.map((i) => i.path)).toEqual([["attributes", name]]);
      expect(await engine.get("a")).toEqual(before);
      expect(errors).toEqual([]);
    }
  });

  it("accepts an instant, null, or evidence on a lead with no listing; the lead stays decidable", async () => {
    const { engine, clock, errors } = await setUp({ dncRegistries: [{ registry: "us-national" }] });
    await engine.updateLead("a", { attributes: { lastPurchaseAt: "2026-01-05T10:00:00-05:00", lastInquiryAt: null } });
    const { engine: unlisted } = await setUp({});
    await unlisted.updateLead("a", { attributes: { lastPurchaseAt: "2024-05-01" } });
    for (const e of [engine, unlisted]) {
      const stored = (await e.get("a"))?.record.lead;
      expect(() => evaluate(plan(), stored as never, clock.now())).not.toThrow();
    }
    expect(errors).toEqual([]);
  });
});
