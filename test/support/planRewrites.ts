import fc from "fast-check";
import type { PlanInput } from "../../src/index.js";
import { CHANNELS, DAYS, ZONES } from "./randomPlans.js";

/*
 * Rewrites of a plan as written: ones that keep its meaning (what `compilePlan` and the engine read
 * from it) and ones that change it, for the plan-diff properties. Each is worked out here from the
 * plan format's documented rules (durations, weekly windows, defaults), not with the library's own
 * normalisation, so the properties check it rather than repeat it.
 */

type Json = Record<string, unknown>;
/** A rewrite of a plan as written (the input is not modified). */
export type PlanRewrite = (plan: PlanInput) => PlanInput;

const copy = (plan: PlanInput): Json => structuredClone(plan) as unknown as Json;
const asPlan = (json: Json): PlanInput => json as unknown as PlanInput;
const steps = (plan: Json): Json[] => plan["steps"] as Json[];
const policies = (plan: Json): Json => (plan["policies"] ??= {}) as Json;

/** `HH:MM` as minutes after midnight. */
const minutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
const clock = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/**
 * The same calendar duration in other units: years as months, weeks as days, hours and minutes as
 * seconds (`PT1H` → `PT3600S`, `P1W` → `P7D`), zero as `PT0M`. Calendar units are applied on the
 * local clock (months, then days), exact ones as elapsed time, so these mean the same.
 */
export function equivalentDuration(text: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  if (m === null) return text;
  const n = (i: number): number => Number(m[i] ?? 0);
  const months = n(1) * 12 + n(2);
  const days = n(3) * 7 + n(4);
  const seconds = n(5) * 3600 + n(6) * 60 + n(7);
  if (months === 0 && days === 0 && seconds === 0) return text === "PT0M" ? "P0D" : "PT0M";
  return `P${months === 0 ? "" : `${months}M`}${days === 0 ? "" : `${days}D`}${seconds === 0 ? "" : `T${seconds}S`}`;
}

/** Every duration read on the local clock (step delays, attempt spacing) in other units. */
export const rewriteDurations: PlanRewrite = (plan) => {
  const out = copy(plan);
  for (const step of steps(out)) {
    const at = step["at"] as Json;
    if (typeof at["after"] === "string") at["after"] = equivalentDuration(at["after"]);
    const attempts = step["attempts"] as Json | undefined;
    if (typeof attempts?.["every"] === "string") attempts["every"] = equivalentDuration(attempts["every"]);
  }
  return asPlan(out);
};

/** Window days in reverse order, the first one listed twice. */
export const reorderDays: PlanRewrite = (plan) => {
  const out = copy(plan);
  const windows = policies(out)["windows"] as Record<string, Json[]> | undefined;
  for (const rules of Object.values(windows ?? {})) {
    for (const rule of rules) {
      const days = [...(rule["days"] as string[])].reverse();
      rule["days"] = [...days, days[0]];
    }
  }
  return asPlan(out);
};

/**
 * Window and quiet-hours spans cut in two covering the same minutes: a span past midnight into
 * `from`–`24:00` and `00:00`–`to` (on the next days, for a window); a long one at a quarter hour;
 * a window ending at midnight written `24:00` rather than `00:00`.
 */
export const splitSpans: PlanRewrite = (plan) => {
  const out = copy(plan);
  const p = policies(out);
  const windows = p["windows"] as Record<string, Json[]> | undefined;
  for (const key of Object.keys(windows ?? {})) {
    const rules = (windows as Record<string, Json[]>)[key] as Json[];
    (windows as Record<string, Json[]>)[key] = rules.flatMap((rule) => {
      const days = rule["days"] as string[];
      const from = minutes(rule["from"] as string);
      const to = minutes(rule["to"] as string);
      if (to === 0) return [{ ...rule, to: "24:00" }];
      if (to < from) {
        const next = days.map((d) => DAYS[(DAYS.indexOf(d as (typeof DAYS)[number]) + 1) % 7]);
        return [
          { ...rule, to: "24:00" },
          { days: next, from: "00:00", to: rule["to"] },
        ];
      }
      if (to - from >= 30) {
        return [
          { ...rule, to: clock(from + 15) },
          { days, from: clock(from + 15), to: rule["to"] },
        ];
      }
      return [rule];
    });
  }
  const quiet = p["quietHours"] as Json[] | undefined;
  if (quiet !== undefined) {
    p["quietHours"] = quiet.flatMap((q) => {
      const from = minutes(q["from"] as string);
      const to = minutes(q["to"] as string);
      if (to < from && to > 0)
        return [
          { ...q, to: "24:00" },
          { ...q, from: "00:00" },
        ];
      return [q];
    });
  }
  return asPlan(out);
};

