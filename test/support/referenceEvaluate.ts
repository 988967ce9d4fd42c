import { DateTime, Duration } from "luxon";
import * as rruleModule from "rrule";
import {
  parsePlan,
  type Cap,
  type Condition,
  type Decision,
  type HistoryEntry,
  type HolidayCalendar,
  type LeadInput,
  type Plan,
  type PlanInput,
  type QuietHours,
  type Step,
} from "../../src/index.js";
import { DAYS, inSpan } from "./randomPlans.js";
import {
  callClosedFrom,
  countryClosedRanges,
  countryCodeOf,
  REFERENCE_PRESETS,
  referencePresetIds,
  usRegionOf,
  type ReferencePreset,
} from "./referencePresets.js";

/*
 * A deliberately naive `evaluate`, written from docs/concepts.md, docs/time-rules.md,
 * docs/plan-format.md and docs/compliance.md (WhatsApp, opt-outs and their confirmation, flags, do-not-call, presets), to compare the optimised one with
 * (test/schedule/reference.test.ts). It shares nothing with src/ but the plan parser: local time is
 * read with luxon alone, a recurring step's rule expanded by rrule, the first allowed instant is
 * found by trying every candidate instant in order, caps are counted by reading every contact, and
 * the steps are decided in the most direct way.
 *
 * Subset: `after`, `days`/`time` and `businessDays`/`time` timings (anchored on enrolment or an
 * earlier step's touch or outcome), recurring steps (`rrule` and `count`: rules rrule expands,
 * without COUNT or an UNTIL in UTC), attempts (`max`, `every`, `until`), conditions on outcomes,
 * contacts and consent, windows and quiet hours (clock times on quarter hours), caps, a channel at
 * most once a minute, `reply`, `connected`, `meeting` (the earliest `meeting` record since enrolment) and `status`
 * exits (the latest `status` record, before enrolment too, else the lead's `status`), required consent, a fallback channel, the
 * lead's own zone or the plan's, `pausedUntil`, the built-in channels `call`, `sms`, `whatsapp`,
 * `email` and `video`, closed days (the plan's `holidays.closures`, several on one date all
 * closing it, and a host calendar as `options.holidays`; clock times on quarter hours): closed on
 * the lead's local dates for every channel, a date closed all day no business day, the plan's
 * `businessDays` weekdays; country holidays (`holidays.country` and `state`, or with `fromLead` the
 * lead's address country and region, codes or US names), date-holidays' `public` ones read directly
 * (referencePresets.ts), closed like the plan's closures from the clock time of their start, whole
 * civil dates for their length; compliance presets (docs/compliance.md's table and notes, written
 * out in referencePresets.ts; `us-states` from the lead's address region and phone area code):
 * their windows narrowing the plan's (a channel they never open refusing the plan), caps added,
 * consent required united, do-not-call registries under the plan's and the longest request period
 * under the plan's, dated call closures (a business day still); WhatsApp's 24-hour window (`templateOutsideWindow`, template `category`
 * and the plan's `whatsappTemplates` rules or the default's), who may be contacted (docs/compliance.md):
 * the lead's opt-outs of a channel or `all` in force from their `at` (`all` ending the cadence, the
 * `opt_out` exit any, an opt-out winning a tie of exits), the plan's `optOut` policy, marketing-only
 * opt-outs against the steps' template `category`, consent granted again after an opt-out lifting
 * it for its channel, `doNotContact` flags (names or records, `all`), consent in force from its
 * `at`, the plan's `doNotCall` rules over the lead's `dncRegistries` (in force from their `at`; a
 * registry without a rule blocking calls and texts) and `dncRequests` (honoured for
 * `requestsHonouredFor` on the UTC calendar, ending exemptions on earlier evidence), exemptions
 * lasting their period after the latest `event` record or attribute instant; and a history of
 * touches (of any plan), outcome records (at most one outcome per touch), inbound messages, events
 * (read as exemption evidence, and opt-out reviews and their resolutions holding a channel or
 * `all`) and skips, status and meeting records; the plan's `optOutConfirmation` (docs/compliance.md,
 * "Confirmation message": after the earliest opt-out since enrolment covering its channel, due since
 * it whatever windows, caps, pauses and reviews say, once, for 24 hours, kept only by a flag, consent,
 * a bounce or a missing contact, the cadence not done while it is due, a contact at `now` for the steps decided with it). Anything else (`event` exits,
 * a lead without a zone of its own but with an address or a geographic phone, a region or area code
 * not in referencePresets.ts) throws `unsupported`, so a generator that strays is noticed.
 */

const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;
const DAY = 86_400_000;
/** The opt-out confirmation's step id (docs/compliance.md). */
const OPT_OUT_CONFIRMATION = "opt-out-confirmation";
/** How far the search for an allowed instant looks before giving up (windows open weekly; caps free within a week). */
const HORIZON = 8 * 7 * DAY;

/** What the reference decides: the fields of a `Decision` it covers, instants as epoch ms. */
export interface ReferenceDecision {
  readonly due: readonly {
    readonly stepId: string;
    readonly attempt: number;
    readonly channel: string;
    readonly dueAt: number;
    /** Present (`true`) on a WhatsApp touch sent outside the 24-hour window with the step's `templateOutsideWindow`. */
    readonly requiresTemplate?: true;
    /** Not a field of `Decision`: the scheduled time, or the end of the pause the touch fell due in (its `dueAt` is searched from there). */
    readonly since?: number;
  }[];
  readonly skipped: readonly { readonly stepId: string; readonly reason: string }[];
  readonly next: { readonly at: number; readonly stepId: string } | null;
  readonly done: { readonly reason: string; readonly at: number } | null;
}

/** The parts of `evaluate`'s decision the reference decides, instants as epoch ms (what the comparisons compare). */
export function coveredDecision(d: Decision): ReferenceDecision {
  return {
    due: d.due.map((t) => ({
      stepId: t.stepId,
      attempt: t.attempt,
      channel: t.channel,
      dueAt: Date.parse(t.dueAt),
      ...(t.requiresTemplate === true ? { requiresTemplate: true as const } : {}),
    })),
    skipped: d.skipped.map((s) => ({ stepId: s.stepId, reason: s.reason })),
    next: d.next === null ? null : { at: Date.parse(d.next.at), stepId: d.next.stepId },
    done: d.done === null ? null : { reason: d.done.reason, at: Date.parse(d.done.at) },
  };
}

