import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, createMemoryStore, type Engine } from "../../src/engine/index.js";
import { evaluate, evaluateAll, isLeadValidationError, parseLead, parsePlan, safeParseLead, type LeadInput } from "../../src/index.js";
import { lead, quickPlan, recordingAdapter, START } from "../engine/fixtures.js";

// The keys of a lead's maps (contacts, consent, attributes) are the host's data. zod's records skip an own "__proto__"
// key (assigning it would set the prototype), so parseLead, enroll and updateLead dropped the host's entry without a
// word, while evaluate read the same lead with the entry in it; an empty contact kind ("") was accepted everywhere.
// Both are now refused with a LeadValidationError naming the key, on every path.

type MapField = "contacts" | "consent" | "attributes";

/** A value each map holds under any key. */
const VALUES: Record<MapField, unknown> = {
  contacts: "+12125550142",
  consent: { status: "granted" },
  attributes: { source: "web" },
};

/** A lead whose `field` holds `key` as an own property (as JSON.parse makes it), beside the lead's usual entries. */
function leadWith(field: MapField, key: string, id = "k"): LeadInput {
  const base = lead(id, { enrolledAt: START }) as Record<string, unknown>;
  const map = { ...((base[field] as Record<string, unknown> | undefined) ?? {}) };
  Object.defineProperty(map, key, { value: VALUES[field], enumerable: true, writable: true, configurable: true });
  return { ...base, [field]: map } as LeadInput;
}

/** Refused: `__proto__` in any map (no object keeps it as data), and the empty key where keys are names (contact kinds, channels). */
const refused = (field: MapField, key: string): boolean => key === "__proto__" || (key === "" && field !== "attributes");

const plan = parsePlan(quickPlan());

function engine(): Engine {
  return createEngine({
    plans: [quickPlan()],
    adapters: { sms: recordingAdapter(), email: recordingAdapter() },
    store: createMemoryStore(),
    clock: createManualClock(START),
  });
}

/** The error `call` ends with, or `undefined`. */
async function failure(call: () => unknown): Promise<unknown> {
  try {
    await call();
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Checks `error` is a LeadValidationError with an issue at `path` saying what was expected. */
function expectRefusedAt(error: unknown, path: readonly (string | number)[], what: string): void {
  expect(isLeadValidationError(error), `${what}: ${String(error)}`).toBe(true);
  const issue = (error as { issues: { path: unknown; message: string; code: string }[] }).issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(issue, `${what}: no issue at ${JSON.stringify(path)} in ${String(error)}`).toBeDefined();
  expect(issue?.code).toBe("invalid_key");
  expect(issue?.message).toMatch(/^Expected .+, got /);
}

describe("a lead map's own __proto__ key is refused, not dropped", () => {
  for (const field of ["contacts", "consent", "attributes"] as const) {
    it(`${field}: parseLead, evaluate, enroll and updateLead each refuse it, naming ${field}.__proto__`, async () => {
      const text = JSON.stringify(leadWith(field, "x")).replace('"x":', '"__proto__":');
      const input = JSON.parse(text) as LeadInput;
      expect(Object.hasOwn(input[field] as object, "__proto__")).toBe(true);

      expectRefusedAt(await failure(() => parseLead(input)), [field, "__proto__"], "parseLead");
      expectRefusedAt(await failure(() => evaluate(plan, input, START)), [field, "__proto__"], "evaluate");
      expectRefusedAt(await failure(() => evaluateAll([plan], input, START)), [field, "__proto__"], "evaluateAll");
      const e = engine();
      expectRefusedAt(await failure(() => e.enroll(input, "quick")), [field, "__proto__"], "enroll");
      expect(await e.get("k")).toBeUndefined();

      await e.enroll(lead("k"), "quick");
      const before = await e.get("k");
      const changes = JSON.parse(`{"${field}":{"__proto__":${JSON.stringify(VALUES[field])}}}`) as object;
      expectRefusedAt(await failure(() => e.updateLead("k", changes)), [field, "__proto__"], "updateLead");
      expect(await e.get("k")).toEqual(before);
    });
  }

  it("an event record's data keeps the same rule: its own __proto__ key is refused where the lead is parsed and by record", async () => {
    const history = JSON.parse(`[{"type":"event","name":"x","at":"${START}","data":{"__proto__":1,"a":2}}]`) as LeadInput["history"];
    expectRefusedAt(await failure(() => parseLead({ ...leadWith("contacts", "work"), history })), ["history", 0, "data", "__proto__"], "parseLead");
    const e = engine();
    await e.enroll(lead("k"), "quick");
    const recorded = await failure(() => e.record("k", JSON.parse('{"type":"event","name":"x","data":{"__proto__":1}}') as never));
    expect(String((recorded as Error).message)).toContain("data.__proto__: Expected");
  });

  it("a __proto__ key deeper in attributes is an ordinary key, kept as given", () => {
    const input = JSON.parse(`{"id":"k","enrolledAt":"${START}","attributes":{"vehicle":{"__proto__":{"price":1}}}}`) as LeadInput;
    const vehicle = parseLead(input).attributes["vehicle"] as object;
    expect(Object.hasOwn(vehicle, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(vehicle)).toBe(Object.prototype);
  });
});

describe("an empty contact kind is refused on every path", () => {
  it('contacts[""]: parseLead, evaluate, enroll and updateLead each refuse it, naming its path', async () => {
    const input = leadWith("contacts", "");
    expectRefusedAt(await failure(() => parseLead(input)), ["contacts", ""], "parseLead");
    expectRefusedAt(await failure(() => evaluate(plan, input, START)), ["contacts", ""], "evaluate");
    const e = engine();
    expectRefusedAt(await failure(() => e.enroll(input, "quick")), ["contacts", ""], "enroll");
    await e.enroll(lead("k"), "quick");
    const before = await e.get("k");
    expectRefusedAt(await failure(() => e.updateLead("k", { contacts: { "": "+12125550143" } })), ["contacts", ""], "updateLead");
    expect(await e.get("k")).toEqual(before);
  });

  it('the message says what a contact key is and what came: contacts[""]: Expected a contact kind', () => {
    expect(safeParseLead(leadWith("contacts", "")).success).toBe(false);
    const error = (() => {
      try {
        return parseLead(leadWith("contacts", ""));
      } catch (e) {
        return e as Error;
      }
    })() as Error;
    expect(error.message).toContain('contacts[""]: Expected a contact kind');
    expect(error.message).toContain("got an empty key");
  });

  it("a lead stored with an empty contact kind before the rule: its run is an error event naming the key, nothing sent, until updateLead removes it (null)", async () => {
    const store = createMemoryStore();
    const clock = createManualClock(START);
    const email = recordingAdapter();
    const e = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email }, store, clock });
    const errors: unknown[] = [];
    e.on("error", ({ error }) => errors.push(error));
    await e.enroll(lead("k"), "quick");
    const stored = (await store.get("k")) as NonNullable<Awaited<ReturnType<typeof store.get>>>;
    stored.record.lead.contacts[""] = "+12125550143";
    expect((await store.write(stored.record, stored.version)).ok).toBe(true);
    clock.advance(5 * 60_000);
    await e.runDue();
    expect(errors).toHaveLength(1);
    expectRefusedAt(errors[0], ["contacts", ""], "the run");
    expect(email.calls).toHaveLength(0);
    await e.updateLead("k", { contacts: { "": null } });
    await e.runDue();
    expect(Object.keys((await e.get("k"))?.record.lead.contacts ?? {})).toEqual(["phone", "email"]);
    expect(email.calls).toHaveLength(1);
  });
});

