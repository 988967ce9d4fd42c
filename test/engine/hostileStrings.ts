import fc from "fast-check";
import { expect } from "vitest";
import { isCadenceError } from "../../src/errors/index.js";
import { createEngine, createManualClock, type Engine, type StoredLead, type Store } from "../../src/engine/index.js";
import { storableText } from "../../src/primitives/index.js";
import { lead, quickPlan, recordingAdapter, START } from "./fixtures.js";

/**
 * Strings a host may pass through: NULs, both halves of surrogate pairs alone, pairs, U+FFFD itself,
 * an opt-out keyword, keys named like Object's members (`__proto__`, refused in a lead's maps, and `constructor`,
 * kept), any UTF-16 code unit.
 */
const hostileString = fc.string({
  unit: fc.oneof(
    fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff", "🚗", "\ufffd", "STOP", " ", "é", "__proto__", "constructor"),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 8,
});

type Lead = StoredLead["lead"];

/**
 * Where a host's string goes: the call that passes it (to lead `id`, enrolled first unless `enrolls`)
 * and what the stored record reads back when the call succeeds: the string itself, but for an
 * inbound message's text, which is stored as `storableText` makes it.
 */
interface Path {
  readonly enrolls?: true;
  /** Never refused for the string: an inbound message's text, the lead's words, which may opt out. */
  readonly alwaysStored?: true;
  readonly call: (engine: Engine, id: string, s: string) => Promise<unknown>;
  readonly stored: (lead: Lead, added: Lead["history"], s: string) => unknown;
  readonly expected?: (s: string) => unknown;
}

const PATHS: Record<string, Path> = {
  "enroll: lead id": { enrolls: true, call: (e, _id, s) => e.enroll(lead(s), "quick"), stored: (l) => l.id },
  "enroll: attribute value": { enrolls: true, call: (e, id, s) => e.enroll(lead(id, { attributes: { v: s } }), "quick"), stored: (l) => l.attributes["v"] },
  "enroll: attribute key": {
    enrolls: true,
    call: (e, id, s) => e.enroll(lead(id, { attributes: Object.fromEntries([[s, 1]]) }), "quick"),
    stored: (l) => Object.keys(l.attributes)[0],
  },
  "enroll: attribute key deeper in": {
    enrolls: true,
    call: (e, id, s) => e.enroll(lead(id, { attributes: { v: Object.fromEntries([[s, 1]]) } }), "quick"),
    stored: (l) => Object.entries(l.attributes["v"] as object),
    expected: (s) => [[s, 1]],
  },
  "enroll: contact kind": {
    enrolls: true,
    call: (e, id, s) => e.enroll(lead(id, { contacts: Object.fromEntries([[s, "+12125550143"]]) }), "quick"),
    stored: (l) => Object.keys(l.contacts),
    expected: (s) => [s],
  },
  "enroll: contact": { enrolls: true, call: (e, id, s) => e.enroll(lead(id, { contacts: { phone: s } }), "quick"), stored: (l) => l.contacts["phone"] },
  "enroll: status": { enrolls: true, call: (e, id, s) => e.enroll(lead(id, { status: s }), "quick"), stored: (l) => l.status },
  "enroll: inbound text in history": {
    enrolls: true,
    call: (e, id, s) => e.enroll(lead(id, { history: [{ type: "inbound", channel: "sms", at: START, text: s }] }), "quick"),
    stored: (l) => (l.history[0] as { text?: string }).text,
    expected: storableText,
    alwaysStored: true,
  },
  "record: inbound text": {
    call: (e, id, s) => e.record(id, { type: "inbound", channel: "sms", text: s }),
    stored: (_l, added) => (added[0] as { text?: string }).text,
    expected: storableText,
    alwaysStored: true,
  },
  "record: meeting note": { call: (e, id, s) => e.record(id, { type: "meeting", note: s }), stored: (_l, added) => (added[0] as { note?: string }).note },
  "record: status": { call: (e, id, s) => e.record(id, { type: "status", status: s }), stored: (l) => l.status },
  "record: event data": {
    call: (e, id, s) => e.record(id, { type: "event", name: "note", data: Object.fromEntries([[s, s]]) }),
    stored: (_l, added) => Object.entries((added[0] as { data?: object }).data ?? {}),
    expected: (s) => [[s, s]],
  },
  "updateLead: city": { call: (e, id, s) => e.updateLead(id, { address: { city: s } }), stored: (l) => l.address?.city },
  "updateLead: contact kind": {
    call: (e, id, s) => e.updateLead(id, { contacts: Object.fromEntries([[s, "+12125550143"]]) }),
    stored: (l, _added, s) => Object.keys(l.contacts).includes(s),
    expected: () => true,
  },
};

/**
 * The never of hostile text, on `store`: whatever string a host passes where the engine stores it,
 * the call either stores it so that it reads back equal (an inbound message's text as `storableText`
 * makes it: U+FFFD for each NUL and unpaired surrogate), or throws a typed error (a `CadenceError`)
 * and the lead's stored record is as before; either way the engine goes on for the lead. An inbound
 * message's text is never refused (refusing it would lose the opt-out it may say).
 */
export async function hostileStrings(store: Store, numRuns: number): Promise<void> {
  const engine = createEngine({
    plans: [quickPlan({ exits: [] })],
    adapters: { sms: recordingAdapter(), email: recordingAdapter() },
    store,
    clock: createManualClock(START),
  });
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...Object.keys(PATHS)), hostileString, async (name, s) => {
      const path = PATHS[name] as Path;
      const id = `lead-${++n}`;
      if (path.enrolls !== true) await engine.enroll(lead(id), "quick");
      const before = await engine.get(id);
      const storedId = name === "enroll: lead id" ? s : id;
      // Reading a lead id no store can hold is refused: it finds nothing.
      const read = (leadId: string) => engine.get(leadId).catch((error: unknown) => (isCadenceError(error) ? undefined : error));
      // A lead id drawn before was enrolled then (the engine lives across runs): enrolling it again is refused.
      const storedBefore = storedId === id ? undefined : await read(storedId);
      const outcome = await path.call(engine, id, s).then(
        () => undefined,
        (error: unknown) => ({ error }),
      );
      if (outcome !== undefined) {
        expect(isCadenceError(outcome.error), String(outcome.error)).toBe(true);
        expect(path.alwaysStored, `${name} refused: ${String(outcome.error)}`).toBeUndefined();
        expect(await engine.get(id)).toEqual(before);
        // A lead id refused is no stored lead's, unless it was stored before: then it is as it was.
        if (storedId !== id) expect(await read(storedId)).toEqual(storedBefore);
        return;
      }
      const after = (await engine.get(storedId))?.record;
      expect(after).toBeDefined();
      const history = (after as StoredLead).lead.history;
      const added = history.slice(before?.record.lead.history.length ?? 0);
      if (before !== undefined) expect(history.slice(0, before.record.lead.history.length)).toEqual(before.record.lead.history);
      expect(path.stored((after as StoredLead).lead, added, s)).toEqual(path.expected === undefined ? s : path.expected(s));
      await engine.record(storedId, { type: "event", name: "still-going" });
      expect((await engine.get(storedId))?.record.lead.history.at(-1)).toMatchObject({ type: "event", name: "still-going" });
    }),
    { numRuns, examples: KEYED.flatMap((name) => KEYS.map((key): [string, string] => [name, key])) },
  );
}

/** The paths where the string is an object's key, each tried with the keys that no lead keeps or that name Object's members. */
const KEYED = ["enroll: attribute key", "enroll: attribute key deeper in", "enroll: contact kind", "record: event data", "updateLead: contact kind"];
const KEYS = ["__proto__", "constructor", ""];