/** The wall clock of a zone at an instant, as luxon reads it. */
interface Local {
  /** The wall-clock reading as if it were a UTC instant (`Date.UTC` of its fields). */
  readonly wall: number;
  readonly offset: number;
  /** 0 = Monday. */
  readonly weekday: number;
  readonly minute: number;
  readonly date: string;
  readonly week: string;
}

/** Luxon's answers, remembered per zone and instant (each costs about 10 µs; a test scans the same quarters again and again). */
const readings = new Map<string, Map<number, Local>>();

function local(zone: string, ms: number): Local {
  let byMs = readings.get(zone);
  if (byMs === undefined) readings.set(zone, (byMs = new Map()));
  else if (byMs.size > 400_000) byMs.clear();
  let l = byMs.get(ms);
  if (l === undefined) {
    const dt = DateTime.fromMillis(ms, { zone });
    l = {
      wall: Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute, dt.second, dt.millisecond),
      offset: dt.offset,
      weekday: dt.weekday - 1,
      minute: dt.hour * 60 + dt.minute,
      date: dt.toISODate() ?? "",
      week: `${dt.weekYear}-W${dt.weekNumber}`,
    };
    byMs.set(ms, l);
  }
  return l;
}

function unsupported(what: string): never {
  throw new Error(`referenceEvaluate: unsupported ${what}`);
}

/**
 * The instant at which `zone`'s wall clock reads `wall` (see {@link Local.wall}), by the DST policy
 * of docs/time-rules.md: a reading that happens twice is the first; one that never happens is read
 * with the offset before the gap (`shift`: moved forward by the gap's length) or is the instant the
 * gap ends (`gap-end`). Offsets around `wall` are the ones a day and a half before and after it
 * (the zones used change offset at most once in three days).
 */
function atWall(zone: string, wall: number, nonexistent: "shift" | "gap-end"): number {
  const before = local(zone, wall - 36 * 3_600_000).offset;
  const after = local(zone, wall + 36 * 3_600_000).offset;
  const readings = [...new Set([wall - before * MINUTE, wall - after * MINUTE])].filter((t) => local(zone, t).wall === wall);
  if (readings.length > 0) return Math.min(...readings);
  if (before >= after) unsupported(`wall time ${new Date(wall).toISOString()} in ${zone}: neither reading exists and there is no gap`);
  if (nonexistent === "shift") return wall - before * MINUTE;
  // The gap ends at the first whole minute the later offset is in force, between the two readings.
  for (let t = Math.ceil((wall - after * MINUTE) / MINUTE) * MINUTE; t <= wall - before * MINUTE; t += MINUTE) if (local(zone, t).offset === after) return t;
  return unsupported(`gap without a transition in ${zone}`);
}

/** Minutes of an `HH:MM` clock time. */
function clockMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
}

/** An ISO-8601 duration as whole local days (weeks and days) and elapsed milliseconds (hours, minutes, seconds). */
function durationParts(iso: string): { days: number; ms: number } {
  const d = Duration.fromISO(iso);
  if (!d.isValid || d.years !== 0 || d.quarters !== 0 || d.months !== 0) unsupported(`duration ${iso}`);
  return { days: d.weeks * 7 + d.days, ms: d.hours * 3_600_000 + d.minutes * MINUTE + d.seconds * 1000 + d.milliseconds };
}

/** `from` plus `iso`: the calendar part on the wall clock (resolved by the DST policy), then the elapsed part. */
function plusDuration(zone: string, from: number, iso: string, nonexistent: "shift" | "gap-end"): number {
  const { days, ms } = durationParts(iso);
  if (days === 0) return from + ms;
  return atWall(zone, local(zone, from).wall + days * DAY, nonexistent) + ms;
}

type RRuleCtor = typeof import("rrule").RRule;
const rruleNs = rruleModule as unknown as { RRule?: RRuleCtor; default?: { RRule: RRuleCtor } };
const RRule = (rruleNs.RRule ?? rruleNs.default?.RRule) as RRuleCtor;

/** How far from its start a rule is expanded (a lifetime and the search beyond it fit well inside). */
const EXPANSION = 120 * DAY;

/** A rule's occurrences as wall-clock readings, by rule text and start (rrule is slow; a lifetime asks again and again). */
const expansions = new Map<string, { walls: number[]; endsWithin: boolean }>();

/**
 * A recurring step's occurrences (docs/time-rules.md, "Recurring steps"), as instants in order: the
 * rule expanded by rrule on the wall clock from local midnight of the anchor's date (rrule's UTC
 * standing for the floating local clock, as its UNTIL is), each reading turned into an instant by
 * the DST policy, those before the anchor dropped, instants met twice kept once. `ended`: the rule
 * has no occurrence after the last one listed.
 */
function occurrences(rrule: string, zone: string, anchor: number, nonexistent: "shift" | "gap-end"): { at: number[]; ended: boolean } {
  const start = Date.parse(`${local(zone, anchor).date}T00:00:00Z`);
  const key = `${rrule}|${start}`;
  let expansion = expansions.get(key);
  if (expansion === undefined) {
    const { until: _, ...options } = RRule.parseString(rrule);
    if (options.count !== undefined && options.count !== null) unsupported(`COUNT in ${rrule}`);
    // UNTIL is a floating local date-time, or a date: then every occurrence of that local date is in (rrule would end at its midnight).
    const untilText = /UNTIL=(\d{8})(T\d{6})?(Z)?/.exec(rrule);
    if (untilText?.[3] !== undefined) unsupported(`UNTIL in UTC in ${rrule}`);
    const untilDay = untilText === null ? undefined : Date.parse(`${untilText[1]?.replace(/(\d{4})(\d{2})(\d{2})/, "$1-$2-$3")}T00:00:00Z`);
    const untilTime = untilText?.[2]?.replace(/T(\d{2})(\d{2})(\d{2})/, "$1:$2:$3");
    const until =
      untilDay === undefined ? Number.POSITIVE_INFINITY : untilTime === undefined ? untilDay + DAY - 1 : untilDay + Date.parse(`1970-01-01T${untilTime}Z`);
    const rule = new RRule({ ...options, dtstart: new Date(start) });
    const walls = rule
      .between(new Date(start), new Date(start + EXPANSION), true)
      .map((d) => d.getTime())
      .filter((wall) => wall <= until);
    expansion = { walls, endsWithin: until < start + EXPANSION - 2 * DAY };
    expansions.set(key, expansion);
  }
  const at = [...new Set(expansion.walls.map((wall) => atWall(zone, wall, nonexistent)))].filter((t) => t >= anchor).sort((a, b) => a - b);
  return { at, ended: expansion.endsWithin };
}