/** Every object's keys in reverse order, at every depth. */
export const reorderKeys: PlanRewrite = (plan) => {
  const reverse = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reverse);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverse(v)]),
    );
  };
  return reverse(plan) as PlanInput;
};

/**
 * Optional fields written with the value their absence means: a step's mode, an anchor's `on`, a
 * single attempt (not for a recurring step, whose attempts its rule bounds), the plan's priority,
 * opt-out scope, unknown-zone and nonexistent-time policies, Monday-to-Friday business days (out of
 * order), no consent required, no exits.
 */
export const writeDefaults: PlanRewrite = (plan) => {
  const out = copy(plan);
  for (const step of steps(out)) {
    step["mode"] ??= "auto";
    const at = step["at"] as Json;
    const from = at["from"] as Json | undefined;
    if (from !== undefined) from["on"] ??= "touch";
    if (!("rrule" in at)) step["attempts"] ??= { max: 1 };
  }
  out["priority"] ??= 0;
  out["unknownZone"] ??= "fallback";
  out["nonexistentTime"] ??= "shift";
  out["businessDays"] ??= ["fri", "mon", "thu", "tue", "wed"];
  out["exits"] ??= [];
  const p = policies(out);
  p["optOut"] ??= "channel";
  p["consentRequired"] ??= [];
  return asPlan(out);
};

/** The meaning-preserving rewrites, each on its own. */
export const PRESERVING: Readonly<Record<string, PlanRewrite>> = { rewriteDurations, reorderDays, splitSpans, reorderKeys, writeDefaults };

/** One or more meaning-preserving rewrites applied in turn. */
export const preservingRewriteArb: fc.Arbitrary<{ names: string[]; rewrite: PlanRewrite }> = fc
  .array(fc.constantFrom(...Object.keys(PRESERVING)), { minLength: 1, maxLength: 5 })
  .map((names) => ({ names, rewrite: (plan: PlanInput) => names.reduce((p, n) => (PRESERVING[n] as PlanRewrite)(p), plan) }));

/**
 * Edits that change what the plan means (each may give an invalid plan, which the property skips):
 * a step's timing a minute, a day or an occurrence later, its attempts, mode or channel, the
 * nonexistent-time policy, the zone, one more cap.
 */
export const changingEditArb: fc.Arbitrary<{ name: string; edit: PlanRewrite }> = fc
  .tuple(fc.nat(), fc.constantFrom("timing", "attempts", "mode", "channel", "nonexistentTime", "timezone", "cap"))
  .map(([seed, name]) => ({
    name,
    edit: (plan: PlanInput): PlanInput => {
      const out = copy(plan);
      const list = steps(out);
      const step = list[seed % list.length] as Json;
      const at = step["at"] as Json;
      if (name === "timing") {
        if (typeof at["after"] === "string") at["after"] = laterByAMinute(at["after"]);
        else if (typeof at["days"] === "number") at["days"] += 1;
        else if (typeof at["businessDays"] === "number") at["businessDays"] += 1;
        else at["count"] = ((at["count"] as number | undefined) ?? 0) + 1;
      } else if (name === "attempts") {
        const attempts = step["attempts"] as Json | undefined;
        step["attempts"] = { ...attempts, max: ((attempts?.["max"] as number | undefined) ?? ("rrule" in at ? 1000 : 1)) === 2 ? 3 : 2 };
      } else if (name === "mode") step["mode"] = step["mode"] === "task" ? "auto" : "task";
      else if (name === "channel") step["channel"] = CHANNELS[(CHANNELS.indexOf(step["channel"] as (typeof CHANNELS)[number]) + 1) % CHANNELS.length];
      else if (name === "nonexistentTime") out["nonexistentTime"] = out["nonexistentTime"] === "gap-end" ? "shift" : "gap-end";
      else if (name === "timezone") out["timezone"] = ZONES[(ZONES.indexOf(out["timezone"] as string) + 1) % ZONES.length];
      else {
        const p = policies(out);
        p["caps"] = [...((p["caps"] as Json[] | undefined) ?? []), { max: 1, per: "7d" }];
      }
      return asPlan(out);
    },
  }));

/** A duration one minute longer, written in its own units plus a minute (`P1D` → `P1DT1M`). */
function laterByAMinute(text: string): string {
  const m = /^(P[^T]*)(?:T(.*))?$/.exec(text);
  if (m === null) return text;
  const date = m[1] === "P" ? "P" : (m[1] as string);
  const time = m[2] ?? "";
  const mm = /(\d+)M/.exec(time);
  const newTime =
    mm === null ? `${time.replace(/(\d+(?:\.\d+)?S)$/, "")}1M${/(\d+(?:\.\d+)?S)$/.exec(time)?.[1] ?? ""}` : time.replace(/(\d+)M/, `${Number(mm[1]) + 1}M`);
  return `${date}T${newTime}`;
}
