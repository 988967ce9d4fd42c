import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine, createManualClock, createMemoryStore, type Engine, type ManualClock, type Store } from "../../src/engine/index.js";
import { isCadenceError, isLeadValidationError } from "../../src/errors/index.js";
import { evaluate, parseLead } from "../../src/index.js";
import type { PlanInput } from "../../src/plan/index.js";
import { canonicalJson } from "../../src/primitives/canonicalJson.js";
import { MINUTE, quickPlan, recordingAdapter, START } from "./fixtures.js";

/*
 * The invariant: after any engine call with any argument, either the call rejected with a typed error (a
 * CadenceError: ArgumentError, LeadValidationError, EngineError, PlanValidationError) and the store holds
 * what it held before, or every stored lead still passes `parseLead` and `evaluate` refuses none of them
 * with a LeadValidationError (for any plan the engine loads): a lead the engine stored can always be decided.
 * The calls mix valid arguments with hostile ones (channel names in another form, consent statuses,
 * registry ids, instants out of range or with odd offsets, empty strings, NULs, numbers where strings
 * go, extra and `__proto__` keys, huge values).
 */

/** SMS and a call task now, email at five minutes; a do-not-call registry whose exemption reads `lastInquiryAt`; us-federal's rules. */
const PLAN_V1 = quickPlan({
  compliance: ["us-federal"],
  steps: [
    { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
    { id: "call-now", channel: "call", mode: "task", at: { after: "PT0S" } },
    { id: "email-5m", channel: "email", at: { after: "PT5M" } },
  ],
  exits: [{ on: "reply" }],
  policies: {
    doNotCall: {
      registries: {
        "us-tx-state": { channels: ["call", "sms"], exemptions: [{ basis: "inquiry", for: "P3M", events: ["inquiry"], attributes: ["lastInquiryAt"] }] },
      },
    },
  },
} as Partial<PlanInput>);
/** Version 2: the email step replaced. */
const PLAN_V2 = quickPlan({
  ...PLAN_V1,
  version: 2,
  steps: [PLAN_V1.steps[1], { id: "email-1h", channel: "email", at: { after: "PT1H" } }],
} as Partial<PlanInput>);
/** Two call attempts and a LinkedIn task: open tasks to complete and skip. */
const TASKS = quickPlan({
  id: "tasks",
  steps: [
    { id: "call-1", channel: "call", mode: "task", at: { after: "PT0S" }, attempts: { max: 2, every: "PT10M" } },
    { id: "linkedin", channel: "linkedin", mode: "task", at: { after: "PT2M" } },
  ],
  exits: [],
  policies: { channels: { linkedin: { contact: ["linkedin"] } } },
} as Partial<PlanInput>);
const PLANS = [PLAN_V1, PLAN_V2, TASKS];

/** Hostile stand-ins for any value: wrong types, empty and unstorable text, huge text, odd objects. */
const anyHostile: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  "",
  " ",
  "a\u0000",
  "\ud800",
  "x".repeat(5000),
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  null,
  undefined,
  true,
  [],
  {},
  ["sms"],
  { toString: () => "sms" },
  new Date(Number.NaN),
  "__proto__",
  "constructor",
);