function instant(at: string | number): number {
  if (typeof at === "number") return at;
  const dt = DateTime.fromISO(at, { setZone: true });
  if (!dt.isValid) unsupported(`instant ${at}`);
  return dt.toMillis();
}

/** One touch as one object, as a reference reads it: `outcome` is the latest known, `outcomeAt` when it was learnt. */
export interface TouchFact {
  readonly touchId: string;
  readonly planId: string | undefined;
  readonly stepId: string;
  readonly channel: string;
  readonly attempt: number;
  readonly at: number;
  outcome: string | undefined;
  outcomeAt: number | undefined;
}

const CONTACT_KINDS: Readonly<Record<string, readonly string[]>> = {
  call: ["phone"],
  sms: ["phone"],
  whatsapp: ["whatsapp", "phone"],
  email: ["email"],
  video: ["email", "phone"],
};

/** docs/compliance.md, "WhatsApp template rules": without `policies.whatsappTemplates`, no marketing template to a `+1` number. */
const DEFAULT_UNDELIVERED: readonly { readonly category: string; readonly countryCodes: readonly string[] }[] = [
  { category: "marketing", countryCodes: ["+1"] },
];

/** The subset of plans the reference reads (see the file comment); throws `unsupported` for the rest. */
function checkSupported(plan: Plan): void {
  for (const e of plan.exits) if (e.on === "event") unsupported("event exits");
  if (plan.policies.channels !== undefined) unsupported("channel settings");
  const ids = new Set<string>();
  for (const step of plan.steps) {
    if (!("after" in step.at) && !("days" in step.at) && !("businessDays" in step.at) && !("rrule" in step.at)) unsupported(`timing of ${step.id}`);
    // Left out: a step anchored on a later one comes after it in `due`, not in plan order as docs/concepts.md says
    // (test/schedule/timing.test.ts, "the order of due touches when a step is anchored on a later one").
    if (step.at.from !== undefined && !ids.has(step.at.from.step)) unsupported(`anchor of ${step.id} on a later step`);
    for (const c of [step.channel, step.fallback]) if (c !== undefined && CONTACT_KINDS[c] === undefined) unsupported(`channel ${c}`);
    ids.add(step.id);
  }
  const clocks = [
    ...Object.values(plan.policies.windows ?? {}).flatMap((ws) => ws.flatMap((w) => [w.from, w.to])),
    ...(plan.policies.quietHours ?? []).flatMap((q) => [q.from, q.to]),
    ...(plan.holidays?.closures ?? []).flatMap((c) => [c.from ?? "00:00", c.to ?? "00:00"]),
  ];
  // The window state is then constant over each quarter hour of UTC (the zones' offsets are whole quarters).
  for (const c of clocks) if (clockMinutes(c) % 15 !== 0) unsupported(`clock time ${c}`);
}

/** The host's calendar, as `evaluate` takes it; the rules several plans share, in place of the plan's own (`evaluateAll`). */
export interface ReferenceOptions {
  readonly holidays?: HolidayCalendar;
  /** In place of the plan's own: every plan's caps and quiet hours, and every plan's compliance presets (ids, `us-states` unresolved). */
  readonly shared?: { readonly caps: Cap[]; readonly quietHours: QuietHours[]; readonly compliance?: readonly string[] };
  /** The plans decided together (`evaluateAll`): a confirmation touch any of them recorded counts as this plan's (not their skips). */
  readonly confirmedBy?: readonly string[];
  /** Another plan's confirmation, due in this decision: a contact at `now` for this plan's steps (this plan's own is decided as usual). */
  readonly confirmationContact?: { readonly channel: string; readonly touchId: string };
  /** Decide the opt-out confirmation alone: the decision's `due` and `skipped` hold only it, the steps are not looked at. */
  readonly confirmationOnly?: true;
}

/**
 * What `evaluate(plan, lead, now)` decides, read directly from the documented rules.
 * @throws an Error `no_opening` when no instant within {@link HORIZON} suits a touch.
 */
