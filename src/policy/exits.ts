import type { Exit } from "../plan/index.js";
import type { LeadFacts } from "./leadFacts.js";

/** Why the cadence ended, and when. */
export interface ExitHit {
  readonly reason: "replied" | "connected" | "meeting_booked" | "opted_out" | "status" | "event";
  /** When it happened; for a status given on the lead without a record, the evaluation instant. */
  readonly at: number;
  readonly detail?: string;
}

/**
 * The earliest exit that has happened by `facts.now`; of exits at the same instant, an opt-out, then
 * the first the plan lists. A global opt-out (`all`) always ends the cadence, whether or not the plan
 * lists `opt_out`.
 */
export function findExit(exits: readonly Exit[], facts: LeadFacts): ExitHit | undefined {
  // The earliest so far, as three locals (no closure, no object per candidate): `reason` undefined
  // while none; a later candidate wins only when strictly earlier.
  let reason: ExitHit["reason"] | undefined;
  let at = NaN;
  let detail: string | undefined;
  const { optOuts } = facts;
  const all = optOuts.size === 0 ? undefined : optOuts.get("all");
  if (all !== undefined) {
    reason = "opted_out";
    at = all;
    detail = "all channels";
  }
  for (let i = 0; i < exits.length; i++) {
    const exit = exits[i] as Exit;
    switch (exit.on) {
      case "reply":
        if (facts.firstReply.size === 0) break;
        for (const [channel, t] of facts.firstReply) {
          if ((exit.channels === undefined || exit.channels.includes(channel)) && (reason === undefined || t < at)) {
            reason = "replied";
            at = t;
            detail = channel;
          }
        }
        break;
      case "connected":
        if (facts.connectedAt !== undefined && (reason === undefined || facts.connectedAt < at)) {
          reason = "connected";
          at = facts.connectedAt;
          detail = undefined;
        }
        break;
      case "meeting":
        if (facts.meetingAt !== undefined && (reason === undefined || facts.meetingAt < at)) {
          reason = "meeting_booked";
          at = facts.meetingAt;
          detail = undefined;
        }
        break;
      case "opt_out":
        if (optOuts.size === 0) break;
        for (const [channel, t] of optOuts) {
          // An opt-out wins a tie: a STOP is also a reply, and the opt-out is what it means.
          if (reason === undefined || t < at || (t === at && reason !== "opted_out")) {
            reason = "opted_out";
            at = t;
            detail = channel;
          }
        }
        break;
      case "status":
        if (facts.status !== undefined && exit.in.includes(facts.status.value)) {
          const t = facts.status.at ?? facts.now;
          if (reason === undefined || t < at) {
            reason = "status";
            at = t;
            detail = facts.status.value;
          }
        }
        break;
      case "event": {
        const t = facts.events.size === 0 ? undefined : facts.events.get(exit.name);
        if (t !== undefined && (reason === undefined || t < at)) {
          reason = "event";
          at = t;
          detail = exit.name;
        }
        break;
      }
    }
  }
  if (reason === undefined) return undefined;
  return detail === undefined ? { reason, at } : { reason, at, detail };
}
