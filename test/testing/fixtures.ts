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