/** ISO-8601 instants a lead's fields take (Z or an offset with its colon, a fraction). */
const leadInstants = fc.oneof(
  fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }).map((m) => new Date(Date.parse(START) + m * MINUTE).toISOString()),
  fc.constantFrom(
    "2026-03-09T14:00:00+05:30",
    "2026-03-09T14:00:00-08:00",
    "2026-03-09T14:00:00+14:00",
    "2026-03-09T14:00:00.123456789Z",
    "2026-03-09T14:00:00-00:00",
    "2026-03-09T14:00:00+23:59",
    "1900-01-01T00:00:00Z",
    "2200-12-31T23:59:59.999Z",
  ),
);
/** Instants an engine argument (an event's `at`, a pause's end) takes besides: other ISO forms, epoch milliseconds, Dates. */
const argumentInstants = fc.oneof(
  leadInstants,
  fc.constantFrom<unknown>("2026-03-09T14:00:00+0530", "2026-03-09t14:00:00z", Date.parse(START), new Date(START), "2026-03-09T14:00:00.5+01:00"),
);
/** Instants no reader accepts: no offset, no such day or hour, out of range, not an integer. */
const badInstants = fc.constantFrom<unknown>(
  "2026-03-09T14:00:00+24:00",
  "2026-03-09T14:00:00",
  "2026-02-30T14:00:00Z",
  "2026-03-09T24:00:00Z",
  "1899-12-31T23:59:59Z",
  "2201-01-01T00:00:00Z",
  "+275760-09-13T00:00:00Z",
  Date.parse(START) + 0.5,
  -2_208_988_800_001,
  8.64e15,
  new Date("2201-06-01T00:00:00Z"),
);

/**
 * The arbitraries of one kind of call: `dirty` mixes hostile values into valid ones (a value of another case or
 * padded, with a NUL or a lone surrogate, a wrong type, an odd instant, an own `__proto__` or unknown key), so that
 * a call holds one or two of them; clean calls keep the leads enrolled and the tasks open that dirty ones aim at.
 */
