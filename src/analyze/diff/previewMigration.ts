import { enrollmentLead, enrollmentTouch } from "../../engine/enrollmentView.js";
import { migrateLead, type MigrationMode } from "../../engine/migrate.js";
import type { StoredLead, StoredLeadV1, VersionedLead } from "../../engine/store.js";
import { openEnrollment, readStoredLead, type MutableEnrollment, type MutableLead } from "../../engine/storedLead.js";
import { ArgumentError, describeValue } from "../../errors/index.js";
import { parseLead, type Lead, type LeadInput, type SkipRecord } from "../../lead/index.js";
import { parsePlan, type Plan, type PlanInput } from "../../plan/index.js";
import { instantArgument, type InstantInput } from "../../primitives/index.js";
import { evaluate, touchRecord, type Decision, type Done, type EvaluateOptions, type Touch } from "../../schedule/index.js";

/** A lead in flight: a stored lead (from a store's `scan`, with or without its version, either record format), or a lead enrolled on `from`. */
export type InFlightLead = StoredLead | StoredLeadV1 | VersionedLead | LeadInput;

/** Where a lead stands at one instant under one plan version. */
export interface LeadPosition {
  readonly planVersion: number;
  /**
   * Steps with a touch due at the instant, in the order the engine sends them: what is due now, then
   * what those sends make due at the same instant (a step at `PT0S` from another's touch).
   */
  readonly due: readonly string[];
  /** The next wake-up, when nothing more is due now. */
  readonly next: { readonly at: string; readonly stepId: string } | null;
  readonly done: Done | null;
}

/** What a migration would do to one lead. */
export interface LeadMigrationPreview {
  readonly leadId: string;
  /** The IANA zone the lead's clock rules are read in (as a decision's `zone.name`): where its times are shown. */
  readonly zone: string;
  readonly before: LeadPosition;
  readonly after: LeadPosition;
  /** Skip records the migration appends: steps the new version removed, touches it would make due in the past. */
  readonly skipped: readonly SkipRecord[];
  /** Touches the new version makes due at once that were not due under the old one: the flood. */
  readonly dueAtOnce: readonly Touch[];
}

/** Options for {@link previewMigration}. */
export interface PreviewMigrationOptions {
  /** Custom condition rules the plans name, as for `evaluate` and the engine. */
  readonly rules?: EvaluateOptions["rules"];
  /** Per-lead previews kept in `leads` (totals always count every lead). @default 1000 */
  readonly keep?: number;
}

/** What {@link previewMigration} returns. */
export interface MigrationPreview {
  readonly from: { readonly id: string; readonly version: number };
  readonly to: { readonly id: string; readonly version: number };
  readonly at: string;
  readonly mode: MigrationMode;
  /** The first `keep` migrated leads (all of them by default up to 1000). */
  readonly leads: readonly LeadMigrationPreview[];
  readonly totals: {
    /** Leads enrolled on `from` and still active or paused: the ones `engine.migrate` moves. */
    readonly inFlight: number;
    /** Leads left out: another plan or version, or an enrolment that has ended. */
    readonly ignored: number;
    /** Leads whose position changes (skips, or different due steps or next wake-up). */
    readonly changed: number;
    readonly skipped: number;
    readonly skippedByReason: Readonly<Record<string, number>>;
    /** Touches due at once after the migration that were not due before, and how many leads get them. */
    readonly dueAtOnce: number;
    readonly leadsDueAtOnce: number;
    /** Due-at-once touches by channel: what the adapters would have to send at the migration instant. */
    readonly dueAtOnceByChannel: Readonly<Record<string, number>>;
  };
}

/**
 * What `engine.migrate(planId, from.version, to.version, { mode })` would do to leads in flight at
 * `at`, without changing anything: for each lead where it stands now and after, the skip records
 * the migration appends, and the touches that become due at once. It runs the engine's own
 * migration function (`migrateLead`) on a copy of each lead, so the preview and the migration
 * cannot disagree.
 *
 * `leads` is a list, any iterable (a parsed newline-delimited JSON file), or an async iterable such
 * as a store's `scan()`; with an async iterable the result is a promise.
 * @throws {PlanValidationError} for an invalid plan; {@link ArgumentError} for bad arguments or two
 * different plan ids.
 */
