import type { Enrollment, Store, StoredLead } from "../engine/store.js";
import { canonicalJson } from "../primitives/canonicalJson.js";
import { instantMs } from "../primitives/index.js";

/** One conformance check, run against a fresh store. It throws when the store misbehaves. */
export interface StoreConformanceCase {
  readonly name: string;
  run(store: Store): Promise<void>;
}

/** The test-runner functions `storeConformance` registers its cases with (vitest, jest, node:test). */
export interface ConformanceRunner {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void>): void;
}

/**
 * Registers the store conformance suite with a test runner: every case runs against a fresh store
 * from `create`. Any store the engine runs on (SQL, Redis, ...) must pass it.
 * @example
 * import { describe, it } from "vitest";
 * import { storeConformance } from "lead-cadence/testing";
 * storeConformance("my store", () => createMyStore(), { describe, it });
 */
export function storeConformance(label: string, create: () => Store | Promise<Store>, runner: ConformanceRunner): void {
  runner.describe(`store conformance: ${label}`, () => {
    for (const c of storeConformanceCases) runner.it(c.name, async () => c.run(await create()));
  });
}

/** Runs every case without a test runner; resolves with the failures (empty when the store conforms). */
export async function checkStoreConformance(create: () => Store | Promise<Store>): Promise<{ name: string; error: unknown }[]> {
  const failures: { name: string; error: unknown }[] = [];
  for (const c of storeConformanceCases) {
    try {
      await c.run(await create());
    } catch (error) {
      failures.push({ name: c.name, error });
    }
  }
  return failures;
}

/** A minimal stored lead (record format 2) for conformance checks: one enrolment, with `extra` fields of it. */
export function conformanceLead(id: string, dueAt: number | null, extra: Partial<Enrollment> = {}): StoredLead {
  return {
    format: 2,
    lead: { id, enrolledAt: "2026-01-05T14:00:00.000Z", contacts: { phone: "+15550100" }, consent: {}, optOuts: [], attributes: { n: 1 }, history: [] },
    enrollments: [
      {
        id: "plan",
        planId: "plan",
        planVersion: 1,
        sequence: 1,
        state: "active",
        enrolledAt: "2026-01-05T14:00:00.000Z",
        historyStart: 0,
        pending: {},
        ...extra,
      },
    ],
    dueAt,
  };
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(`Store conformance: ${message}`);
}

/** Compares by value: object keys in any order (a `jsonb` column hands them back reordered), arrays in order. */
function same(a: unknown, b: unknown, message: string): void {
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  check(x === y, `${message}: expected ${y}, got ${x}`);
}

const T = instantMs("2026-01-05T14:00:00Z");

