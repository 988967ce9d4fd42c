import * as z from "zod/mini";
import { lazySchema } from "./lazySchema.js";

/** What became of one touch. Calls: connected, no_answer, busy, voicemail, wrong_number; messages: sent, delivered, read, opened, clicked, replied; tasks: completed; any channel: failed, bounced. */
export const OUTCOMES = [
  "connected",
  "no_answer",
  "busy",
  "voicemail",
  "wrong_number",
  "sent",
  "delivered",
  "read",
  "opened",
  "clicked",
  "replied",
  "completed",
  "failed",
  "bounced",
] as const;

/** What became of one touch. */
export const Outcome = /* @__PURE__ */ lazySchema(() => z.enum(OUTCOMES));
/** What became of one touch. */
export type Outcome = z.infer<typeof Outcome>;

/** A message's progress: a receipt of a lower level learnt later does not undo a higher one. */
const MESSAGE_PROGRESS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ["sent", 1],
  ["delivered", 2],
  ["opened", 3],
  ["read", 3],
  ["clicked", 4],
  ["replied", 5],
]);

/**
 * Whether `next`, learnt after `previous` for the same touch, becomes the touch's outcome. It does,
 * except that `completed` (a task closed) never replaces the result it closes (`connected`), and a
 * message's receipt of a lower progress never undoes a higher one (`delivered` after `read`:
 * providers' receipts arrive out of order), nor a late acknowledgment (`sent`, `delivered`) a
 * failure (`bounced`, `failed`). A call result corrected later (`no_answer` then `connected`), a
 * failure after delivery (`bounced`) and evidence the lead saw the message (`read` after `bounced`)
 * do replace it.
 */
export function outcomeSupersedes(next: string, previous: string | undefined): boolean {
  if (previous === undefined) return true;
  if (next === "completed") return false;
  if ((previous === "bounced" || previous === "failed") && (next === "sent" || next === "delivered")) return false;
  const level = MESSAGE_PROGRESS.get(next);
  const had = MESSAGE_PROGRESS.get(previous);
  return level === undefined || had === undefined || level >= had;
}

/** An outcome of a touch and when it was learnt (epoch ms). */
export interface LearntOutcome {
  readonly outcome: string;
  readonly at: number;
}

/**
 * A touch's outcome from every outcome learnt for it, in any order (its record's own first): sorted
 * in place by time (equal instants keep their order), each replacing the one before when it
 * supersedes it ({@link outcomeSupersedes}). `earlier` holds every other one, in time order.
 * No outcome is learnt before its touch (`touchAt`): one dated earlier (a provider's timestamp in
 * whole seconds, another machine's clock) counts as learnt at the touch, after the record's own
 * (replaced in `learnt` by a copy dated `touchAt`).
 */
export function settleOutcomes<T extends LearntOutcome>(learnt: T[], touchAt: number): { readonly current: T | undefined; readonly earlier: T[] } {
  for (let k = 0; k < learnt.length; k++) {
    const o = learnt[k] as T;
    if (o.at < touchAt) learnt[k] = { ...o, at: touchAt };
  }
  learnt.sort((a, b) => a.at - b.at);
  let current: T | undefined;
  const earlier: T[] = [];
  for (const o of learnt) {
    if (outcomeSupersedes(o.outcome, current?.outcome)) {
      if (current !== undefined) earlier.push(current);
      current = o;
    } else earlier.push(o);
  }
  return { current, earlier };
}

/** Consent states for one channel, in the order an issue lists them. */
export const CONSENT_STATUSES = ["granted", "denied", "unknown"] as const;
/** Consent states for one channel. */
export const ConsentStatus = /* @__PURE__ */ lazySchema(() => z.enum(CONSENT_STATUSES));
/** Consent states for one channel. */
export type ConsentStatus = z.infer<typeof ConsentStatus>;