export function previewMigration(
  from: Plan | PlanInput,
  to: Plan | PlanInput,
  leads: Iterable<InFlightLead>,
  at: InstantInput,
  mode: MigrationMode,
  options?: PreviewMigrationOptions,
): MigrationPreview;
export function previewMigration(
  from: Plan | PlanInput,
  to: Plan | PlanInput,
  leads: AsyncIterable<InFlightLead>,
  at: InstantInput,
  mode: MigrationMode,
  options?: PreviewMigrationOptions,
): Promise<MigrationPreview>;
export function previewMigration(
  from: Plan | PlanInput,
  to: Plan | PlanInput,
  leads: Iterable<InFlightLead> | AsyncIterable<InFlightLead>,
  at: InstantInput,
  mode: MigrationMode,
  options: PreviewMigrationOptions = {},
): MigrationPreview | Promise<MigrationPreview> {
  const acc = new Accumulator(parsePlan(from), parsePlan(to), instantArgument(at, "at"), mode, options);
  if (leads !== null && typeof leads === "object" && Symbol.asyncIterator in leads) {
    return (async () => {
      for await (const lead of leads) acc.add(lead);
      return acc.result();
    })();
  }
  if (leads === null || typeof leads !== "object" || !(Symbol.iterator in leads)) {
    throw new ArgumentError("leads", `Expected \`leads\` to be a list or an (async) iterable of leads or stored leads, got ${describeValue(leads)}`);
  }
  for (const lead of leads) acc.add(lead);
  return acc.result();
}

class Accumulator {
  readonly #leads: LeadMigrationPreview[] = [];
  // No prototype: a custom channel named `constructor` counts from 0, not from Object's constructor.
  readonly #byReason: Record<string, number> = Object.create(null) as Record<string, number>;
  readonly #byChannel: Record<string, number> = Object.create(null) as Record<string, number>;
  #inFlight = 0;
  #ignored = 0;
  #changed = 0;
  #skipped = 0;
  #dueAtOnce = 0;
  #leadsDueAtOnce = 0;
  readonly #keep: number;
  readonly #evalOptions: EvaluateOptions;

  constructor(
    readonly from: Plan,
    readonly to: Plan,
    readonly at: number,
    readonly mode: MigrationMode,
    options: PreviewMigrationOptions,
  ) {
    if (mode !== "pin" && mode !== "by-step-id") throw new ArgumentError("mode", `Expected \`mode\` to be "pin" or "by-step-id", got ${JSON.stringify(mode)}`);
    if (from.id !== to.id) throw new ArgumentError("to", `Expected two versions of one plan, got ${from.id}@${from.version} and ${to.id}@${to.version}`);
    const keep = options.keep ?? 1000;
    if (!Number.isInteger(keep) || keep < 0)
      throw new ArgumentError("options.keep", `Expected \`options.keep\` to be a non-negative integer, got ${String(keep)}`);
    this.#keep = keep;
    this.#evalOptions = options.rules === undefined ? {} : { rules: options.rules };
  }