function callsOf(dirty: boolean): fc.Arbitrary<Call> {
  /** `valid`, or when dirty now and then a variant of a valid string or a hostile value. */
  const h = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => {
    if (!dirty) return valid;
    const variant = valid.chain((v) =>
      typeof v === "string"
        ? fc.constantFrom<unknown>(v.toUpperCase(), `${v} `, ` ${v}`, `${v}\u0000`, v.slice(0, 1).toUpperCase() + v.slice(1), `${v}\ud800`, v.repeat(40), "")
        : fc.constant<unknown>(v),
    );
    return fc.oneof({ weight: 24, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: variant }, { weight: 1, arbitrary: anyHostile });
  };
  /** `base`, or when dirty now and then with an own `__proto__` key (as JSON.parse makes it) or an unknown key. */
  const odd = (base: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> => {
    if (!dirty) return base;
    return fc.tuple(base, fc.constantFrom("none", "none", "none", "none", "none", "none", "proto", "extra")).map(([o, how]) => {
      if (how === "proto") return Object.defineProperty({ ...o }, "__proto__", { value: { x: 1 }, enumerable: true, writable: true, configurable: true });
      if (how === "extra") return { ...o, extra: 1 };
      return o;
    });
  };
  const instants = dirty
    ? fc.oneof({ weight: 6, arbitrary: leadInstants }, { weight: 1, arbitrary: argumentInstants }, { weight: 1, arbitrary: badInstants })
    : leadInstants;
  /** A lead field's instant. */
  const at = h(instants);
  /** An instant argument's. */
  const argAt = h(dirty ? fc.oneof({ weight: 6, arbitrary: argumentInstants }, { weight: 1, arbitrary: badInstants }) : argumentInstants);
  const leadIds = h(fc.constantFrom("a", "a", "b", "c"));
  const channels = h(fc.constantFrom("sms", "email", "call", "whatsapp", "linkedin", "all"));
  const planIds = h(fc.constantFrom("quick", "tasks"));
  const consentValues = odd(
    fc.record({ status: h(fc.constantFrom("granted", "denied", "unknown")), at, source: h(fc.constant("crm")) }, { requiredKeys: ["status"] }),
  );
  const optOutValues = odd(
    fc.record({ channel: channels, at, source: h(fc.constant("crm")), category: h(fc.constant("marketing")) }, { requiredKeys: ["channel", "at"] }),
  );
  const registryValues = odd(fc.record({ registry: h(fc.constantFrom("us-national", "us-tx-state")), at }, { requiredKeys: ["registry"] }));
  const requestValues = odd(fc.record({ at, channels: h(fc.array(channels, { minLength: 1, maxLength: 3 })) }, { requiredKeys: ["at"] }));
  const attributeValues = odd(
    fc.record(
      { lastInquiryAt: h(instants), score: h(fc.integer()), source: h(fc.constant("web")), nested: fc.constant({ deep: { __proto__: 1 } }) },
      { requiredKeys: [] },
    ),
  );
  const channelKeys = channels.filter((c): c is string => typeof c === "string" && c !== "__proto__");
  const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });

  const leads = odd(
    fc.record(
      {
        id: leadIds,
        enrolledAt: at,
        contacts: h(fc.constant({ phone: "+12125550142", email: "a@example.com", linkedin: "in/a" })),
        consent: h(fc.dictionary(channelKeys, consentValues, { maxKeys: 2 })),
        optOuts: h(fc.array(optOutValues, { maxLength: 2 })),
        timezone: h(fc.constantFrom("America/New_York", "utc", "EST5EDT")),
        dncRegistries: h(fc.array(registryValues, { maxLength: 2 })),
        dncRequests: h(fc.array(requestValues, { maxLength: 2 })),
        attributes: attributeValues,
        status: h(fc.constant("new")),
      },
      { requiredKeys: ["id", "contacts"] },
    ),
  );
  const changeFields: Record<string, fc.Arbitrary<unknown>> = {
    contacts: h(
      fc.dictionary(
        h(fc.constantFrom("phone", "email", "linkedin")).filter((k): k is string => typeof k === "string"),
        maybe(h(fc.constant("x@example.com"))),
        { maxKeys: 2 },
      ),
    ),
    consent: h(fc.dictionary(channelKeys, maybe(consentValues), { maxKeys: 2 })),
    optOuts: h(fc.array(optOutValues, { maxLength: 2 })),
    doNotContact: maybe(h(fc.array(fc.oneof(channels, odd(fc.record({ channel: channels, at }))), { maxLength: 2 }))),
    dncRegistries: maybe(h(fc.array(registryValues, { maxLength: 2 }))),
    dncRequests: h(fc.array(requestValues, { maxLength: 2 })),
    address: maybe(h(odd(fc.record({ country: h(fc.constantFrom("US", "BE")), region: h(fc.constant("TX")) })))),
    timezone: maybe(h(fc.constantFrom("America/New_York", "utc", "Etc/GMT+5"))),
    attributes: attributeValues,
  };
  if (dirty) Object.assign(changeFields, { status: fc.constant("won"), pausedUntil: at, attributes: fc.oneof(attributeValues, anyHostile) });
  const changes = odd(fc.record(changeFields, { requiredKeys: [] }));

  const outcomes = h(fc.constantFrom("connected", "no_answer", "completed", "bounced", "replied", "delivered"));
  const events = odd(
    fc.oneof(
      fc.record(
        {
          type: fc.constant("outcome"),
          touchId: fc.oneof(
            fc.nat().map((i) => ({ open: i })),
            h(fc.constantFrom("a/quick@1/sms-now#1", "b/tasks@1/call-1#1")),
          ),
          outcome: outcomes,
          at: argAt,
        },
        { requiredKeys: ["type", "touchId", "outcome"] },
      ),
      fc.record(
        {
          type: fc.constant("inbound"),
          channel: channels,
          text: h(fc.constantFrom("STOP", "stop emailing me", "how do I stop these?", "STOP ALL", "thanks", "STOP\u0000", "stop texting, email is fine")),
          automatic: h(fc.boolean()),
          at: argAt,
        },
        { requiredKeys: ["type", "channel"] },
      ),
      fc.record({ type: fc.constant("status"), status: h(fc.constantFrom("won", "lost")), at: argAt }, { requiredKeys: ["type", "status"] }),
      fc.record({ type: fc.constant("meeting"), note: h(fc.constant("test drive")), at: argAt }, { requiredKeys: ["type"] }),
      fc.record(
        {
          type: fc.constant("event"),
          name: h(fc.constantFrom("inquiry", "optout_review", "optout_review_resolved", "unenrolled", "outcome_after_end")),
          data: fc.oneof(
            dirty ? anyHostile : fc.constant({}),
            odd(fc.record({ channel: channels, decision: h(fc.constantFrom("opt_out", "continue")) }, { requiredKeys: ["channel"] })),
          ),
          at: argAt,
        },
        { requiredKeys: ["type", "name"] },
      ),
      ...(dirty ? [fc.record({ type: h(fc.constantFrom("touch", "skip", "note")), at: argAt })] : []),
    ),
  );
  /** A touch id argument: an open task's or a touch's (picked when the call runs, by index), or one built by hand. */
  const touchIds = fc.oneof(
    { weight: 3, arbitrary: fc.nat().map((i) => ({ open: i })) },
    {
      weight: 1,
      arbitrary: h(fc.constantFrom("a/quick@1/call-now#1", "b/tasks@1/call-1#1", "b/tasks@1/linkedin#1", "a/quick@1/sms-now#1", "c/quick:2@1/call-now#1")),
    },
  );
  const reasons = h(fc.constantFrom("showroom_visit", "lost_interest"));
  const call = (name: string, ...args: fc.Arbitrary<unknown>[]): fc.Arbitrary<Call> => fc.tuple(...args).map((a) => ({ name, args: a, dirty }));
  const enrollOptions = fc.oneof(
    fc.constant(undefined),
    odd(fc.record({ ifActive: h(fc.constantFrom("error", "restart", "keep")), version: h(fc.constantFrom(1, 2)) }, { requiredKeys: [] })),
  );
  const pauseTargets = fc.oneof(
    fc.constant(undefined),
    argAt,
    odd(fc.record({ planId: planIds, until: argAt }, { requiredKeys: [] })),
    ...(dirty ? [anyHostile, fc.constantFrom<unknown>({ planID: "quick" }, { untill: START }, [START], { plan: "tasks" })] : []),
  );
  return fc.oneof(
    { weight: 4, arbitrary: call("enroll", leads, planIds, enrollOptions) },
    { weight: 4, arbitrary: call("record", leadIds, events) },
    { weight: 5, arbitrary: call("updateLead", leadIds, changes) },
    { weight: 2, arbitrary: call("resolveOptOutReview", leadIds, channels, h(fc.constantFrom("opt_out", "continue"))) },
    { weight: 3, arbitrary: call("complete", touchIds, outcomes) },
    { weight: 2, arbitrary: call("skip", touchIds, fc.oneof(fc.constant(undefined), reasons)) },
    { weight: 2, arbitrary: call("pause", leadIds, pauseTargets) },
    { weight: 2, arbitrary: call("resume", leadIds, fc.oneof(fc.constant(undefined), planIds)) },
    { weight: 1, arbitrary: call("unenroll", leadIds, reasons) },
    { weight: 1, arbitrary: call("unenroll", leadIds, fc.oneof(fc.constant(undefined), planIds), reasons) },
    { weight: 1, arbitrary: call("migrate", planIds, h(fc.constant(1)), h(fc.constant(2)), h(fc.constant({ mode: "by-step-id" }))) },
    { weight: 1, arbitrary: call("forget", leadIds) },
    { weight: 3, arbitrary: call("advance", fc.integer({ min: 1, max: 90 * MINUTE })) },
  );
}

