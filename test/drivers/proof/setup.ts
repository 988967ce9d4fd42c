import { readFileSync } from "node:fs";
import type { PlanInput } from "../../../src/plan/index.js";

/**
 * The dealer plan as a dealership with a power dialer and a video tool runs it: every step is
 * performed by an adapter (`auto`), so nothing waits for a person and every touch reaches the log.
 */
export function autoDealerPlan(): PlanInput {
  const plan = JSON.parse(readFileSync(new URL("../../../examples/plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput & {
    steps: { mode?: string }[];
  };
  for (const step of plan.steps) step.mode = "auto";
  return plan;
}

export const ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix"] as const;

/** Lead `i` of the run: varied zones, half with WhatsApp consent. */
export function proofLead(i: number): { id: string; timezone: string; contacts: Record<string, string>; consent: Record<string, { status: "granted" }> } {
  return {
    id: `lead-${i}`,
    timezone: ZONES[i % ZONES.length] as string,
    contacts: { phone: `+1212555${String(i).padStart(4, "0")}`, email: `lead-${i}@example.com` },
    consent: i % 2 === 0 ? { whatsapp: { status: "granted" }, sms: { status: "granted" } } : { sms: { status: "granted" } },
  };
}

/** One line of the shared send log. */
export interface SendLine {
  /** Worker name (`web` for the enrolling process). */
  readonly w: string;
  readonly id: string;
  readonly key: string;
  readonly lead: string;
  readonly ch: string;
  /**
   * Virtual epoch ms the engine decided the send (`SendContext.decidedAt`). At 15,000 virtual ms
   * per real ms, the milliseconds between a decision and the provider call are minutes of virtual
   * time, so windows and caps are checked at the decision; at real speed the two are milliseconds apart.
   */
  readonly at: number;
  /** Virtual epoch ms the adapter performed it. */
  readonly sentAt: number;
  /** Real epoch ms of the send. */
  readonly real: number;
}

export const CHANNELS = ["call", "sms", "email", "whatsapp", "video"] as const;
