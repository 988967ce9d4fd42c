import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createEngine,
  createManualClock,
  createMemoryStore,
  type ChannelAdapter,
  type SendResult,
  type Store,
  type StoredLead,
} from "../../src/engine/index.js";
import { directOf, keepOffered, offerDirect } from "../../src/engine/recordHandoff.js";
import { dealerPlan, HOUR, lead, MINUTE, START } from "./fixtures.js";

/**
 * The memory store, plus a check of the handoff's invariants: every record the engine offers to keep
 * (see `recordHandoff.ts`), and every record of the store's own it reads to drive a lead, is
 * remembered with a JSON snapshot taken then, and must still match it at the end — the engine never
 * changes an object a store may keep uncopied, nor one the store shares with it. With `direct`, it
 * offers the memory store's direct operations too, as the memory store itself does.
 */
function checkingStore(direct: boolean): Store & { kept: { record: StoredLead; json: string }[]; shared: { record: StoredLead; json: string }[] } {
  const inner = createMemoryStore();
  const innerDirect = directOf(inner);
  if (innerDirect === undefined) throw new Error("the memory store offers its direct operations");
  const kept: { record: StoredLead; json: string }[] = [];
  const shared: { record: StoredLead; json: string }[] = [];
  // Taken here, synchronously within the engine's write call, as the memory store does.
  const check = (record: StoredLead): void => {
    if (keepOffered(record)) kept.push({ record, json: JSON.stringify(record) });
  };
  const store: Store & { kept: typeof kept; shared: typeof shared } = {
    kept,
    shared,
    get: (id) => inner.get(id),
    write(record, expected) {
      check(record);
      return inner.write(record, expected);
    },
    remove: (id, v) => inner.remove(id, v),
    due: (at, limit) => inner.due(at, limit),
    claim: (id, owner, until, now) => inner.claim(id, owner, until, now),
    release: (id, owner) => inner.release(id, owner),
    scan: () => inner.scan(),
  };
  if (direct) {
    offerDirect(store, {
      read(id) {
        const cur = innerDirect.read(id);
        if (cur !== undefined) shared.push({ record: cur.record, json: JSON.stringify(cur.record) });
        return cur;
      },
      claim: (id, owner, until, now) => innerDirect.claim(id, owner, until, now),
      write(record, expected) {
        check(record);
        return innerDirect.write(record, expected);
      },
      release: (id, owner) => innerDirect.release(id, owner),
    });
  }
  return store;
}

type Answer = "sent" | "retryable" | "permanent" | "deferred" | "throw" | "malformed";
const ANSWERS: readonly Answer[] = ["sent", "retryable", "permanent", "deferred", "throw", "malformed"];

describe("record handoff", () => {
  it("never changes a record offered to the store, nor one the store shares to drive a lead, whatever the adapters answer, synchronously or not", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...ANSWERS), fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        async (answers, listen, direct) => {
          const clock = createManualClock(START);
          const store = checkingStore(direct);
          let n = 0;
          const answer = (): SendResult => {
            const [kind] = answers[n++ % answers.length] as [Answer, boolean];
            if (kind === "throw") throw new Error("provider down");
            if (kind === "retryable") return { status: "failed", retryable: true, error: "busy" };
            if (kind === "permanent") return { status: "failed", retryable: false, error: "invalid number" };
            if (kind === "deferred") return { status: "deferred", retryAt: clock.now() + 5 * MINUTE, reason: "rate limit" };
            if (kind === "malformed") return { status: "maybe" } as unknown as SendResult;
            return { status: "sent", providerId: `p${n}` };
          };
          const adapter: ChannelAdapter = {
            send() {
              const later = (answers[n % answers.length] as [Answer, boolean])[1];
              return later ? Promise.resolve().then(answer) : answer();
            },
          };
          const engine = createEngine({ plans: [dealerPlan()], adapters: { sms: adapter, email: adapter, whatsapp: adapter }, store, clock });
          if (listen) engine.on("touch:sent", () => {});
          engine.on("error", () => {});
          for (let i = 0; i < 3; i++) await engine.enroll(lead(`L${i}`), "dealer-speed-to-lead");
          for (let t = 0; t < 40; t++) {
            clock.advance(6 * HOUR);
            await engine.runDue();
          }
          expect(store.kept.length).toBeGreaterThan(0);
          for (const k of store.kept) expect(JSON.stringify(k.record)).toBe(k.json);
          if (direct) expect(store.shared.length).toBeGreaterThan(0);
          for (const k of store.shared) expect(JSON.stringify(k.record)).toBe(k.json);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("a record nobody offered is copied: changing it after the write changes nothing stored", async () => {
    const store = createMemoryStore();
    const engine = createEngine({
      plans: [dealerPlan()],
      adapters: { sms: { send: () => ({ status: "sent" }) }, email: { send: () => ({ status: "sent" }) }, whatsapp: { send: () => ({ status: "sent" }) } },
      store,
      clock: createManualClock(START),
    });
    await engine.enroll(lead("a"), "dealer-speed-to-lead");
    const cur = await store.get("a");
    if (cur === undefined) throw new Error("not stored");
    const record = JSON.parse(JSON.stringify(cur.record)) as StoredLead;
    expect((await store.write(record, cur.version)).ok).toBe(true);
    (record.lead.history as unknown[]).length = 0;
    expect((await store.get("a"))?.record.lead.history.length).toBe(cur.record.lead.history.length);
  });
});