type Call = { readonly name: string; readonly args: readonly unknown[]; readonly dirty: boolean };

/** Every path inside `value` (arrays and plain objects walked; a touch placeholder `{ open }` is a leaf). */
function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsIn(v, [...path, i])));
  else if (typeof value === "object" && value !== null && !(value instanceof Date) && !("open" in value))
    for (const k of Object.keys(value)) out.push(...pathsIn((value as Record<string, unknown>)[k], [...path, k]));
  return out;
}

/** What one mutation does to the value at a path: a variant of a string, a hostile value, a bad instant, an odd key. */
const mutations: fc.Arbitrary<(v: unknown) => unknown> = fc.oneof(
  fc.constantFrom<(v: unknown) => unknown>(
    (v) => (typeof v === "string" ? v.toUpperCase() : v),
    (v) => (typeof v === "string" ? `${v} ` : v),
    (v) => (typeof v === "string" ? `${v}\u0000` : v),
    (v) => (typeof v === "string" ? `${v}\udc00` : v),
    (v) => (typeof v === "string" ? v.repeat(300) : v),
    (v) => (typeof v === "string" ? "" : v),
    (v) =>
      typeof v === "object" && v !== null && !Array.isArray(v)
        ? Object.defineProperty({ ...v }, "__proto__", { value: "x", enumerable: true, writable: true, configurable: true })
        : v,
    (v) => (typeof v === "object" && v !== null && !Array.isArray(v) ? { ...v, extra: 1 } : v),
    (v) => (typeof v === "object" && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).slice(1)) : v),
    (v) => (Array.isArray(v) ? [] : v),
    (v) => (Array.isArray(v) ? [...v, ...v] : v),
  ),
  // A fresh copy: a later mutation of the same call may change inside it, and the constants are shared by every run.
  anyHostile.map((x) => () => (Array.isArray(x) ? [...x] : x !== null && typeof x === "object" && !(x instanceof Date) ? { ...x } : x)),
  badInstants.map((x) => () => x),
);