  add(input: InFlightLead): void {
    const record = storedRecord(input, this.from);
    const e = openEnrollment(record, this.from.id);
    if (e === undefined || e.planVersion !== this.from.version) {
      this.#ignored++;
      return;
    }
    const index = record.enrollments.indexOf(e as MutableEnrollment);
    const beforeSends = sendsAt(this.from, enrollmentLead(record.lead, e, record.enrollments), e, this.at, this.#evalOptions);
    const before = position(this.from.version, beforeSends);
    // A cadence its history had ended before `at` (a reply, an exit, every step settled: done with nothing due) is over,
    // whatever its record says: the engine marks such an enrolment ended at its next decision, and a plain lead has no state.
    if (before.done !== null && before.due.length === 0) {
      this.#ignored++;
      return;
    }
    this.#inFlight++;
    let preview: LeadMigrationPreview;
    const zone = beforeSends.last.zone.name;
    if (this.mode === "pin") preview = { leadId: record.lead.id, zone, before, after: before, skipped: [], dueAtOnce: [] };
    else {
      const copy = structuredClone(record);
      const moved = copy.enrollments[index] as MutableEnrollment;
      const skipped = migrateLead(copy, moved, this.from, this.to, this.at, this.#evalOptions);
      const afterSends = sendsAt(this.to, enrollmentLead(copy.lead, moved, copy.enrollments), moved, this.at, this.#evalOptions);
      const wasDue = new Set([...before.due, ...Object.values(e.pending).map((p) => p.touch.stepId)]);
      const dueAtOnce = afterSends.sent.filter((t) => !wasDue.has(t.stepId));
      preview = { leadId: record.lead.id, zone, before, after: position(this.to.version, afterSends), skipped, dueAtOnce };
    }
    const moved = preview.skipped.length > 0 || preview.dueAtOnce.length > 0 || !samePosition(preview.before, preview.after);
    if (moved) this.#changed++;
    this.#skipped += preview.skipped.length;
    for (const s of preview.skipped) this.#byReason[s.reason] = (this.#byReason[s.reason] ?? 0) + 1;
    this.#dueAtOnce += preview.dueAtOnce.length;
    if (preview.dueAtOnce.length > 0) this.#leadsDueAtOnce++;
    for (const t of preview.dueAtOnce) this.#byChannel[t.channel] = (this.#byChannel[t.channel] ?? 0) + 1;
    if (this.#leads.length < this.#keep) this.#leads.push(preview);
  }

  result(): MigrationPreview {
    return {
      from: { id: this.from.id, version: this.from.version },
      to: { id: this.to.id, version: this.to.version },
      at: new Date(this.at).toISOString(),
      mode: this.mode,
      leads: this.#leads,
      totals: {
        inFlight: this.#inFlight,
        ignored: this.#ignored,
        changed: this.#changed,
        skipped: this.#skipped,
        skippedByReason: { ...this.#byReason },
        dueAtOnce: this.#dueAtOnce,
        leadsDueAtOnce: this.#leadsDueAtOnce,
        dueAtOnceByChannel: { ...this.#byChannel },
      },
    };
  }
}

/** A stored lead (format 2) for any accepted input; a bare lead is one active enrolment on `from`. */
function storedRecord(input: InFlightLead, from: Plan): MutableLead {
  if (input === null || typeof input !== "object") throw new ArgumentError("leads[]", `Expected a lead or a stored lead, got ${describeValue(input)}`);
  const unwrapped = "record" in input && "version" in input ? input.record : input;
  if ("lead" in unwrapped && ("planId" in unwrapped || "format" in unwrapped)) {
    const rec = readStoredLead(unwrapped as StoredLead | StoredLeadV1);
    return { ...rec, lead: parseLead(rec.lead) };
  }
  const lead: Lead = parseLead(unwrapped as LeadInput);
  const enrollment: MutableEnrollment = {
    id: from.id,
    planId: from.id,
    planVersion: from.version,
    sequence: 1,
    state: "active",
    enrolledAt: lead.enrolledAt,
    historyStart: 0,
    pending: {},
  };
  return { format: 2, lead, enrollments: [enrollment], dueAt: null };
}

/** What the engine sends (or opens, for a task) at `at`: each due touch, then what those sends make due at once, taken as sent; and the decision after them. */
interface SendsAt {
  readonly sent: readonly Touch[];
  readonly last: Decision;
}

/**
 * The touches sent (or, for a task, opened) at `at` for one enrolment and where it stands after
 * them. A send that makes another step due at the same instant (`PT0S` from a touch) is followed, as
 * the engine does after each send. A task's touch is recorded with its outcome, not when it opens:
 * nothing anchored on it is due yet, and an open task is listed once. Every round lists at least one
 * new touch, so a plan of n steps stops within n + 1 rounds.
 */
function sendsAt(plan: Plan, lead: Lead, e: MutableEnrollment, at: number, options: EvaluateOptions): SendsAt {
  const sent: Touch[] = [];
  const listed = new Set<string>();
  let view = lead;
  let decision = evaluate(plan, view, at, options);
  for (let round = 0; round <= plan.steps.length; round++) {
    const fresh = decision.due.filter((t) => !listed.has(t.id));
    if (fresh.length === 0) break;
    for (const t of fresh) listed.add(t.id);
    sent.push(...fresh);
    const records = fresh.filter((t) => t.mode !== "task").map((t) => touchRecord(enrollmentTouch(t, e), { at, outcome: "sent" }));
    if (records.length === 0) break;
    view = { ...view, history: [...view.history, ...records] };
    decision = evaluate(plan, view, at, options);
  }
  return { sent, last: decision };
}

function position(version: number, { sent, last }: SendsAt): LeadPosition {
  const next = last.next === null ? null : { at: last.next.at, stepId: last.next.stepId };
  return { planVersion: version, due: sent.map((t) => t.stepId), next, done: last.done };
}

function samePosition(a: LeadPosition, b: LeadPosition): boolean {
  return a.due.join() === b.due.join() && a.next?.at === b.next?.at && a.next?.stepId === b.next?.stepId && a.done?.reason === b.done?.reason;
}