/** Keys named like Object's members (in lower case, as channel names are), the refused ones, and ordinary names. */
const mapKey = fc.oneof(
  fc.constantFrom("__proto__", "", "constructor", "prototype", "tostring", "hasownproperty", "valueof", "isprototypeof"),
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/),
);

describe("property: a lead map's own key is kept as given or refused naming it, the same on every path, never dropped", () => {
  it("parseLead, safeParseLead, evaluate, evaluateAll, enroll and updateLead (memory store) agree for any key of contacts, consent and attributes", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<MapField>("contacts", "consent", "attributes"), mapKey, async (field, key) => {
        const id = `k${++n}`;
        const input = leadWith(field, key, id);
        const e = engine();
        await e.enroll(lead(id), "quick");
        const before = await e.get(id);
        // Object.fromEntries makes every key an own property, "__proto__" too.
        const changes = { [field]: Object.fromEntries([[key, VALUES[field]]]) };
        const e2 = engine();
        const outcomes = {
          parseLead: await failure(() => parseLead(input)),
          evaluate: await failure(() => evaluate(plan, input, START)),
          evaluateAll: await failure(() => evaluateAll([plan], input, START)),
          enroll: await failure(() => e2.enroll(input, "quick")),
          updateLead: await failure(() => e.updateLead(id, changes)),
        };
        if (refused(field, key)) {
          for (const [what, error] of Object.entries(outcomes)) expectRefusedAt(error, [field, key], what);
          expect(safeParseLead(input).success).toBe(false);
          expect(await e.get(id)).toEqual(before);
          expect(await e2.get(id)).toBeUndefined();
          return;
        }
        for (const [what, error] of Object.entries(outcomes)) expect(error, what).toBeUndefined();
        const parsed = parseLead(input)[field] as Record<string, unknown>;
        expect(Object.hasOwn(parsed, key) && parsed[key]).toEqual(VALUES[field]);
        const enrolled = (await e2.get(id))?.record.lead[field] as Record<string, unknown>;
        expect(Object.hasOwn(enrolled, key) && enrolled[key]).toEqual(VALUES[field]);
        const updated = (await e.get(id))?.record.lead[field] as Record<string, unknown>;
        expect(Object.hasOwn(updated, key) && updated[key]).toEqual(VALUES[field]);
      }),
      { numRuns: 150 },
    );
  });
});