/** `c` with one or two of its argument values mutated ({@link mutations}). */
const mutatedCall = (c: fc.Arbitrary<Call>): fc.Arbitrary<Call> =>
  fc.tuple(c, fc.array(fc.tuple(fc.nat(), mutations), { minLength: 1, maxLength: 2 })).map(([base, list]) => {
    // The clock is the test's, not an argument.
    if (base.name === "advance") return base;
    const args: unknown = structuredClone(base.args);
    for (const [i, mutate] of list) {
      const all = pathsIn(args).filter((p) => p.length > 0);
      const path = all[i % all.length] as (string | number)[];
      let parent = args as unknown as Record<string | number, unknown>;
      for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
      const last = path[path.length - 1] as string | number;
      const next = mutate(parent[last]);
      if (last === "__proto__") continue;
      parent[last] = next;
    }
    return { name: base.name, args: args as readonly unknown[], dirty: true };
  });

const calls = fc.oneof(
  { weight: 2, arbitrary: callsOf(false) },
  { weight: 3, arbitrary: mutatedCall(callsOf(false)) },
  { weight: 1, arbitrary: callsOf(true) },
);

/** Every stored record, by lead id, as canonical JSON. */
async function snapshot(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const v of store.scan()) out.set(v.record.lead.id, canonicalJson(v));
  return out;
}

/** The touch ids of open tasks and of touches in history, sorted (an index picks one). */
async function knownTouchIds(engine: Engine, store: Store): Promise<string[]> {
  const ids = new Set((await engine.openTasks()).map((t) => t.id));
  for await (const v of store.scan()) {
    for (const e of v.record.enrollments) for (const id in e.pending) ids.add(id);
    for (const h of v.record.lead.history) if (h.type === "touch") ids.add(h.touchId);
  }
  return [...ids].sort();
}