export function referenceEvaluate(planInput: PlanInput | Plan, lead: LeadInput, now: number, options: ReferenceOptions = {}): ReferenceDecision {
  const parsed = parsePlan(planInput);
  // Rules of other plans (referenceEvaluateAll.ts) are added after validation: a plan is valid on its own.
  const shared = options.shared;
  const plan =
    shared === undefined
      ? parsed
      : {
          ...parsed,
          ...(shared.compliance === undefined ? {} : { compliance: [...shared.compliance] as Plan["compliance"] }),
          policies: { ...parsed.policies, caps: shared.caps, quietHours: shared.quietHours },
        };
  checkSupported(plan);
  // A lead without its own zone is in the plan's: its address and phone (toll-free) select none.
  const phone = (lead.contacts?.["phone"] ?? "").replace(/[^\d+]/g, "");
  if (lead.timezone === undefined && (lead.address !== undefined || (phone !== "" && !phone.startsWith("+1800")))) unsupported("zone from an address or phone");
  const zone = lead.timezone ?? plan.timezone;
  const nonexistent = plan.nonexistentTime ?? "shift";
  const enrolledAt = instant(lead.enrolledAt);
  const pausedUntil = lead.pausedUntil === undefined ? undefined : instant(lead.pausedUntil);

  // Compliance presets (docs/compliance.md, "Presets"): the plan's, `us-states` read from the lead's address and phone.
  // Their windows narrow the plan's, their caps are added, their consent rules united, their closures close calls.
  const presets: ReferencePreset[] = referencePresetIds(plan.compliance ?? [], lead).map((id) => REFERENCE_PRESETS[id] ?? unsupported(`preset ${id}`));
  const caps = [...(plan.policies.caps ?? []), ...presets.flatMap((p) => p.caps ?? [])];
  const consentRequired = new Set([...(plan.policies.consentRequired ?? []), ...presets.flatMap((p) => p.consentRequired ?? [])]);
  /** The plan's own rule for a weekday and minute: its channel's window (else `*`, else open) minus quiet hours. */
  const planOpen = (channel: string, weekday: number, minute: number): boolean => {
    const windows = plan.policies.windows?.[channel] ?? plan.policies.windows?.["*"];
    if (windows !== undefined && !windows.some((w) => inSpan(weekday, minute, w.days, w.from, w.to))) return false;
    return !(plan.policies.quietHours ?? []).some(
      (q) => (q.channels === undefined || q.channels.includes(channel)) && inSpan(weekday, minute, DAYS, q.from, q.to),
    );
  };
  /** Inside every preset window on `channel` (a preset without one leaves the channel alone). */
  const presetsOpen = (channel: string, weekday: number, minute: number): boolean =>
    presets.every((p) => {
      const windows = p.windows?.[channel];
      return windows === undefined || windows.some((w) => inSpan(weekday, minute, w.days, w.from, w.to));
    });
  // A channel a step or fallback uses whose window the presets close entirely: the plan is refused (not the opt-out
  // confirmation's, which ignores windows).
  const used = plan.steps.flatMap((s) => [s.channel, ...(s.fallback === undefined ? [] : [s.fallback])]);
  for (const channel of new Set(used)) {
    let own = false;
    let narrowed = false;
    for (let weekday = 0; weekday < 7; weekday++)
      for (let minute = 0; minute < 1440; minute += 15)
        if (planOpen(channel, weekday, minute)) {
          own = true;
          narrowed ||= presetsOpen(channel, weekday, minute);
        }
    if (own && !narrowed) throw new Error(`window_never_opens for ${channel}`);
  }
  // Country holidays (docs/time-rules.md): the lead's address country and region with `fromLead`, else the plan's country and state.
  const country = lead.address?.country;
  const holidayCountry =
    plan.holidays?.fromLead === true && country !== undefined
      ? {
          code: countryCodeOf(country),
          state: lead.address?.region === undefined ? undefined : countryCodeOf(country) === "US" ? usRegionOf(lead.address.region) : lead.address.region,
        }
      : plan.holidays?.country === undefined
        ? undefined
        : { code: plan.holidays.country, state: plan.holidays.state };

  // The history as it stood at `now`.
  const history = (lead.history ?? []).filter((r: HistoryEntry) => instant(r.at) <= now);
  const outcomeRecords = new Map<string, { outcome: string; at: number }>();
  for (const r of history) {
    if (r.type !== "outcome") continue;
    if (outcomeRecords.has(r.touchId)) unsupported("two outcome records for one touch");
    outcomeRecords.set(r.touchId, { outcome: r.outcome, at: instant(r.at) });
  }
  const touches: TouchFact[] = [];
  for (const r of history) {
    if (r.type !== "touch") continue;
    const at = instant(r.at);
    const later = outcomeRecords.get(r.touchId);
    if (later !== undefined && r.outcome !== undefined) unsupported("a touch with an outcome and an outcome record");
    const outcome = later?.outcome ?? r.outcome;
    // An outcome is never learnt before its touch.
    const outcomeAt = later === undefined ? (outcome === undefined ? undefined : at) : Math.max(at, later.at);
    touches.push({ touchId: r.touchId, planId: r.planId, stepId: r.stepId, channel: r.channel, attempt: r.attempt, at, outcome, outcomeAt });
  }
  // Events are read as do-not-call exemption evidence and opt-out reviews (the subset's exits read none).
  // Opt-out reviews (docs/compliance.md, "Uncertain messages"): a channel (or `all`) is held while its latest review
  // record is an `optout_review`, not its `optout_review_resolved` (of two at one instant, the resolution).
  const reviewOpen = (channel: string): boolean => {
    let latest: { at: number; open: boolean } | undefined;
    for (const r of history) {
      if (r.type !== "event" || (r.name !== "optout_review" && r.name !== "optout_review_resolved") || r.data?.["channel"] !== channel) continue;
      const seen = { at: instant(r.at), open: r.name === "optout_review" };
      if (latest === undefined || seen.at > latest.at || (seen.at === latest.at && !seen.open)) latest = seen;
    }
    return latest?.open === true;
  };

  // Opt-outs (docs/compliance.md, "Opt-out" and "Do-not-call registries, …"): in force from their `at`, never expiring;
  // consent granted again (in force, `at` after the opt-out) lifts one for the consent's channel, one of `all` for that
  // channel only. Marketing ones (`category: "marketing"`) only keep the steps that are not utility or authentication.
  const consentGrantedAt = (channel: string): number => {
    const c = lead.consent?.[channel];
    if (c === undefined || c.status !== "granted" || c.at === undefined || instant(c.at) > now) return Number.NaN;
    return instant(c.at);
  };
  const optOutsInForce = (lead.optOuts ?? [])
    .map((o) => ({ channel: o.channel, marketing: o.category === "marketing", at: instant(o.at) }))
    .filter((o) => o.at <= now);
  /** When the latest opt-out of `all` (of everything, or of marketing) in force was made (`NaN`: none). */
  const latestAll = (marketing: boolean): number => {
    const alls = optOutsInForce.filter((o) => o.marketing === marketing && o.channel === "all").map((o) => o.at);
    return alls.length === 0 ? Number.NaN : Math.max(...alls);
  };
  /** Whether an opt-out (of everything, or of marketing) keeps `channel`: its own not consented again since, or one of `all`. */
  const optedOut = (channel: string, marketing: boolean): boolean =>
    optOutsInForce.some((o) => o.marketing === marketing && o.channel === channel && !(consentGrantedAt(channel) > o.at)) ||
    !(Number.isNaN(latestAll(marketing)) || consentGrantedAt(channel) > latestAll(marketing));
  /** An opt-out of `all` lifted for some channel (consent granted again after the latest one) no longer ends every channel, nor the cadence. */
  const allLifted = Object.keys(lead.consent ?? {}).some((c) => consentGrantedAt(c) > latestAll(false));
  /** The opt-outs of everything still in force (lifted ones left out), as the `opt_out` exit and the `global` policy read them. */
  const leadOptOuts = optOutsInForce.filter((o) => !o.marketing && !(consentGrantedAt(o.channel) > o.at) && !(o.channel === "all" && allLifted));
  const globalOptOut = plan.policies.optOut === "global" && leadOptOuts.length > 0;
  const doNotContact = (channel: string): boolean =>
    (lead.doNotContact ?? []).some((flag) => ["all", channel].includes(typeof flag === "string" ? flag : flag.channel));

  // Do-not-call (docs/compliance.md, "Do-not-call registries, exemptions and requests"), the plan's rules only.
  /** `at` plus an ISO-8601 period on the UTC calendar. */
  const plusUtc = (at: number, period: string): number => DateTime.fromMillis(at, { zone: "UTC" }).plus(Duration.fromISO(period)).toMillis();
  const doNotCall = (channel: string): boolean => {
    // The presets' registries with the plan's over them; the plan's period for requests, else the presets' longest.
    const registries = Object.assign({}, ...presets.map((p) => p.doNotCall?.registries ?? {}), plan.policies.doNotCall?.registries ?? {}) as NonNullable<
      NonNullable<Plan["policies"]["doNotCall"]>["registries"]
    >;
    const presetPeriods = presets.flatMap((p) => (p.doNotCall?.requestsHonouredFor === undefined ? [] : [p.doNotCall.requestsHonouredFor]));
    const longest = presetPeriods.sort((a, b) => plusUtc(0, b) - plusUtc(0, a))[0];
    // A request covering the channel blocks it from its `at` for `requestsHonouredFor` (for ever without one).
    const requests = (lead.dncRequests ?? [])
      .filter((r) => (r.channels ?? ["call", "sms"]).some((c) => c === channel || c === "all"))
      .map((r) => instant(r.at))
      .filter((at) => at <= now);
    const honoured = plan.policies.doNotCall?.requestsHonouredFor ?? longest;
    if (requests.some((at) => honoured === undefined || now < plusUtc(at, honoured))) return true;
    // It also ends every exemption resting on evidence from before it: only evidence after the latest one exempts.
    const lastRequest = Math.max(Number.NEGATIVE_INFINITY, ...requests);
    return (lead.dncRegistries ?? []).some((listing) => {
      if (listing.at !== undefined && instant(listing.at) > now) return false;
      // A registry without a rule blocks calls and texts, with no exemption.
      const rule = registries[listing.registry] ?? { channels: ["call", "sms"], exemptions: [] };
      if (!rule.channels.includes(channel)) return false;
      const exempt = (rule.exemptions ?? []).some((e) => {
        const evidence = [
          ...history.filter((r) => r.type === "event" && (e.events ?? []).includes(r.name)).map((r) => instant(r.at)),
          ...(e.attributes ?? []).map((name) => lead.attributes?.[name]).flatMap((v) => (typeof v === "string" ? [instant(v)] : [])),
        ].filter((at) => at <= now);
        const since = Math.max(Number.NEGATIVE_INFINITY, ...evidence);
        return since !== Number.NEGATIVE_INFINITY && since > lastRequest && now < plusUtc(since, e.for);
      });
      return !exempt;
    });
  };

  // Exits: the earliest that happened; of those at the same instant an opt-out, then the first the plan lists.
  // An opt-out of `all` ends the cadence whatever the exits; the `opt_out` exit, any opt-out of everything.
  let exit: { reason: string; at: number } | undefined;
  const optOutExit = (of: readonly { at: number }[]): void => {
    const at = Math.min(...of.map((o) => o.at));
    if (at !== Number.POSITIVE_INFINITY && (exit === undefined || at <= exit.at)) exit = { reason: "opted_out", at };
  };
  optOutExit(leadOptOuts.filter((o) => o.channel === "all"));
  if (plan.exits.some((e) => e.on === "opt_out")) optOutExit(leadOptOuts);
  for (const e of plan.exits) {
    let at = Number.POSITIVE_INFINITY;
    if (e.on === "reply") {
      for (const r of history)
        if (r.type === "inbound" && r.automatic !== true && instant(r.at) >= enrolledAt && (e.channels === undefined || e.channels.includes(r.channel)))
          at = Math.min(at, instant(r.at));
    } else if (e.on === "connected") {
      for (const t of touches) if (t.outcome === "connected" && t.at >= enrolledAt) at = Math.min(at, t.outcomeAt ?? t.at);
    } else if (e.on === "meeting") {
      // The earliest meeting booked since enrolment.
      for (const r of history) if (r.type === "meeting" && instant(r.at) >= enrolledAt) at = Math.min(at, instant(r.at));
    } else if (e.on === "status") {
      // The lead's status now: its latest status record (of two at one instant, the later listed; before enrolment too),
      // else the lead's `status`; the exit is at that record's instant, or at `now` for a status on the lead alone.
      let status: { value: string; at: number } | undefined = lead.status === undefined ? undefined : { value: lead.status, at: now };
      let latest = Number.NEGATIVE_INFINITY;
      for (const r of history)
        if (r.type === "status" && instant(r.at) >= latest) {
          latest = instant(r.at);
          status = { value: r.status, at: latest };
        }
      if (status !== undefined && e.in.includes(status.value)) at = status.at;
    } else if (e.on !== "opt_out") unsupported(`exit ${e.on}`);
    const reasons: Record<string, string> = { reply: "replied", connected: "connected", meeting: "meeting_booked", status: "status" };
    if (at !== Number.POSITIVE_INFINITY && (exit === undefined || at < exit.at)) exit = { reason: reasons[e.on] ?? e.on, at };
  }

  // Contacts caps count: every touch of every plan that reached the lead (not `failed`), plus the touches due in this decision.
  const contacts: { at: number; channel: string; touchId: string }[] = touches
    .filter((t) => t.outcome !== "failed")
    .map((t) => ({ at: t.at, channel: t.channel, touchId: t.touchId }));

  const consentOf = (channel: string): string => {
    const c = lead.consent?.[channel];
    if (c === undefined || (c.at !== undefined && instant(c.at) > now)) return "unknown";
    return c.status;
  };
  /** Why a step may not use `channel` now: opt-out, flag, refused consent, bounce, no contact, missing required consent, marketing opt-out. */
  const unavailable = (channel: string, step: Step): string | undefined => {
    if (globalOptOut || optedOut(channel, false)) return "opted_out";
    if (doNotContact(channel) || doNotCall(channel)) return "do_not_contact";
    const consent = consentOf(channel);
    if (consent === "denied") return "consent_denied";
    if (touches.some((t) => t.channel === channel && t.outcome === "bounced")) return "channel_bounced";
    const kinds = CONTACT_KINDS[channel] ?? unsupported(`channel ${channel}`);
    if (!kinds.some((k) => (lead.contacts?.[k] ?? "").trim() !== "")) return "no_contact";
    if (consentRequired.has(channel) && consent !== "granted") return "no_consent";
    // A step without a category is marketing: a follow-up cadence's messages are.
    if (step.category !== "utility" && step.category !== "authentication" && optedOut(channel, true)) return "opted_out";
    return undefined;
  };
  // Steps skipped so far in this decision (an outcome condition on them reads `skipped`).
  const skippedNow = new Set<string>();
  /** The latest outcome learnt for a step's touches of this plan (`none`: none yet), or `skipped`. */
  const outcomeOf = (stepId: string): string => {
    if (skippedNow.has(stepId) || history.some((r) => r.type === "skip" && r.stepId === stepId && (r.planId === undefined || r.planId === plan.id)))
      return "skipped";
    let latest: TouchFact | undefined;
    for (const t of touches)
      if (
        t.stepId === stepId &&
        (t.planId === undefined || t.planId === plan.id) &&
        t.outcomeAt !== undefined &&
        (latest === undefined || t.outcomeAt >= (latest.outcomeAt ?? 0))
      )
        latest = t;
    return latest?.outcome ?? "none";
  };
  const holds = (c: Condition): boolean => {
    if ("all" in c) return c.all.every(holds);
    if ("any" in c) return c.any.some(holds);
    if ("not" in c) return !holds(c.not);
    if ("outcome" in c) return (c.outcome.in as readonly string[]).includes(outcomeOf(c.outcome.step));
    if ("hasContact" in c) return (CONTACT_KINDS[c.hasContact] ?? unsupported(`channel ${c.hasContact}`)).some((k) => (lead.contacts?.[k] ?? "").trim() !== "");
    if ("consent" in c) return (c.consent.in as readonly string[]).includes(consentOf(c.consent.channel));
    return unsupported("condition");
  };
  const chooseChannel = (step: Step): { use: string } | { reason: string } => {
    if (step.when !== undefined && !holds(step.when)) return { reason: "condition_false" };
    const primary = unavailable(step.channel, step);
    if (primary === undefined) return { use: step.channel };
    if (step.fallback !== undefined && unavailable(step.fallback, step) === undefined) return { use: step.fallback };
    return { reason: primary };
  };

  // WhatsApp (docs/compliance.md): free-form only while `last ≤ t < last + 24 h`, `last` the latest
  // inbound WhatsApp message that is not automatic, at any time up to `now` (before enrolment too).
  const lastWhatsApp = Math.max(...history.filter((r) => r.type === "inbound" && r.channel === "whatsapp" && r.automatic !== true).map((r) => instant(r.at)));
  const inWhatsAppWindow = (t: number): boolean => lastWhatsApp <= t && t < lastWhatsApp + DAY;
  /** The lead's WhatsApp number (`whatsapp`, else `phone`) as international digits; a `whatsapp` contact is international without its `+`. */
  const whatsappDigits = (): string | undefined => {
    for (const kind of ["whatsapp", "phone"]) {
      const value = (lead.contacts?.[kind] ?? "").trim();
      if (value === "") continue;
      const digits = value.replace(/\D/g, "");
      if (value.startsWith("+")) return digits;
      if (digits.startsWith("00")) return digits.slice(2);
      return kind === "whatsapp" ? digits : undefined;
    }
    return undefined;
  };
  const templateBlocked = (step: Step): boolean => {
    const digits = whatsappDigits();
    if (step.category === undefined || digits === undefined) return false;
    return (plan.policies.whatsappTemplates?.undelivered ?? DEFAULT_UNDELIVERED).some(
      (rule) => rule.category === step.category && rule.countryCodes.some((code) => digits.startsWith(code.slice(1))),
    );
  };
  /** Outside the window: the step's template unless a rule keeps its category from the number, else its usable fallback, else why not. */
  const outsideWhatsAppWindow = (step: Step): { use: string; requiresTemplate: boolean } | { reason: string } => {
    let reason = "whatsapp_window_closed";
    if (step.templateOutsideWindow !== undefined) {
      if (!templateBlocked(step)) return { use: "whatsapp", requiresTemplate: true };
      reason = "whatsapp_template_blocked";
    }
    // WhatsApp as the fallback has no fallback of its own.
    if (step.fallback !== undefined && step.fallback !== "whatsapp" && unavailable(step.fallback, step) === undefined)
      return { use: step.fallback, requiresTemplate: false };
    return { reason };
  };

  // Closed days (docs/time-rules.md, "Holidays and closures"): per local date, the minutes `[from, to)` the plan's closures
  // and the host's calendar close (a closure without `from` from midnight, without `to` to the end of the day).
  const closedRanges = (date: string): [number, number][] => {
    const ranges: [number, number][] = [];
    for (const c of plan.holidays?.closures ?? [])
      if (c.date === date) ranges.push([clockMinutes(c.from ?? "00:00"), c.to === undefined ? 1440 : clockMinutes(c.to)]);
    const host = options.holidays?.isHoliday(date) ?? false;
    if (host === true) ranges.push([0, 1440]);
    else if (host !== false) {
      if (host.from !== undefined && clockMinutes(host.from) % 15 !== 0) unsupported(`host closure from ${host.from}`);
      if (host.to !== undefined && clockMinutes(host.to) % 15 !== 0) unsupported(`host closure to ${host.to}`);
      ranges.push([clockMinutes(host.from ?? "00:00"), host.to === undefined ? 1440 : clockMinutes(host.to)]);
    }
    if (holidayCountry !== undefined) ranges.push(...countryClosedRanges(holidayCountry.code, holidayCountry.state, date));
    return ranges;
  };
  const closedAt = (date: string, minute: number): boolean => closedRanges(date).some(([from, to]) => minute >= from && minute < to);
  /** A business day: its weekday in the plan's `businessDays` (Monday–Friday by default), and not every minute of it closed. */
  const isBusinessDay = (date: string): boolean => {
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    if (!(plan.businessDays ?? ["mon", "tue", "wed", "thu", "fri"]).includes(DAYS[weekday] as (typeof DAYS)[number])) return false;
    for (let minute = 0; minute < 1440; minute += 15) if (!closedAt(date, minute)) return true;
    return false;
  };
  /** `time` on the `n`-th business day after the anchor's local date (`0`: that date if it is one, else the next). */
  const businessDaysAfter = (anchor: number, n: number, time: string): number => {
    let day = Date.parse(`${local(zone, anchor).date}T00:00:00Z`);
    if (n === 0) day -= DAY;
    for (let counted = 0; ; ) {
      day += DAY;
      if (!isBusinessDay(new Date(day).toISOString().slice(0, 10))) continue;
      if (n === 0 || ++counted === n) return atWall(zone, day + clockMinutes(time) * MINUTE, nonexistent);
    }
  };

  const isOpen = (channel: string, t: number): boolean => {
    // The whole quarter hour holding `t` has one state (see checkSupported).
    const l = local(zone, Math.floor(t / QUARTER) * QUARTER);
    if (closedAt(l.date, l.minute)) return false;
    // A preset's closure closes its channel's windows on the date, not the date as a business day.
    if (channel === "call" && presets.some((p) => l.minute >= (callClosedFrom(p, l.date) ?? 1440))) return false;
    return planOpen(channel, l.weekday, l.minute) && presetsOpen(channel, l.weekday, l.minute);
  };
  const capAllows = (cap: Cap, channel: string, t: number): boolean => {
    if (cap.channels !== undefined && !cap.channels.includes(channel)) return true;
    const lt = local(zone, Math.floor(t / QUARTER) * QUARTER);
    let count = 0;
    for (const c of contacts) {
      if (c.at > t || (cap.channels !== undefined && !cap.channels.includes(c.channel))) continue;
      if (cap.per === "24h") count += c.at > t - DAY ? 1 : 0;
      else if (cap.per === "7d") count += c.at > t - 7 * DAY ? 1 : 0;
      else if (cap.per === "day") count += local(zone, c.at).date === lt.date ? 1 : 0;
      else count += local(zone, c.at).week === lt.week ? 1 : 0;
    }
    return count < cap.max;
  };
  /**
   * The first instant ≥ `from` (and before `until`, else `until`) at which `channel`'s window is
   * open and every cap allows one more touch. The answer can change only at `from`, at a quarter
   * hour (windows, local days and weeks) or when a counted contact leaves a rolling period, so
   * those are tried in order.
   */
  const earliestAllowed = (channel: string, from: number, until = Number.POSITIVE_INFINITY): number => {
    let t = from;
    while (t < from + HORIZON) {
      if (t >= until) return until;
      if (isOpen(channel, t) && caps.every((cap) => capAllows(cap, channel, t))) return t;
      let next = (Math.floor(t / QUARTER) + 1) * QUARTER;
      for (const c of contacts) for (const leaves of [c.at + DAY, c.at + 7 * DAY]) if (leaves > t && leaves < next) next = leaves;
      t = next;
    }
    throw new Error(`no_opening for ${channel} after ${new Date(from).toISOString()}`);
  };

  // The opt-out confirmation (docs/compliance.md, "Confirmation message"), listed after the plan's steps; due, it is a
  // contact at `now` that the steps' caps and the once-a-minute rule count, as they do once it is recorded.
  const confirmation = plan.optOutConfirmation;
  let confirming: ReferenceDecision["due"][number] | undefined;
  let confirmationSkip: string | undefined;
  if (confirmation !== undefined) {
    // Triggered by the earliest opt-out since enrolment covering its channel (its own, `all`, any under `optOut: "global"`),
    // lifted ones left out; sent once (a touch or skip of it in history, of this plan or none named), within 24 hours.
    const c = confirmation.channel;
    const since = Math.min(
      ...leadOptOuts.filter((o) => o.at >= enrolledAt && (o.channel === c || o.channel === "all" || plan.policies.optOut === "global")).map((o) => o.at),
    );
    // Under `evaluateAll`, a touch of it by any plan decided together counts too: it is sent once for all of them.
    const settledBefore = history.some(
      (r) =>
        (r.type === "touch" || r.type === "skip") &&
        r.stepId === OPT_OUT_CONFIRMATION &&
        (r.planId === undefined || r.planId === plan.id || (r.type === "touch" && (options.confirmedBy ?? []).includes(r.planId))),
    );
    if (since !== Number.POSITIVE_INFINITY && !settledBefore && now <= since + DAY) {
      // Only a flag, consent, a bounce or a missing contact keep it (not opt-outs, do-not-call, windows, caps, pauses or reviews).
      const consent = consentOf(c);
      const reason = doNotContact(c)
        ? "do_not_contact"
        : consent === "denied"
          ? "consent_denied"
          : touches.some((t) => t.channel === c && t.outcome === "bounced")
            ? "channel_bounced"
            : !(CONTACT_KINDS[c] ?? unsupported(`channel ${c}`)).some((k) => (lead.contacts?.[k] ?? "").trim() !== "")
              ? "no_contact"
              : consentRequired.has(c) && consent !== "granted"
                ? "no_consent"
                : undefined;
      if (reason !== undefined) confirmationSkip = reason;
      else {
        confirming = { stepId: OPT_OUT_CONFIRMATION, attempt: 1, channel: c, dueAt: since, since };
        contacts.push({ at: now, channel: c, touchId: `${lead.id}/${plan.id}@${plan.version}/${OPT_OUT_CONFIRMATION}#1` });
      }
    }
  }

  if (options.confirmationOnly === true)
    return {
      due: confirming === undefined ? [] : [confirming],
      skipped: confirmationSkip === undefined ? [] : [{ stepId: OPT_OUT_CONFIRMATION, reason: confirmationSkip }],
      next: null,
      done: null,
    };
  if (options.confirmationContact !== undefined) contacts.push({ at: now, ...options.confirmationContact });

  const due: ReferenceDecision["due"][number][] = [];
  const skipped: { stepId: string; reason: string }[] = [];
  let next: { at: number; stepId: string } | null = null;
  let open = 0;
  let lastSettled = Number.NEGATIVE_INFINITY;
  // Per step id: when dependants anchored on its first touch, or on its outcome, start (NaN: not yet).
  const anchorTouch = new Map<string, number>();
  const anchorOutcome = new Map<string, number>();
  const settled = (id: string, touchAt: number, outcomeAt: number, at: number): void => {
    anchorTouch.set(id, touchAt);
    anchorOutcome.set(id, outcomeAt);
    lastSettled = Math.max(lastSettled, at);
  };

  for (const step of plan.steps) {
    const mine = touches
      .filter((t) => t.stepId === step.id && (t.planId === undefined || t.planId === plan.id))
      // Touches tied on attempt and instant: the one with the greater id is the later, and of two under one id the one
      // naming the plan (history order never decides).
      .sort(
        (a, b) =>
          a.attempt - b.attempt ||
          a.at - b.at ||
          (a.touchId < b.touchId ? -1 : a.touchId > b.touchId ? 1 : Number(a.planId !== undefined) - Number(b.planId !== undefined)),
      );
    const first = mine[0];
    const last = mine[mine.length - 1];
    const skip = history.find((r) => r.type === "skip" && r.stepId === step.id && (r.planId === undefined || r.planId === plan.id));
    // A recurring step makes at most `count` touches, and `attempts.max` when given.
    const max =
      "rrule" in step.at ? Math.min(step.at.count ?? Number.POSITIVE_INFINITY, step.attempts?.max ?? Number.POSITIVE_INFINITY) : (step.attempts?.max ?? 1);
    const until: readonly string[] = step.attempts?.until ?? [];

    // Settled by the history: skipped, or touched until an outcome in `until` or the last attempt.
    if (skip !== undefined) {
      const at = instant(skip.at);
      settled(step.id, first?.at ?? at, at, at);
      continue;
    }
    if (last !== undefined) {
      const reached = Math.min(...mine.filter((t) => t.outcome !== undefined && until.includes(t.outcome)).map((t) => t.outcomeAt ?? t.at));
      if (reached !== Number.POSITIVE_INFINITY || last.attempt >= max) {
        const outcomeAt = reached !== Number.POSITIVE_INFINITY ? reached : (last.outcomeAt ?? Number.NaN);
        settled(step.id, first?.at ?? Number.NaN, outcomeAt, Number.isNaN(outcomeAt) ? last.at : outcomeAt);
        continue;
      }
    }

    // Open: its dependants anchored on its touch start at its first touch.
    open++;
    anchorTouch.set(step.id, first?.at ?? Number.NaN);
    anchorOutcome.set(step.id, Number.NaN);
    if (exit !== undefined) continue;
    const attempt = last === undefined ? 1 : last.attempt + 1;
    let scheduled: number;
    const from = step.at.from;
    const anchor = from === undefined ? enrolledAt : ((from.on === "outcome" ? anchorOutcome : anchorTouch).get(from.step) ?? Number.NaN);
    if ("rrule" in step.at) {
      // Attempt 1 at the first occurrence at or after the anchor, each next one at the first a minute or more after the previous touch.
      if (last === undefined && Number.isNaN(anchor)) continue;
      const { at, ended } = occurrences(step.at.rrule, zone, Number.isNaN(anchor) ? (last?.at ?? 0) : anchor, nonexistent);
      const after = last === undefined ? anchor : last.at + MINUTE;
      const found = at.find((t) => t >= after);
      if (found === undefined && !ended) unsupported(`occurrences of ${step.at.rrule} beyond its expansion`);
      if (found === undefined) {
        // The rule ran out: completed, at its anchor when it never touched (its dependants start there, as from a skip),
        // else as a step whose attempts ran out.
        open--;
        if (last === undefined) settled(step.id, anchor, anchor, anchor);
        else settled(step.id, first?.at ?? Number.NaN, last.outcomeAt ?? Number.NaN, last.outcomeAt ?? last.at);
        continue;
      }
      scheduled = found;
    } else if (last !== undefined) scheduled = plusDuration(zone, last.at, step.attempts?.every ?? "PT0S", nonexistent);
    else {
      if (Number.isNaN(anchor)) continue;
      if ("after" in step.at) scheduled = plusDuration(zone, anchor, step.at.after, nonexistent);
      else if ("days" in step.at)
        scheduled = atWall(zone, Date.parse(`${local(zone, anchor).date}T00:00:00Z`) + step.at.days * DAY + clockMinutes(step.at.time) * MINUTE, nonexistent);
      else if ("businessDays" in step.at) scheduled = businessDaysAfter(anchor, step.at.businessDays, step.at.time);
      else return unsupported("timing");
    }
    const start = pausedUntil !== undefined && pausedUntil > scheduled ? pausedUntil : scheduled;
    const channel = chooseChannel(step);
    const wait = (at: number): void => {
      if (next === null || at < next.at) next = { at, stepId: step.id };
    };
    if (start > now) {
      // Not yet: a step that would be skipped then wakes the host at its time, any other at its first allowed instant.
      wait("use" in channel ? earliestAllowed(channel.use, start) : start);
      continue;
    }
    const skipNow = (reason: string): void => {
      open--;
      skipped.push({ stepId: step.id, reason });
      skippedNow.add(step.id);
      settled(step.id, first?.at ?? now, now, now);
    };
    if (!("use" in channel)) {
      skipNow(channel.reason);
      continue;
    }
    // Held while a review of its channel is open: it waits, with no wake-up, and falls back to nothing.
    if (reviewOpen(channel.use) || reviewOpen("all")) continue;
    let use = channel.use;
    let requiresTemplate = false;
    let allowed = earliestAllowed(use, now);
    // WhatsApp's window is judged when the touch can be sent, at `now` (a touch waiting for its send window is judged then).
    if (allowed <= now && use === "whatsapp" && !inWhatsAppWindow(now)) {
      const outside = outsideWhatsAppWindow(step);
      if (!("use" in outside)) {
        skipNow(outside.reason);
        continue;
      }
      ({ use, requiresTemplate } = outside);
      allowed = earliestAllowed(use, now);
    }
    if (allowed > now) {
      wait(allowed);
      continue;
    }
    // A channel is used at most once a minute: another touch on it (not an attempt of this one,
    // `<id>` or `<id>#…`) less than a minute ago holds this one until a minute after it, then its window and caps.
    const id = `${lead.id}/${plan.id}@${plan.version}/${step.id}#${attempt}`;
    const busy = contacts
      .filter((c) => c.channel === use && c.at > now - MINUTE && c.touchId !== id && !c.touchId.startsWith(`${id}#`))
      .reduce((latest, c) => Math.max(latest, c.at + MINUTE), Number.NEGATIVE_INFINITY);
    if (busy > now) {
      wait(earliestAllowed(use, busy));
      continue;
    }
    // Due since its schedule (or the pause's end), or the first instant after it its window and caps allowed.
    const since = pausedUntil !== undefined && pausedUntil > scheduled ? pausedUntil : scheduled;
    due.push({
      stepId: step.id,
      attempt,
      channel: use,
      dueAt: earliestAllowed(use, since, now),
      since,
      ...(requiresTemplate ? { requiresTemplate: true as const } : {}),
    });
    contacts.push({ at: now, channel: use, touchId: id });
  }

  if (confirming !== undefined) due.push(confirming);
  if (confirmationSkip !== undefined) skipped.push({ stepId: OPT_OUT_CONFIRMATION, reason: confirmationSkip });
  const done = confirming
    ? null
    : exit !== undefined
      ? exit
      : open === 0
        ? { reason: "completed", at: lastSettled === Number.NEGATIVE_INFINITY ? now : lastSettled }
        : null;
  return { due, skipped, next: done === null ? next : null, done };
}