/** The cases, in order. */
export const storeConformanceCases: readonly StoreConformanceCase[] = [
  {
    name: "get of an unknown lead is undefined",
    async run(store) {
      check((await store.get("nobody")) === undefined, "get('nobody') should be undefined");
    },
  },
  {
    name: "create writes version 1 and reads back what was written",
    async run(store) {
      const rec = conformanceLead("a", T, {
        pending: {
          k: {
            touch: {
              id: "a/plan@1/s#1",
              leadId: "a",
              planId: "plan",
              planVersion: 1,
              stepId: "s",
              channel: "sms",
              attempt: 1,
              dueAt: "2026-01-05T14:00:00.000Z",
              mode: "auto",
            },
            since: T,
            attempts: 1,
            sendingSince: T,
          },
        },
      });
      same(await store.write(rec, 0), { ok: true, version: 1 }, "first write");
      const got = await store.get("a");
      check(got !== undefined, "written lead should be found");
      same(got?.version, 1, "version");
      same(got?.record, rec, "record");
    },
  },
  {
    name: "create fails when the lead exists, and changes nothing",
    async run(store) {
      await store.write(conformanceLead("a", T), 0);
      const r = await store.write(conformanceLead("a", T + 1, { planId: "other" }), 0);
      same(r, { ok: false, version: 1 }, "second create");
      same((await store.get("a"))?.record.enrollments[0]?.planId, "plan", "record after a refused create");
    },
  },
  {
    name: "compare-and-set refuses a stale version and never overwrites",
    async run(store) {
      await store.write(conformanceLead("a", T), 0);
      same(await store.write(conformanceLead("a", T, { planVersion: 2 }), 1), { ok: true, version: 2 }, "write at version 1");
      same(await store.write(conformanceLead("a", T, { planVersion: 3 }), 1), { ok: false, version: 2 }, "stale write");
      same(await store.write(conformanceLead("a", T, { planVersion: 3 }), 7), { ok: false, version: 2 }, "future version");
      same((await store.get("a"))?.record.enrollments[0]?.planVersion, 2, "record after stale writes");
    },
  },
  {
    name: "a write to an absent lead with a non-zero version is a conflict",
    async run(store) {
      same(await store.write(conformanceLead("a", T), 3), { ok: false, version: 0 }, "write to absent lead");
      check((await store.get("a")) === undefined, "nothing should be created");
    },
  },
  {
    name: "of concurrent writes at the same version exactly one wins",
    async run(store) {
      await store.write(conformanceLead("a", T), 0);
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.write(conformanceLead("a", T, { planVersion: 10 + i }), 1)));
      same(results.filter((r) => r.ok).length, 1, "winners");
      const got = await store.get("a");
      same(got?.version, 2, "version after the race");
      const winner = results.findIndex((r) => r.ok);
      same(got?.record.enrollments[0]?.planVersion, 10 + winner, "the winner's record is stored");
    },
  },
  {
    name: "records are not aliased: mutating what was written or read changes nothing stored",
    async run(store) {
      const rec = conformanceLead("a", T);
      await store.write(rec, 0);
      rec.lead.history.push({ type: "status", status: "x", at: "2026-01-05T14:00:00.000Z" });
      const got = await store.get("a");
      same(got?.record.lead.history.length, 0, "history after mutating the written object");
      got?.record.lead.history.push({ type: "status", status: "y", at: "2026-01-05T14:00:00.000Z" });
      same((await store.get("a"))?.record.lead.history.length, 0, "history after mutating a read object");
    },
  },
  {
    name: "due lists leads due at or before the instant, oldest first, up to the limit",
    async run(store) {
      await store.write(conformanceLead("c", T + 3000), 0);
      await store.write(conformanceLead("a", T + 1000), 0);
      await store.write(conformanceLead("b", T + 2000), 0);
      await store.write(conformanceLead("late", T + 60_000), 0);
      await store.write(conformanceLead("idle", null), 0);
      same(await store.due(T + 3000, 10), ["a", "b", "c"], "due at T+3s");
      same(await store.due(T + 3000, 2), ["a", "b"], "limit 2");
      same(await store.due(T, 10), [], "nothing due at T");
      same(await store.due(T + 60_000, 10), ["a", "b", "c", "late"], "due at T+60s");
    },
  },
  {
    name: "due follows rewrites of dueAt and lists each lead once",
    async run(store) {
      await store.write(conformanceLead("a", T + 1000), 0);
      await store.write(conformanceLead("b", T + 2000), 0);
      await store.write(conformanceLead("a", T + 5000), 1);
      same(await store.due(T + 3000, 10), ["b"], "after moving a later");
      await store.write(conformanceLead("a", T + 1000), 2);
      same(await store.due(T + 3000, 10), ["a", "b"], "after moving a back");
      await store.write(conformanceLead("b", null), 1);
      same(await store.due(T + 10_000, 10), ["a"], "after clearing b");
      await store.write(conformanceLead("a", T + 1000), 3);
      same(await store.due(T + 10_000, 10), ["a"], "after rewriting the same dueAt");
    },
  },
  {
    name: "due keeps its order over many leads",
    async run(store) {
      const n = 300;
      const order = Array.from({ length: n }, (_, i) => (i * 7919) % n);
      for (const i of order) await store.write(conformanceLead(`l${i}`, T + i * 10), 0);
      const got = await store.due(T + n * 10, n);
      same(
        got,
        Array.from({ length: n }, (_, i) => `l${i}`),
        "ids in dueAt order",
      );
      same((await store.due(T + n * 10, 50)).length, 50, "limit");
    },
  },
  {
    name: "a lease is exclusive until it expires or is released; its owner may renew it",
    async run(store) {
      check(await store.claim("a", "one", T + 1000, T), "first claim should succeed (the lead need not exist)");
      check(!(await store.claim("a", "two", T + 1000, T + 500)), "a held lease must refuse another owner");
      check(await store.claim("a", "one", T + 2000, T + 500), "the owner may renew");
      check(!(await store.claim("a", "two", T + 3000, T + 1500)), "the renewed lease must still hold");
      check(await store.claim("a", "two", T + 4000, T + 2000), "an expired lease may be taken");
      await store.release("a", "one");
      check(!(await store.claim("a", "one", T + 4000, T + 2500)), "release by a non-owner must do nothing");
      await store.release("a", "two");
      check(await store.claim("a", "one", T + 4000, T + 2500), "a released lease may be taken");
    },
  },
  {
    name: "of concurrent claims exactly one wins",
    async run(store) {
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.claim("a", `owner-${i}`, T + 1000, T)));
      same(results.filter(Boolean).length, 1, "winners");
    },
  },
  {
    name: "remove at the stored version deletes the lead: get, due and scan no longer see it",
    async run(store) {
      await store.write(conformanceLead("a", T), 0);
      await store.write(conformanceLead("a", T + 1000), 1);
      await store.write(conformanceLead("b", T + 500), 0);
      same(await store.remove("a", 2), { ok: true, version: 0 }, "remove at version 2");
      check((await store.get("a")) === undefined, "a removed lead should not be found");
      same(await store.due(T + 60_000, 10), ["b"], "due after the remove");
      const seen: string[] = [];
      for await (const v of store.scan()) seen.push(v.record.lead.id);
      same(seen, ["b"], "scan after the remove");
    },
  },
  {
    name: "remove refuses a stale or future version and changes nothing",
    async run(store) {
      await store.write(conformanceLead("a", T), 0);
      await store.write(conformanceLead("a", T, { planVersion: 2 }), 1);
      same(await store.remove("a", 1), { ok: false, version: 2 }, "stale remove");
      same(await store.remove("a", 9), { ok: false, version: 2 }, "future remove");
      const got = await store.get("a");
      same(got?.version, 2, "version after refused removes");
      same(got?.record.enrollments[0]?.planVersion, 2, "record after refused removes");
      same(await store.due(T, 10), ["a"], "due after refused removes");
    },
  },
  {
    name: "remove of an absent lead reports version 0 (ok only when 0 was expected)",
    async run(store) {
      same(await store.remove("nobody", 3), { ok: false, version: 0 }, "remove of an absent lead at version 3");
      same(await store.remove("nobody", 0), { ok: true, version: 0 }, "remove of an absent lead at version 0");
      await store.write(conformanceLead("a", T), 0);
      same(await store.remove("a", 0), { ok: false, version: 1 }, "remove at version 0 of a present lead");
      check((await store.get("a")) !== undefined, "the lead must still be there");
    },
  },
  {
    name: "after a remove the lead can be created again at version 0, and stale writes stay refused",
    async run(store) {
      await store.write(conformanceLead("a", T), 0);
      await store.write(conformanceLead("a", T), 1);
      await store.remove("a", 2);
      same(await store.write(conformanceLead("a", T, { planVersion: 5 }), 2), { ok: false, version: 0 }, "write at the removed version");
      check((await store.get("a")) === undefined, "a stale write must not resurrect the lead");
      const created = await store.write(conformanceLead("a", T + 10, { planVersion: 7 }), 0);
      check(created.ok && created.version > 2, `create after the remove: expected ok above version 2, got ${JSON.stringify(created)}`);
      const got = await store.get("a");
      same(got?.record.enrollments[0]?.planVersion, 7, "the new record");
      same(await store.due(T + 10, 10), ["a"], "the new record is due");
    },
  },
  {
    name: "versions never repeat for a lead id: one created again after a remove starts above every version it had",
    async run(store) {
      // A runner that read the removed lead at version 3 (paused past its lease) must find its write refused by the new lead whatever its version reaches.
      await store.write(conformanceLead("a", T), 0);
      await store.write(conformanceLead("a", T), 1);
      await store.write(conformanceLead("a", T), 2);
      await store.write(conformanceLead("other", T), 0);
      await store.remove("a", 3);
      let version = 0;
      for (let cycle = 0; cycle < 2; cycle++) {
        const created = await store.write(conformanceLead("a", T, { planVersion: 10 + cycle }), 0);
        check(created.ok && created.version > 3, `create after a remove: expected ok above version 3, got ${JSON.stringify(created)}`);
        version = created.version;
        for (const stale of [1, 2, 3])
          same(await store.write(conformanceLead("a", T, { planVersion: 99 }), stale), { ok: false, version }, `stale write at version ${stale}`);
        same((await store.get("a"))?.record.enrollments[0]?.planVersion, 10 + cycle, "the new record after stale writes");
        same(await store.write(conformanceLead("a", T, { planVersion: 10 + cycle }), version), { ok: true, version: version + 1 }, "a write adds 1");
        same(await store.remove("a", version + 1), { ok: true, version: 0 }, "remove of the new lead");
      }
      const again = await store.write(conformanceLead("a", T), 0);
      check(again.ok && again.version > version + 1, `a third creation: expected ok above version ${version + 1}, got ${JSON.stringify(again)}`);
      same((await store.get("other"))?.version, 1, "another lead's version");
    },
  },
  {
    name: "of a concurrent remove and write at the same version exactly one wins",
    async run(store) {
      await store.write(conformanceLead("a", T), 0);
      const [w, r] = await Promise.all([store.write(conformanceLead("a", T, { planVersion: 9 }), 1), store.remove("a", 1)]);
      same([w.ok, r.ok].filter(Boolean).length, 1, "winners");
      const got = await store.get("a");
      if (r.ok) check(got === undefined, "the remove won: the lead must be gone");
      else same(got?.record.enrollments[0]?.planVersion, 9, "the write won: its record is stored");
    },
  },
  {
    name: "lead ids with separators, braces, wildcards, case, composed and decomposed accents, emoji and 512 characters are distinct keys",
    async run(store) {
      // Redis keys lead ids as hash fields, SQL as text: none may split, escape, fold or normalise them.
      const ids = ["a:b", "{a}", "a}", "a*", "a%_", "a b", "a\\b", "a'b", "A:B", "é", "e\u0301", "😀", "x".repeat(512), "x".repeat(511)];
      for (const [i, id] of ids.entries()) same(await store.write(conformanceLead(id, T + i), 0), { ok: true, version: 1 }, `create ${JSON.stringify(id)}`);
      for (const [i, id] of ids.entries()) same((await store.get(id))?.record, conformanceLead(id, T + i), `get ${JSON.stringify(id)}`);
      same(await store.due(T + ids.length, ids.length + 1), ids, "due");
      const seen: string[] = [];
      for await (const v of store.scan()) seen.push(v.record.lead.id);
      same(seen.sort(), [...ids].sort(), "scan");
      check(await store.claim("a:b", "one", T + 1000, T), "claim a:b");
      check(await store.claim("A:B", "two", T + 1000, T), "a lease on a:b must not hold A:B");
      same(await store.remove("{a}", 1), { ok: true, version: 0 }, "remove {a}");
      check((await store.get("a}")) !== undefined, "removing {a} must leave a}");
    },
  },
  {
    name: "scan yields every stored lead once",
    async run(store) {
      for (const id of ["a", "b", "c"]) await store.write(conformanceLead(id, null), 0);
      await store.write(conformanceLead("a", T), 1);
      const seen: string[] = [];
      for await (const v of store.scan()) seen.push(`${v.record.lead.id}:${v.version}`);
      same(seen.sort(), ["a:2", "b:1", "c:1"], "scanned");
    },
  },
];
