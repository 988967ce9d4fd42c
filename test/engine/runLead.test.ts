import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, createMemoryStore } from "../../src/engine/index.js";
import { ArgumentError } from "../../src/errors/index.js";
import { flush, lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

describe("engine.runLead", () => {
  it("performs what is due for that lead only, and nothing before it is due", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter();
    const email = recordingAdapter();
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email }, clock });
    await engine.enroll(lead("a"), "quick");
    await engine.enroll(lead("b"), "quick");
    expect(await engine.runLead("a")).toBe("ran");
    expect(email.calls).toHaveLength(0);
    clock.advance(5 * MINUTE);
    expect(await engine.runLead("a")).toBe("ran");
    expect(email.calls.map((c) => c.key)).toEqual(["a/quick@1/email-5m#1"]);
    expect(await engine.runLead("a")).toBe("ran");
    expect(email.calls).toHaveLength(1);
  });

  it("answers busy while another runner holds the lease, and that runner's send is not repeated", async () => {
    const clock = createManualClock(START);
    const store = createMemoryStore();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const sent: string[] = [];
    const adapters = (owner: string) => ({
      sms: { send: async (t: { id: string }) => (await gate, sent.push(`${owner}:${t.id}`), { status: "sent" as const }) },
      email: { send: () => ({ status: "sent" as const }) },
    });
    const a = createEngine({ plans: [quickPlan()], adapters: adapters("A"), store, clock, owner: "A" });
    const b = createEngine({ plans: [quickPlan()], adapters: adapters("B"), store, clock, owner: "B" });
    const enrolled = a.enroll(lead("x"), "quick");
    await flush();
    expect(await b.runLead("x")).toBe("busy");
    release();
    await enrolled;
    expect(await b.runLead("x")).toBe("ran");
    expect(sent).toEqual(["A:x/quick@1/sms-now#1"]);
  });

  it("answers absent for a lead the store does not hold, and rejects a malformed id", async () => {
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock: createManualClock(START) });
    expect(await engine.runLead("nobody")).toBe("absent");
    await expect(engine.runLead("" as string)).rejects.toBeInstanceOf(ArgumentError);
    await expect(engine.runLead(42 as unknown as string)).rejects.toThrow(/non-empty lead id of at most 512 characters, got 42 \(number\)/);
  });
});
