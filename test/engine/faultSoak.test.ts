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
import type { PlanInput } from "../../src/plan/index.js";
import { directOf, offerDirect } from "../../src/engine/recordHandoff.js";
import { parseTouchId } from "../../src/schedule/index.js";
import { mulberry32 } from "../../src/testing/prng.js";
import { HOUR, lead, MINUTE, START } from "./fixtures.js";

/** Leads in the soak: `LEAD_CADENCE_SOAK_LEADS=10000` for the full run. */
const LEADS = Number(process.env["LEAD_CADENCE_SOAK_LEADS"] ?? 300);
const DAY = 24 * HOUR;
const SMS_CAP = { max: 2, per: "24h" as const, channels: ["sms"] };
const QUIET = { from: "21:00", to: "08:00" };

function plan(id: string, version: number, steps: PlanInput["steps"]): PlanInput {
  return {
    id,
    version,
    name: id,
    timezone: "UTC",
    steps,
    exits: [{ on: "reply" }],
    policies: { caps: [SMS_CAP], quietHours: [QUIET] },
  } as PlanInput;
}
const alpha1 = plan("alpha", 1, [
  { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
  { id: "email-5m", channel: "email", at: { after: "PT5M" } },
  { id: "sms-1h", channel: "sms", at: { after: "PT1H" } },
]);
const alpha2 = { ...alpha1, version: 2 };
const beta = plan("beta", 1, [
  { id: "sms-10m", channel: "sms", at: { after: "PT10M" } },
  { id: "email-1d", channel: "email", at: { after: "P1D" } },
]);

interface Effect {
  readonly key: string;
  readonly leadId: string;
  readonly channel: string;
  /**
   * The instant the engine decided the attempt (`SendContext.decidedAt`): the engine's rules hold at
   * its decisions. The harness's clock jumps minutes between awaits while work started by a
   * background migration is still running, so the adapter may be reached a few virtual minutes later.
   */
  readonly at: number;
}

/**
 * One store shared by engine "processes"; each process sees it through a view that dies with it.
 * With `direct`, the view also offers the memory store's direct operations (as the memory store
 * itself does), with the same faults, so drives take the direct path.
 */
function faultyView(inner: Store, rng: () => number, faults: { on: boolean }, crash: () => void, direct: boolean): Store & { dead: boolean } {
  const view = {
    dead: false,
    alive() {
      if (view.dead) throw new Error("process is down");
    },
    async get(id: string) {
      view.alive();
      return inner.get(id);
    },
    async write(r: StoredLead, expected: number) {
      view.alive();
      const roll = faults.on ? rng() : 1;
      if (roll < 0.01) throw new Error("write failed before commit");
      const w = await inner.write(r, expected);
      if (roll < 0.02) throw new Error("write failed after commit");
      if (roll < 0.022) {
        crash();
        throw new Error("process died after the write");
      }
      return w;
    },
    async remove(id: string, v: number) {
      view.alive();
      return inner.remove(id, v);
    },
    async due(at: number, limit: number) {
      view.alive();
      return inner.due(at, limit);
    },
    async claim(id: string, o: string, u: number, n: number) {
      view.alive();
      return inner.claim(id, o, u, n);
    },
    async release(id: string, o: string) {
      view.alive();
      return inner.release(id, o);
    },
    scan() {
      view.alive();
      return inner.scan();
    },
  };
  const innerDirect = directOf(inner);
  if (direct && innerDirect !== undefined) {
    offerDirect(view, {
      read(id) {
        view.alive();
        return innerDirect.read(id);
      },
      claim(id, o, u, n) {
        view.alive();
        return innerDirect.claim(id, o, u, n);
      },
      write(r, expected) {
        view.alive();
        const roll = faults.on ? rng() : 1;
        if (roll < 0.01) throw new Error("write failed before commit");
        const w = innerDirect.write(r, expected);
        if (roll < 0.02) throw new Error("write failed after commit");
        if (roll < 0.022) {
          crash();
          throw new Error("process died after the write");
        }
        return w;
      },
      release(id, o) {
        view.alive();
        innerDirect.release(id, o);
      },
    });
  }
  return view;
}

for (const { direct, how } of [
  { direct: false, how: "through the Store methods" },
  { direct: true, how: "through the memory store's direct operations" },
]) {
  describe(`fault soak over ${LEADS} leads in two plans, ${how}`, () => {
    it("0 sends of one touch under two keys, 0 stalled, 0 lost; caps and quiet hours hold counting every send", { timeout: 1_800_000 }, async () => {
      const rng = mulberry32(Number(process.env["LEAD_CADENCE_SOAK_SEED"] ?? 11));
      const jitter = mulberry32(7);
      const clock = createManualClock(START);
      const inner = createMemoryStore();
      const faults = { on: true };
      const effects: Effect[] = [];
      const accepted = new Set<string>();
      let engine: Engine;
      let view: ReturnType<typeof faultyView>;
      let crashes = 0;
      let migrated = false;
      const reenrol: string[] = [];
      const counts = { sent: 0, retryable: 0, permanent: 0, thrown: 0, timeoutReported: 0, lost: 0, migrations: 0, reenrolments: 0 };

      const crash = (): void => {
        crashes++;
        view.dead = true;
      };
      /** The provider: idempotent by key (a repeated key is answered as sent, with no second effect). */
      /** The provider as one process reaches it: a dead process (its view of the store dead) sends nothing more. */
      const provider =
        (channel: string, own: { readonly dead: boolean }): ChannelAdapter["send"] =>
        (touch, _lead, ctx): SendResult => {
          if (own.dead) throw new Error("process is down");
          if (accepted.has(ctx.idempotencyKey)) return { status: "sent" };
          const roll = faults.on ? rng() : 1;
          if (roll < 0.05) return (counts.retryable++, { status: "failed", retryable: true, error: "503" });
          if (roll < 0.08) return (counts.permanent++, { status: "failed", retryable: false, error: "invalid number" });
          if (roll < 0.13) {
            counts.thrown++;
            throw new Error("socket hang up");
          }
          if (roll < 0.18) return (counts.timeoutReported++, { status: "failed", retryable: true, error: "timed out after 5000 ms" });
          accepted.add(ctx.idempotencyKey);
          effects.push({ key: ctx.idempotencyKey, leadId: touch.leadId, channel, at: ctx.decidedAt });
          if (!migrated && effects.length > LEADS / 2 && touch.planId === "alpha") {
            // A migration while this touch is in flight.
            migrated = true;
            counts.migrations++;
            void engine.migrate("alpha", 1, 2, { mode: "by-step-id" }).catch(() => undefined);
          }
          if (roll < 0.24) {
            // Accepted, then the answer is lost on the way back.
            counts.lost++;
            throw new Error("socket hang up after the provider accepted");
          }
          if (roll < 0.25) {
            crash();
            throw new Error("process died mid-send");
          }
          counts.sent++;
          return { status: "sent" };
        };
      const start = (): void => {
        view = faultyView(inner, rng, faults, crash, direct);
        const adapters = { sms: { send: provider("sms", view) }, email: { send: provider("email", view) } };
        engine = createEngine({
          plans: [alpha1, alpha2, beta],
          adapters,
          clock,
          store: view,
          leaseMs: 10 * MINUTE,
          sendTimeoutMs: 5000,
          retry: { attempts: 4, baseMs: MINUTE, maxMs: 10 * MINUTE, random: jitter },
          owner: `engine-${crashes}`,
        });
        engine.on("error", () => undefined);
        engine.on("lead:done", ({ leadId, planId }) => {
          if (planId === "alpha" && rng() < 0.3) reenrol.push(leadId);
        });
      };
      start();
      const restartIfDead = (): void => {
        if (view.dead) start();
      };
      const attempt = async (op: () => Promise<unknown>): Promise<void> => {
        try {
          await op();
        } catch {
          // A failed call: the store, the process or the engine said no; the soak only checks what happened.
        }
        restartIfDead();
      };

      /** The CRM retries an enrolment that failed (a store or process fault); `keep` makes a retry after a committed one harmless. */
      const enrol = async (id: string, planId: string, options: { version?: number } = {}): Promise<void> => {
        for (let tries = 0; tries < 10; tries++) {
          try {
            await engine.enroll(lead(id), planId, { ...options, ifActive: "keep" });
            return;
          } catch {
            restartIfDead();
          }
        }
      };
      for (let i = 0; i < LEADS; i++) {
        const id = `L${i}`;
        await enrol(id, "alpha", { version: 1 });
        await enrol(id, "beta");
        if (i % 50 === 49) {
          clock.advance(MINUTE);
          await attempt(() => engine.runDue());
        }
      }
      for (let t = 0; t < 3 * DAY; t += 5 * MINUTE) {
        clock.advance(5 * MINUTE);
        for (const id of reenrol.splice(0)) {
          counts.reenrolments++;
          await enrol(id, "alpha");
        }
        await attempt(() => engine.runDue());
      }
      // The faults stop; the engine finishes what is left.
      faults.on = false;
      for (let t = 0; t < 3 * DAY; t += 10 * MINUTE) {
        clock.advance(10 * MINUTE);
        await attempt(() => engine.runDue());
      }

      const records: StoredLead[] = [];
      for await (const v of inner.scan()) records.push(v.record);
      expect(records).toHaveLength(LEADS);

      // 0 sends of one touch under two keys: one key per (lead, enrolment, step, attempt).
      const keysOf = new Map<string, Set<string>>();
      for (const e of effects) {
        const p = parseTouchId(e.key);
        if (p === undefined) throw new Error(`bad key ${e.key}`);
        const logical = `${p.leadId}/${p.planId}:${p.sequence}/${p.stepId}#${p.attempt}`;
        const set = keysOf.get(logical) ?? new Set();
        set.add(e.key);
        keysOf.set(logical, set);
      }
      const twoKeys = [...keysOf.entries()].filter(([, s]) => s.size > 1);
      expect(twoKeys).toEqual([]);

      // 0 stalled: every enrolment ended; nothing pending; nothing due.
      const stalled = records.filter((r) => r.dueAt !== null || r.enrollments.some((e) => e.state === "active" || Object.keys(e.pending).length > 0));
      expect(stalled.map((r) => r.lead.id)).toEqual([]);

      // 0 lost: every send the provider accepted is in its lead's history under its key.
      const recorded = new Set<string>();
      for (const r of records) for (const h of r.lead.history) if (h.type === "touch") recorded.add(h.touchId);
      const lost = effects.filter((e) => !recorded.has(e.key));
      expect(lost).toEqual([]);

      // Caps and quiet hours hold, counting every send that reached the lead.
      const smsByLead = new Map<string, number[]>();
      // The leads' phones (+1 212) put them in New York: quiet hours are read on that clock.
      const localHour = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", hourCycle: "h23" });
      for (const e of effects) {
        const hour = Number(localHour.format(e.at));
        expect(hour >= 8 && hour < 21, `${e.key} at ${new Date(e.at).toISOString()} (${hour}h in New York)`).toBe(true);
        if (e.channel === "sms") smsByLead.set(e.leadId, [...(smsByLead.get(e.leadId) ?? []), e.at]);
      }
      for (const [leadId, times] of smsByLead) {
        for (const t of times) {
          const n = times.filter((u) => u > t - DAY && u <= t).length;
          expect(n, leadId).toBeLessThanOrEqual(SMS_CAP.max);
        }
      }

      expect(crashes).toBeGreaterThan(0);
      expect(counts.migrations).toBe(1);
      expect(counts.reenrolments).toBeGreaterThan(0);
      expect(records.some((r) => r.enrollments.some((e) => e.id === "alpha:2"))).toBe(true);
      console.info(
        `soak ${LEADS} leads${direct ? " (direct)" : ""}: ${effects.length} sends accepted, ${JSON.stringify(counts)}, ${crashes} crash-restarts, ${keysOf.size} touches; 0 under two keys, 0 stalled, 0 lost`,
      );
    });
  });
}
