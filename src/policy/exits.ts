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
 * The earliest exit that has happened by `facts.now`. A global opt-out (`all`) always ends the
 * cadence, whether or not the plan lists `opt_out`.
 */
export function findExit(exits: readonly Exit[], facts: LeadFacts): ExitHit | undefined {
  let best: ExitHit | undefined;
  const consider = (hit: ExitHit): void => {
    if (best === undefined || hit.at < best.at) best = hit;
  };
  const all = facts.optOuts.get("all");
  if (all !== undefined) consider({ reason: "opted_out", at: all, detail: "all channels" });
  for (const exit of exits) {
    switch (exit.on) {
      case "reply":
        for (const [channel, at] of facts.firstReply) {
          if (exit.channels === undefined || exit.channels.includes(channel)) consider({ reason: "replied", at, detail: channel });
        }
        break;
      case "connected":
        if (facts.connectedAt !== undefined) consider({ reason: "connected", at: facts.connectedAt });
        break;
      case "meeting":
        if (facts.meetingAt !== undefined) consider({ reason: "meeting_booked", at: facts.meetingAt });
        break;
      case "opt_out":
        for (const [channel, at] of facts.optOuts) consider({ reason: "opted_out", at, detail: channel });
        break;
      case "status":
        if (facts.status !== undefined && exit.in.includes(facts.status.value)) {
          consider({ reason: "status", at: facts.status.at ?? facts.now, detail: facts.status.value });
        }
        break;
      case "event": {
        const at = facts.events.get(exit.name);
        if (at !== undefined) consider({ reason: "event", at, detail: exit.name });
        break;
      }
    }
  }
  return best;
}
