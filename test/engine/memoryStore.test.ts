import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../../src/engine/index.js";
import { checkStoreConformance, conformanceLead, storeConformance } from "../../src/testing/storeConformance.js";

storeConformance("memory", () => createMemoryStore(), { describe, it });

describe("createMemoryStore", () => {
  it("passes the framework-free conformance runner", async () => {
    expect(await checkStoreConformance(() => createMemoryStore())).toEqual([]);
  });

  it("due always equals a sorted model of the live dueAt values, whatever the sequence of writes", async () => {
    const T = 1_000_000;
    const op = fc.record({ id: fc.integer({ min: 0, max: 19 }), dueAt: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }) });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 80 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 25 }), async (ops, at, limit) => {
        const store = createMemoryStore();
        const model = new Map<string, { dueAt: number | null; version: number }>();
        for (const o of ops) {
          const id = `l${o.id}`;
          const m = model.get(id);
          const dueAt = o.dueAt === null ? null : T + o.dueAt;
          const r = await store.write(conformanceLead(id, dueAt), m?.version ?? 0);
          expect(r.ok).toBe(true);
          model.set(id, { dueAt, version: (m?.version ?? 0) + 1 });
        }
        const expected = [...model.entries()]
          .filter(([, m]) => m.dueAt !== null && m.dueAt <= T + at)
          .sort((a, b) => (a[1].dueAt as number) - (b[1].dueAt as number))
          .map(([_id, m]) => m.dueAt);
        const got = await store.due(T + at, limit);
        expect(got.length).toBe(Math.min(limit, expected.length));
        expect(got.map((id) => model.get(id)?.dueAt)).toEqual(expected.slice(0, limit));
        expect(new Set(got).size).toBe(got.length);
      }),
      { numRuns: 150 },
    );
  });

  it("every due answers from the live dueAt values, and no version of an id repeats, whatever writes, removes and earlier due calls came between", async () => {
    const T = 1_000_000;
    const op = fc.oneof(
      fc.record({ kind: fc.constant("write" as const), id: fc.integer({ min: 0, max: 9 }), dueAt: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }) }),
      fc.record({ kind: fc.constant("remove" as const), id: fc.integer({ min: 0, max: 9 }) }),
      fc.record({ kind: fc.constant("due" as const), at: fc.integer({ min: 0, max: 30 }), limit: fc.integer({ min: 1, max: 12 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 120 }), async (ops) => {
        const store = createMemoryStore();
        const model = new Map<string, { dueAt: number | null; version: number }>();
        const highest = new Map<string, number>();
        for (const o of ops) {
          if (o.kind === "due") {
            const expected = [...model.values()]
              .filter((m) => m.dueAt !== null && m.dueAt <= T + o.at)
              .map((m) => m.dueAt)
              .sort((a, b) => (a as number) - (b as number));
            const got = await store.due(T + o.at, o.limit);
            expect(got.map((id) => model.get(id)?.dueAt)).toEqual(expected.slice(0, o.limit));
            expect(new Set(got).size).toBe(got.length);
            continue;
          }
          const id = `l${o.id}`;
          const m = model.get(id);
          if (o.kind === "remove") {
            if (m === undefined) continue;
            expect((await store.remove(id, m.version)).ok).toBe(true);
            model.delete(id);
            continue;
          }
          const dueAt = o.dueAt === null ? null : T + o.dueAt;
          const w = await store.write(conformanceLead(id, dueAt), m?.version ?? 0);
          expect(w.ok).toBe(true);
          // Versions never repeat for an id: each is above every one the id had, across removes.
          expect(w.version).toBeGreaterThan(highest.get(id) ?? 0);
          if (m !== undefined) expect(w.version).toBe(m.version + 1);
          highest.set(id, w.version);
          model.set(id, { dueAt, version: w.version });
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves leased leads out of due until the lease expires", async () => {
    const store = createMemoryStore();
    await store.write(conformanceLead("a", 10), 0);
    await store.write(conformanceLead("b", 20), 0);
    expect(await store.claim("a", "x", 100, 0)).toBe(true);
    expect(await store.due(50, 10)).toEqual(["b"]);
    expect(await store.due(100, 10)).toEqual(["a", "b"]);
  });

  it("compacts its heap under many rewrites and keeps answering correctly", async () => {
    const store = createMemoryStore();
    await store.write(conformanceLead("a", 0), 0);
    for (let v = 1; v <= 5000; v++) await store.write(conformanceLead("a", v), v);
    expect(await store.due(10_000, 10)).toEqual(["a"]);
    expect(store.size).toBe(1);
  });
});
