import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ValidationIssue } from "../../src/errors/index.js";
import { safeParseLead } from "../../src/lead/index.js";
import { safeParsePlan } from "../../src/plan/index.js";
import { DEALER_PLAN, LEADS, readJson } from "./fixtures.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path to a value inside `value` (the root excluded). */
function pathsIn(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push([...prefix, i], ...pathsIn(v, [...prefix, i])));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...pathsIn(v, [...prefix, k]));
  }
  return out;
}

/** A copy of `value` with the value at `path` deleted or replaced. */
function mutate(value: Json, path: Path, replacement: Json | undefined): Json {
  const copy = structuredClone(value);
  let parent: any = copy;
  for (const part of path.slice(0, -1)) parent = parent[part];
  const last = path[path.length - 1] as string | number;
  if (replacement !== undefined) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

function expectWellFormed(result: { success: boolean; issues?: readonly ValidationIssue[] }): void {
  if (result.success) return;
  expect(result.issues?.length).toBeGreaterThan(0);
  for (const issue of result.issues ?? []) {
    expect(typeof issue.code).toBe("string");
    expect(issue.message.trim().length).toBeGreaterThan(0);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const part of issue.path) expect(["string", "number"]).toContain(typeof part);
  }
}

const dealer = readJson(DEALER_PLAN) as Json;
const dealerPaths = pathsIn(dealer);
const mutation = fc.record({
  path: fc.constantFrom(...dealerPaths),
  replacement: fc.option(fc.jsonValue() as fc.Arbitrary<Json>, { nil: undefined }),
});

describe("safeParsePlan never throws", () => {
  it("on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeParsePlan(value);
        expectWellFormed(result);
      }),
      { numRuns: 500 },
    );
  });

  it("on arbitrary JSON inside a plan's shape", () => {
    const planLike = fc.record(
      {
        id: fc.oneof(fc.constant("p"), fc.jsonValue()),
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        name: fc.oneof(fc.constant("n"), fc.jsonValue()),
        timezone: fc.oneof(fc.constant("UTC"), fc.string(), fc.jsonValue()),
        steps: fc.array(
          fc.record(
            {
              id: fc.constantFrom("a", "b", "c"),
              channel: fc.constantFrom("call", "sms", "constructor", "whatsapp"),
              at: fc.oneof(fc.record({ after: fc.string() }), fc.record({ days: fc.integer(), time: fc.string() }), fc.jsonValue()),
              when: fc.jsonValue(),
            },
            { requiredKeys: ["id", "channel", "at"] },
          ),
        ),
        policies: fc.jsonValue(),
        exits: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(planLike, (value) => expectWellFormed(safeParsePlan(value))),
      { numRuns: 500 },
    );
  });

  it("on the dealer plan with one field deleted or replaced by random JSON", () => {
    fc.assert(
      fc.property(mutation, ({ path, replacement }) => {
        const mutated = mutate(dealer, path, replacement);
        expectWellFormed(safeParsePlan(mutated));
        expectWellFormed(safeParsePlan(mutated, { rules: ["isHotLead"] }));
      }),
      { numRuns: 1000 },
    );
  });

  it("on the dealer plan with several mutations at once", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 2, maxLength: 5 }), (mutations) => {
        let value = dealer;
        for (const { path, replacement } of mutations) {
          try {
            value = mutate(value, path, replacement);
          } catch {
            // an earlier mutation removed the path's parent; skip this one
          }
        }
        expectWellFormed(safeParsePlan(value));
      }),
      { numRuns: 300 },
    );
  });

  it("reports a deletion of a required field at that field's path", () => {
    fc.assert(
      fc.property(fc.constantFrom("id", "version", "name", "timezone", "steps"), (field) => {
        const result = safeParsePlan(mutate(dealer, [field], undefined));
        expect(result.success).toBe(false);
        if (!result.success) expect(result.issues.map((i) => i.path.join("."))).toContain(field);
      }),
    );
  });
});

describe("safeParseLead never throws", () => {
  const leads = LEADS.map((f) => readJson(f) as Json);
  it("on arbitrary JSON and on mutated example leads", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormed(safeParseLead(value))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...leads).chain((lead) =>
          fc.record({
            lead: fc.constant(lead),
            path: fc.constantFrom(...pathsIn(lead)),
            replacement: fc.option(fc.jsonValue() as fc.Arbitrary<Json>, { nil: undefined }),
          }),
        ),
        ({ lead, path, replacement }) => expectWellFormed(safeParseLead(mutate(lead, path, replacement))),
      ),
      { numRuns: 500 },
    );
  });
});
