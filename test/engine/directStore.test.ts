import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, createMemoryStore, type Store } from "../../src/engine/index.js";
import { directOf, offerDirect } from "../../src/engine/recordHandoff.js";
import { lead, MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

/** Another store object that passes every `Store` call to `inner` (`onGet` runs before each `get`). */
function wrapping(inner: Store, onGet: () => void = () => {}): Store {
  return {
    get: (id) => (onGet(), inner.get(id)),
    write: (record, expected) => inner.write(record, expected),
    remove: (id, v) => inner.remove(id, v),
    due: (at, limit) => inner.due(at, limit),
    claim: (id, owner, until, now) => inner.claim(id, owner, until, now),
    release: (id, owner) => inner.release(id, owner),
    scan: () => inner.scan(),
  };
}

/**
 * The memory store with its direct operations offered (as the memory store itself does), whose
 * direct writes throw on the calls `failing` names: `"after"` once the write is stored (a commit
 * whose answer is lost), `"before"` without storing it.
 */
function throwingDirect(failing: (n: number) => "after" | "before" | undefined): Store {
  const inner = createMemoryStore();
  const direct = directOf(inner);
  if (direct === undefined) throw new Error("the memory store offers its direct operations");
  const store = wrapping(inner);
  let n = 0;
  offerDirect(store, {
    read: (id) => direct.read(id),
    claim: (id, owner, until, now) => direct.claim(id, owner, until, now),
    write(record, expected) {
      const fault = failing(++n);
      if (fault === "before") throw new Error("connection reset before the write");
      const result = direct.write(record, expected);
      if (fault === "after") throw new Error("connection reset after the write");
      return result;
    },
    release: (id, owner) => direct.release(id, owner),
  });
  return store;
}

describe("a store's direct operations", () => {
  for (const fault of ["after", "before"] as const) {
    it(`a direct write that throws ${fault} storing is recovered as a write through the Store is: every touch sent once, recorded`, async () => {
      const clock = createManualClock(START);
      const sms = recordingAdapter();
      const email = recordingAdapter();
      // Once the leads are enrolled, every third direct write fails.
      let on = false;
      const store = throwingDirect((n) => (on && n % 3 === 0 ? fault : undefined));
      const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email }, store, clock });
      const errors: unknown[] = [];
      engine.on("error", ({ error }) => errors.push(error));
      for (let i = 0; i < 20; i++) await engine.enroll(lead(`L${i}`), "quick");
      on = true;
      clock.advance(5 * MINUTE);
      await engine.runDue();
      expect(errors).toEqual([]);
      const keys = [...sms.calls, ...email.calls].map((c) => c.key);
      expect(keys.length).toBe(40);
      expect(new Set(keys).size).toBe(40);
      for (let i = 0; i < 20; i++) {
        const history = (await store.get(`L${i}`))?.record.lead.history ?? [];
        expect(history.filter((h) => h.type === "touch" && h.outcome === "sent").length).toBe(2);
      }
    });
  }

  it("a direct write that keeps the record and then throws leaves the kept record unchanged until the next write", async () => {
    const clock = createManualClock(START);
    const sms = recordingAdapter();
    const email = recordingAdapter();
    const inner = createMemoryStore();
    const direct = directOf(inner);
    if (direct === undefined) throw new Error("the memory store offers its direct operations");
    // The store's record as each write left it: it must read the same at every later operation until the next write.
    const written = new Map<string, { version: number; json: string }>();
    const changed: string[] = [];
    const check = () => {
      for (const [id, w] of written) {
        const now = direct.read(id);
        if (now !== undefined && now.version === w.version && JSON.stringify(now.record) !== w.json) changed.push(`${id}@${w.version}`);
      }
    };
    const snapshot = (id: string) => {
      const now = direct.read(id);
      if (now !== undefined) written.set(id, { version: now.version, json: JSON.stringify(now.record) });
    };
    let on = false;
    let n = 0;
    const store = wrapping(inner, check);
    offerDirect(store, {
      read: (id) => (check(), direct.read(id)),
      claim: (id, owner, until, now) => (check(), direct.claim(id, owner, until, now)),
      write(record, expected) {
        check();
        const result = direct.write(record, expected);
        snapshot(record.lead.id);
        if (on && ++n % 2 === 1) throw new Error("connection reset after the write");
        return result;
      },
      release: (id, owner) => (check(), direct.release(id, owner)),
    });
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email }, store, clock });
    engine.on("error", () => {});
    for (let i = 0; i < 10; i++) await engine.enroll(lead(`L${i}`), "quick");
    on = true;
    clock.advance(5 * MINUTE);
    await engine.runDue();
    check();
    expect(changed).toEqual([]);
  });
});