async function perform(engine: Engine, clock: ManualClock, store: Store, c: Call): Promise<void> {
  const args = [...c.args];
  const pick = async (ref: unknown): Promise<unknown> => {
    if (typeof ref !== "object" || ref === null || !("open" in ref)) return ref;
    const ids = await knownTouchIds(engine, store);
    return ids.length === 0 ? "a/quick@1/call-now#1" : ids[(ref as { open: number }).open % ids.length];
  };
  if (c.name === "complete" || c.name === "skip") args[0] = await pick(args[0]);
  const event = args[1] as { type?: unknown; touchId?: unknown } | undefined;
  if (c.name === "record" && event?.type === "outcome") args[1] = { ...event, touchId: await pick(event.touchId) };
  if (c.name === "advance") {
    clock.advance(args[0] as number);
    await engine.runDue();
    return;
  }
  // Trailing undefined arguments dropped: `skip(id)` takes its default reason, `pause(id)` pauses every enrolment.
  while (args.length > 1 && args[args.length - 1] === undefined && c.name !== "unenroll") args.pop();
  await (engine as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[c.name]?.(...args);
}

/** Why the stored leads are not all decidable, or `undefined`. */
async function undecidable(store: Store, now: number): Promise<string | undefined> {
  for await (const v of store.scan()) {
    const lead = v.record.lead;
    try {
      parseLead(lead);
    } catch (error) {
      return `parseLead refuses stored lead ${JSON.stringify(lead.id)}: ${(error as Error).message}`;
    }
    for (const plan of PLANS) {
      try {
        evaluate(plan, lead, now);
      } catch (error) {
        if (isLeadValidationError(error)) return `evaluate(${plan.id}@${plan.version}) refuses stored lead ${JSON.stringify(lead.id)}: ${error.message}`;
      }
    }
  }
  return undefined;
}

function describeCall(c: Call): string {
  return `${c.name}(${c.args.map((a) => (typeof a === "string" ? JSON.stringify(a).slice(0, 60) : fc.stringify(a).slice(0, 300))).join(", ")})`;
}

/** The errors a refused call may throw. */
const TYPED: ReadonlySet<string> = new Set(["ArgumentError", "LeadValidationError", "EngineError", "PlanValidationError"]);

/** Runs `sequence` on a fresh engine, checking the invariant after each call; the first breach, or `undefined`. */
async function breach(sequence: readonly Call[]): Promise<string | undefined> {
  const clock = createManualClock(START);
  const store = createMemoryStore();
  const engine = createEngine({
    plans: PLANS,
    adapters: { sms: recordingAdapter(), email: recordingAdapter(), whatsapp: recordingAdapter() },
    clock,
    store,
  });
  const errors: unknown[] = [];
  engine.on("error", ({ error }) => errors.push(error));
  const contacts = { phone: "+12125550142", email: "a@example.com", linkedin: "in/a" };
  await engine.enroll({ id: "a", contacts, consent: { sms: { status: "granted" } } }, "quick");
  await engine.enroll({ id: "b", contacts }, "tasks");
  await engine.enroll({ id: "c", contacts, consent: { sms: { status: "granted" } } }, "quick");
  await engine.enroll({ id: "c", contacts }, "tasks");
  for (const c of sequence) {
    const before = await snapshot(store);
    let rejected: unknown;
    let threw = false;
    try {
      await perform(engine, clock, store, c);
    } catch (error) {
      threw = true;
      rejected = error;
    }
    const what = describeCall(c);
    if (threw) {
      if (!isCadenceError(rejected) || !TYPED.has(rejected.name)) return `${what} rejected with an untyped ${String(rejected)}`;
      const after = await snapshot(store);
      if (canonicalJson([...after]) !== canonicalJson([...before])) return `${what} rejected (${(rejected as Error).message}) but changed the store`;
    }
    const why = await undecidable(store, clock.now());
    if (why !== undefined) return `after ${what}: ${why}`;
    if (errors.length > 0) return `after ${what}: the engine emitted an error: ${String(errors[0])}`;
  }
  return undefined;
}

describe("stored leads stay decidable whatever the engine's callers pass", () => {
  it("after any call, the call was refused with a typed error and nothing stored, or every stored lead passes parseLead and evaluate", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(calls, { minLength: 1, maxLength: 14 }), async (sequence) => {
        expect(await breach(sequence)).toBeUndefined();
      }),
      {
        numRuns: Number(process.env["LEAD_CADENCE_ENGINE_RUNS"] ?? 200),
        ...(process.env["LEAD_CADENCE_ENGINE_SEED"] ? { seed: Number(process.env["LEAD_CADENCE_ENGINE_SEED"]) } : {}),
      },
    );
  }, 600_000);
});
