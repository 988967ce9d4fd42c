import { describe, expect, it } from "vitest";
import {
  createEngine,
  createManualClock,
  createMemoryStore,
  type ChannelAdapter,
  type Engine,
  type SendResult,
  type Store,
  type StoredLead,
} from "../../src/engine/index.js";
import { flush, lead, quickPlan } from "./fixtures.js";
import { mulberry32 } from "../../src/testing/prng.js";

/** A store that "crashes the process" on a write recording a touch the provider has just performed. */
class CrashingStore implements Store {
  dead = false;
  constructor(
    private readonly inner: Store,
    private readonly shouldCrash: (record: StoredLead) => boolean,
  ) {}
  private alive(): void {
    if (this.dead) throw new Error("process is down");
  }
  async get(id: string) {
    this.alive();
    return this.inner.get(id);
  }
  async write(record: StoredLead, expected: number) {
    this.alive();
    if (this.shouldCrash(record)) {
      this.dead = true;
      throw new Error("crash between send and store write");
    }
    return this.inner.write(record, expected);
  }
  async remove(id: string, expected: number) {
    this.alive();
    return this.inner.remove(id, expected);
  }
  async due(at: number, limit: number) {
    this.alive();
    return this.inner.due(at, limit);
  }
  async claim(id: string, owner: string, until: number, now: number) {
    this.alive();
    return this.inner.claim(id, owner, until, now);
  }
  async release(id: string, owner: string) {
    this.alive();
    return this.inner.release(id, owner);
  }
  scan() {
    this.alive();
    return this.inner.scan();
  }
}

describe("fault injection over 10,000 leads", () => {
  it("performs every touch, always with the same key, with zero duplicate effects and zero lost touches", async () => {
    const N = 10_000;
    const clock = createManualClock("2026-03-09T14:00:00Z");
    const random = mulberry32(7);
    const inner = createMemoryStore();
    const effects = new Map<string, number>();
    const calls = new Map<string, number>();
    const keyMismatches: string[] = [];
    const justPerformed = new Set<string>();
    let crashes = 0;
    const crashedKeys: string[] = [];

    /** An idempotent provider behind a flaky network: fails, throws, hangs, answers slowly, or performs and then hangs. */
    const provider: ChannelAdapter = {
      timeoutMs: 5000,
      async send(touch, _lead, { idempotencyKey, signal }) {
        if (idempotencyKey !== touch.id) keyMismatches.push(idempotencyKey);
        calls.set(idempotencyKey, (calls.get(idempotencyKey) ?? 0) + 1);
        const perform = (): SendResult => {
          if (!effects.has(idempotencyKey)) {
            effects.set(idempotencyKey, 1);
            justPerformed.add(idempotencyKey);
          }
          return { status: "sent", providerId: `p-${idempotencyKey}` };
        };
        const r = random();
        if (r < 0.3) return { status: "failed", retryable: true, error: "503" };
        if (r < 0.35) throw new Error("socket hang up");
        if (r < 0.38) return new Promise<SendResult>(() => undefined);
        if (r < 0.41) {
          perform();
          return new Promise<SendResult>((_res, rej) => signal.addEventListener("abort", () => rej(new Error("aborted"))));
        }
        if (r < 0.46) return new Promise<SendResult>((res) => clock.setTimeout(() => res(perform()), 2000));
        return perform();
      },
    };

    const shouldCrash = (record: StoredLead): boolean => {
      if (crashes >= 20) return false;
      for (const h of record.lead.history) {
        if (h.type === "touch" && justPerformed.has(h.touchId)) {
          justPerformed.delete(h.touchId);
          if (random() < 0.05) {
            crashes++;
            crashedKeys.push(h.touchId);
            return true;
          }
        }
      }
      return false;
    };

    const plan = quickPlan({
      steps: [
        { id: "sms-1m", channel: "sms", at: { after: "PT1M" } },
        { id: "email-6m", channel: "email", at: { after: "PT6M" } },
      ],
    });
    const start = (store: Store): Engine =>
      createEngine({
        plans: [plan],
        adapters: { sms: provider, email: provider },
        store,
        clock,
        concurrency: 64,
        leaseMs: 30_000,
        retry: { attempts: 30, baseMs: 1000, maxMs: 20_000, random },
      });

    let store = new CrashingStore(inner, shouldCrash);
    let engine = start(store);
    for (let i = 0; i < N; i++) await engine.enroll(lead(`L${i}`), "quick");

    let restarts = 0;
    for (let pass = 0; pass < 400; pass++) {
      let settled = false;
      const run = engine
        .runDue()
        .catch(() => undefined)
        .finally(() => (settled = true));
      while (!settled) {
        await flush();
        if (!settled) clock.advance(1000);
      }
      await run;
      if (store.dead) {
        // Restart: a new process, a new runner id, the same durable store; old leases run out.
        restarts++;
        store = new CrashingStore(inner, shouldCrash);
        engine = start(store);
        clock.advance(30_001);
        continue;
      }
      if ((await inner.due(clock.now() + 3_600_000, 1)).length === 0) break;
      clock.advance(15_000);
    }

    let touches = 0;
    let states = 0;
    for await (const { record } of inner.scan()) {
      if (record.enrollments[0]?.state === "done") states++;
      for (const h of record.lead.history) {
        if (h.type !== "touch") continue;
        touches++;
        expect(h.outcome).toBe("sent");
        expect(effects.get(h.touchId)).toBe(1);
      }
    }
    expect(crashes).toBeGreaterThan(0);
    expect(restarts).toBe(crashes);
    expect(states).toBe(N);
    expect(touches).toBe(2 * N);
    expect(effects.size).toBe(2 * N);
    expect([...effects.values()].every((n) => n === 1)).toBe(true);
    expect(keyMismatches).toEqual([]);
    expect([...calls.values()].some((n) => n > 1)).toBe(true);
    // A touch performed just before a crash is sent again after the restart, with the same key.
    for (const key of crashedKeys) expect(calls.get(key)).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
