import { readFileSync } from "node:fs";
import type { LeadInput, PlanInput } from "../../src/index.js";

/** Reads a JSON file relative to the repository root. */
export function readJson<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(new URL(`../../${relative}`, import.meta.url), "utf8")) as T;
}

export const dealerPlan = (): PlanInput => readJson<PlanInput>("examples/plans/dealer-speed-to-lead.json");
export const b2bPlan = (): PlanInput => readJson<PlanInput>("examples/plans/b2b-outbound.json");
/** A lead enrolled Monday 2026-03-09 10:00 New York time, SMS consent, no WhatsApp consent. */
export const newYorkLead = (): LeadInput => readJson<LeadInput>("examples/leads/new-york-fresh.json");

/** A call task now, an SMS at 30 minutes unless the call connected, an email the next day; SMS quiet 20:00–08:30 (UTC). */
export const quietSmsPlan = (id: string): PlanInput => ({
  id,
  version: 1,
  name: id,
  timezone: "UTC",
  steps: [
    { id: "call", channel: "call", mode: "task", at: { after: "PT0S" } },
    { id: "sms", channel: "sms", at: { after: "PT30M" }, when: { not: { outcome: { step: "call", in: ["connected"] } } } },
    { id: "email", channel: "email", at: { after: "P1D" } },
  ],
  exits: [{ on: "reply" }],
  policies: { quietHours: [{ from: "20:00", to: "08:30", channels: ["sms"] }] },
});
