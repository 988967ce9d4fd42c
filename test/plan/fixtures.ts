import { readFileSync } from "node:fs";
import type { ValidationIssue } from "../../src/errors/index.js";

/** Reads a JSON file relative to the repository root. */
export function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../${relative}`, import.meta.url), "utf8")) as unknown;
}

export const DEALER_PLAN = "examples/plans/dealer-speed-to-lead.json";
export const B2B_PLAN = "examples/plans/b2b-outbound.json";
export const LEADS = [
  "examples/leads/new-york-fresh.json",
  "examples/leads/brussels-whatsapp.json",
  "examples/leads/kolkata-replied.json",
  "examples/leads/chatham-opted-out.json",
] as const;

/** A fresh, mutable copy of the dealer plan as written. */
export function dealerPlan(): Record<string, any> {
  return readJson(DEALER_PLAN) as Record<string, any>;
}

/** The smallest valid plan; tests add to it. */
export function minimalPlan(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    id: "p",
    version: 1,
    name: "Minimal",
    timezone: "America/New_York",
    steps: [{ id: "a", channel: "call", at: { after: "PT0S" } }],
    ...overrides,
  };
}

/** Paths rendered as `steps[0].at.after`-style strings, for readable assertions. */
export function pathsOf(issues: readonly ValidationIssue[]): string[] {
  return issues.map((i) => render(i.path));
}

function render(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}
