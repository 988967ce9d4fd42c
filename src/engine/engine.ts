import { EventEmitter } from "eventemitter3";
import { ArgumentError, describeValue } from "../errors/index.js";
import { parseLead, parseLeadEvent, type HistoryEntry, type Lead, type LeadEventInput, type LeadInput, type SkipRecord } from "../lead/index.js";
import type { Plan } from "../plan/index.js";
import { applyLeadEvent, optOutReviewResolution, type InboundOptOut, type OptOutReviewDecision } from "../policy/index.js";
import { canonicalJson } from "../primitives/canonicalJson.js";
import { jsonCopy } from "../primitives/jsonCopy.js";
import { hasUnstorableText, instantArgument, instantMs, isoInstant as iso, type InstantInput, type Outcome } from "../primitives/index.js";
import { touchRecord, type EvaluateOptions, type Touch } from "../schedule/index.js";
import type { ChannelAdapter, SendGate } from "./adapter.js";
import {
  applyDecision,
  applySendResults,
  endEnrollment,
  settleUnconfirmed,
  type QueuedEvent,
  type RoundContext,
  type RoundOut,
  type SendOutcome,
} from "./applyDecision.js";
import { checkedClock, systemClock, type Clock } from "./clock.js";
import { checkedStore } from "./checkedStore.js";
import type { EngineOptions } from "./engineOptions.js";
import {
  alreadyEnrolled,
  leadIdArgument,
  pauseTargetArgument,
  planIdArgument,
  positiveInt,
  reasonArgument,
  storableEvent,
  storableLead,
  touchIdArgument,
  unknownLead,
} from "./engineArguments.js";
import { enrollmentHistoryEnd, pushEnrollmentRecord } from "./enrollmentView.js";
import { EngineError } from "./errors.js";
import { inboundReaderFor, loadInboundReader } from "./inboundReader.js";
import type { EngineEvents } from "./events.js";
import { createMemoryStore } from "./memoryStore.js";
import { computeMetrics, type EngineMetrics } from "./metrics.js";
import { migrateLead, type MigrationMode } from "./migrate.js";
import { applyLeadChanges, checkLeadChanges, type LeadChanges } from "./leadChanges.js";
import { checkExemptionEvidence, evidenceAttributes } from "./exemptionEvidence.js";
import { checkReenrollment } from "./reenrollment.js";
import { directOf, writeOffered, type DirectStore } from "./recordHandoff.js";
import {
  drivingCopy,
  tightenForKeeping,
  enrollmentId,
  isOpen,
  latestEnrollment,
  openEnrollment,
  readStoredLead,
  type MutableEnrollment,
  type MutableLead,
} from "./storedLead.js";
import { PlanRegistry } from "./planRegistry.js";
import { runSteps, type Steps } from "./steps.js";
import { resolveRetry, type ResolvedRetry } from "./retry.js";
import { type InFlightSend, type InFlightSends, type SendAnswer, sendTouch } from "./sendTouch.js";
import { resolveFailureCodes, type FailureFact } from "./failureCodes.js";
import { escalationChannels } from "./sla.js";
import type { Enrollment, PendingTouch, Store, StoredLead, VersionedLead, WriteResult } from "./store.js";

/** An event to record: any history record but a touch or skip, `at` defaulting to now. */
export type RecordEvent = LeadEventInput;

/** What `enroll` did. */
export interface EnrollResult {
  readonly leadId: string;
  readonly planId: string;
  readonly planVersion: number;
  /** The enrolment's id: `planId` for the lead's first enrolment in the plan, `planId:n` for the n-th. */
  readonly enrollmentId: string;
  /** 1 for the first enrolment in the plan, then 2, 3, ... */
  readonly sequence: number;
  /** True when `ifActive: "keep"` kept an enrolment already running instead of starting one. */
  readonly kept: boolean;
}

/** Options for {@link Engine.enroll}. */
export interface EnrollOptions {
  /** The plan version (default: the latest loaded). */
  readonly version?: number;
  /**
   * When the lead already has an active or paused enrolment in this plan: `"error"` throws
   * `already_enrolled`, `"restart"` ends it (`unenrolled`, reason `restarted`) and starts a new one,
   * `"keep"` leaves it running and resolves with it (`kept: true`).
   * @default "error"
   */
  readonly ifActive?: "error" | "restart" | "keep";
}

/** What `complete` did: `"completed"` the open task, found it `"already_recorded"`, or recorded the outcome `"after_end"` of its enrolment. */
export type CompleteResult = "completed" | "already_recorded" | "after_end";
/** What {@link Engine.skip} did: see there. */
export type SkipResult = "skipped" | "already_skipped" | "already_recorded" | "in_flight";

/** What `migrate` did. */
export interface MigrationResult {
  /** Leads moved to the new version (`pin`: leads left on the old one). */
  readonly leads: number;
  /** Skip records appended (removed steps, touches the new timing made due in the past). */
  readonly skipped: readonly SkipRecord[];
}

/** What `runLead` found: it ran the lead, another runner holds its lease, or there is no such lead. */
export type RunLeadResult = "ran" | "busy" | "absent";

/** What {@link Engine.stop} left: the leads whose work was still waiting for the store when it gave up (their calls rejected `engine_stopped`). */
export interface StopResult {
  /** Lead ids, sorted; empty when every call in hand ended. */
  readonly abandoned: readonly string[];
}

/** A call in hand, as `stop` sees it: its lead, and how to end its caller's wait. */
interface Work {
  readonly leadId: string;
  readonly abandon: (error: EngineError) => void;
}

const MAX_ROUNDS = 1000;
/** Reads (5 ms apart) `enroll` makes for a lead another runner is enrolling before it says `already_enrolled`. */
const STORED_SOON_READS = 40;

/**
 * The stateful shell around `evaluate`: it enrolls leads, performs due touches through adapters,
 * records what happened in each lead's history, retries, escalates SLAs and emits typed events.
 * Create it with {@link createEngine}.
 */
export class Engine extends EventEmitter<EngineEvents> {
  readonly store: Store;
  readonly clock: Clock;
  readonly #plans: PlanRegistry;
  readonly #adapters: Readonly<Record<string, ChannelAdapter>>;
  readonly #retry: ResolvedRetry;
  readonly #evalOptions: EvaluateOptions;
  readonly #concurrency: number;
  readonly #sendTimeoutMs: number;
  readonly #leaseMs: number;
  readonly #pollIntervalMs: number;
  readonly #stopTimeoutMs: number;
  readonly #batchSize: number;
  readonly #owner: string;
  readonly #optOutReview: "hold" | "notify";
  readonly #failureCodes: ReadonlyMap<string, FailureFact>;
  /** The lead attributes the loaded plans' do-not-call exemptions read as evidence. */
  readonly #evidence: readonly string[];
  /** The calls in hand (by the promise their caller waits on): `stop` waits for them, and abandons those the store never answers. */
  readonly #active = new Map<Promise<unknown>, Work>();
  /** The asynchronous sends in flight, by lead: one, or a set of several (`stop` and `forget` abort them); an entry only while one runs. */
  readonly #sending = new Map<string, InFlightSend | Set<InFlightSend>>();
  readonly #inFlight: InFlightSends = {
    add: (leadId, send) => {
      const cur = this.#sending.get(leadId);
      if (cur === undefined) this.#sending.set(leadId, send);
      else if (cur instanceof Set) cur.add(send);
      else this.#sending.set(leadId, new Set([cur, send]));
    },
    delete: (leadId, send) => {
      const cur = this.#sending.get(leadId);
      if (cur === send || (cur instanceof Set && cur.delete(send) && cur.size === 0)) this.#sending.delete(leadId);
    },
  };
  /** Whether an event has listeners (payloads are only built for events that are heard). */
  readonly #listening = (event: keyof EngineEvents): boolean => this.listenerCount(event) > 0;
  /** Leads this engine is driving now: a lease renews for its owner, so local exclusion is needed too. */
  readonly #driving = new Set<string>();
  /** `forget` calls running, by lead. */
  readonly #forgetting = new Map<string, number>();
  /** Leads a `forget` came for while they were driven: their drive starts no send; kept until neither runs. */
  readonly #forgotten = new Set<string>();
  readonly #again = new Set<string>();
  #timer: unknown = undefined;
  #running = false;
  /** Counts `stop` calls: a pass or a polling run started before one (another epoch) takes no more work. */
  #epoch = 0;
  #gate: SendGate | undefined = undefined;
  #gateTimeoutMs: number | undefined = undefined;
  /** The store's direct operations, when it offers them (the memory store): a drive waits only for adapters and copies only what it changes. */
  readonly #direct: DirectStore | undefined;

  /** @internal Use {@link createEngine}. */
  constructor(options: EngineOptions) {
    super();
    if (options === null || typeof options !== "object") throw new ArgumentError("options", `Expected engine options, got ${describeValue(options)}`);
    if (!Array.isArray(options.plans) || options.plans.length === 0)
      throw new ArgumentError("plans", `Expected plans to be a non-empty array of plans, got ${describeValue(options.plans)}`);
    if (options.adapters === null || typeof options.adapters !== "object")
      throw new ArgumentError("adapters", `Expected adapters to be an object of channel adapters, got ${describeValue(options.adapters)}`);
    this.#adapters = options.adapters;
    for (const [channel, adapter] of Object.entries(options.adapters)) {
      if (adapter === null || typeof adapter !== "object" || typeof adapter.send !== "function") {
        throw new ArgumentError(`adapters.${channel}`, `Expected adapters.${channel} to be an object with a send function, got ${describeValue(adapter)}`);
      }
    }
    this.#plans = new PlanRegistry(options.plans);
    this.#evidence = evidenceAttributes(this.#plans.all());
    for (const plan of this.#plans.all()) this.#checkAdapters(plan);
    const store = options.store ?? createMemoryStore();
    this.#direct = directOf(store);
    // A store with direct operations (the memory store) fails on no I/O; any other's failures are typed `store_failed`.
    this.store = this.#direct === undefined ? checkedStore(store) : store;
    this.clock = checkedClock(options.clock ?? systemClock);
    this.#retry = resolveRetry(options.retry);
    this.#evalOptions = options.rules === undefined ? {} : { rules: options.rules };
    this.#concurrency = positiveInt("concurrency", options.concurrency, 32);
    this.#sendTimeoutMs = positiveInt("sendTimeoutMs", options.sendTimeoutMs, 10_000);
    this.#leaseMs = positiveInt("leaseMs", options.leaseMs, 60_000);
    this.#pollIntervalMs = positiveInt("pollIntervalMs", options.pollIntervalMs, 1000);
    this.#stopTimeoutMs = positiveInt("stopTimeoutMs", options.stopTimeoutMs, 10_000);
    this.#batchSize = positiveInt("batchSize", options.batchSize, 500);
    if (options.owner !== undefined && (typeof options.owner !== "string" || options.owner === "" || hasUnstorableText(options.owner)))
      throw new ArgumentError("owner", `Expected owner to be a non-empty string naming this runner's leases, got ${describeValue(options.owner)}`);
    this.#owner = options.owner ?? `engine-${Math.random().toString(36).slice(2, 10)}`;
    // A send starts only with at least half the lease left: a timeout within that half ends every send while the lease is held.
    for (const [name, timeoutMs] of [
      ["sendTimeoutMs", this.#sendTimeoutMs],
      ...Object.entries(options.adapters).map(([channel, a]) => [`adapters.${channel}.timeoutMs`, a.timeoutMs] as const),
    ] as const) {
      if (timeoutMs !== undefined && !(timeoutMs < this.#leaseMs / 2)) {
        throw new ArgumentError(
          name,
          `Expected ${name} to be shorter than half of leaseMs (${this.#leaseMs / 2} ms), got ${describeValue(timeoutMs)}: a send still running when the lease ends could be sent again by another runner`,
        );
      }
    }
    if (options.optOutReview !== undefined && options.optOutReview !== "hold" && options.optOutReview !== "notify") {
      throw new ArgumentError("optOutReview", `Expected \`optOutReview\` to be "hold" or "notify", got ${describeValue(options.optOutReview)}`);
    }
    this.#optOutReview = options.optOutReview ?? "hold";
    this.#failureCodes = resolveFailureCodes(options.failureCodes);
    // The opt-out detector (not in the main entry's import), loaded now so that inbound messages find it.
    loadInboundReader();
  }

  /**
   * Enrolls a lead in a plan (its latest loaded version unless `version` is given) and performs
   * whatever is due at once: an immediate first touch reaches its adapter before this resolves.
   * `enrolledAt` defaults to now. A lead already stored keeps its stored state (history, consent,
   * opt-outs: the fields of `lead` other than `enrolledAt` are not read again) and gains an
   * enrolment: in another plan while its others run (all decided together, under one contact
   * budget), or in the same plan after the last one ended, as the plan's `reenrollment` allows.
   * @throws {LeadValidationError} for an invalid lead (an own `__proto__` key or an empty contact kind
   * among them, issue `invalid_key`), or one holding text no store can keep in every
   * store (a NUL or an unpaired surrogate, issue `invalid_value` or `invalid_key` at its path; in an
   * inbound message's text in its history, U+FFFD takes their place, as `record` does); nothing is stored.
   * A lead on a do-not-call registry whose exemption evidence (an attribute a loaded plan's or preset's
   * exemption reads, `lastPurchaseAt`) holds anything but an instant is refused too (issue at `attributes.<name>`):
   * `evaluate` refuses such a lead.
   * @throws {EngineError} `unknown_plan`; `already_enrolled` when an enrolment in this plan is
   * active or paused (and `ifActive` is `"error"`); `reenrollment_not_allowed`, `reenrollment_too_soon`.
   * @throws {ArgumentError} for a malformed plan id, `options.ifActive`, or `options.version` that is no positive integer.
   */
  async enroll(
    lead: LeadInput | (Omit<LeadInput, "enrolledAt"> & { enrolledAt?: string }),
    planId: string,
    options: EnrollOptions = {},
  ): Promise<EnrollResult> {
    planIdArgument(planId);
    const version = options?.version;
    if (version !== undefined && !(Number.isInteger(version) && version >= 1))
      throw new ArgumentError(
        "options.version",
        `Expected options.version to be a positive integer (a loaded version of the plan), got ${describeValue(version)}`,
      );
    const ifActive = options?.ifActive ?? "error";
    if (ifActive !== "error" && ifActive !== "restart" && ifActive !== "keep")
      throw new ArgumentError("options.ifActive", `Expected options.ifActive to be "error", "restart" or "keep", got ${describeValue(ifActive)}`);
    const plan = this.#plans.get(planId, version);
    const now = this.clock.now();
    const input = lead !== null && typeof lead === "object" && lead.enrolledAt === undefined ? { ...lead, enrolledAt: iso(now) } : lead;
    const parsed = parseLead(input);
    storableLead(parsed);
    checkExemptionEvidence(parsed, this.#evidence);
    const result = (e: Enrollment, kept: boolean): EnrollResult => ({
      leadId: parsed.id,
      planId: e.planId,
      planVersion: e.planVersion,
      enrollmentId: e.id,
      sequence: e.sequence,
      kept,
    });
    return this.#track(this.#enroll(parsed, plan, ifActive, now, result), parsed.id);
  }

  async #enroll(
    parsed: Lead,
    plan: Plan,
    ifActive: "error" | "restart" | "keep",
    now: number,
    result: (e: Enrollment, kept: boolean) => EnrollResult,
  ): Promise<EnrollResult> {
    const epoch = this.#epoch;
    for (;;) {
      const existing = await this.store.get(parsed.id);
      if (existing !== undefined) {
        const rec = readStoredLead(existing.record);
        const open = openEnrollment(rec, plan.id) as MutableEnrollment | undefined;
        if (open !== undefined && ifActive === "keep") return result(open, true);
        if (open !== undefined && ifActive === "error") throw alreadyEnrolled(parsed.id, open);
        const last = latestEnrollment(rec, plan.id);
        if (open !== undefined) {
          endEnrollment(rec, open, "unenrolled", "restarted", now);
          rec.lead.history.push({ type: "event", name: "unenrolled", at: iso(now), data: { reason: "restarted", planId: plan.id, enrollmentId: open.id } });
        } else if (last !== undefined) checkReenrollment(plan, parsed.id, last, now);
        const e = newEnrollment(plan, (last?.sequence ?? 0) + 1, parsed.enrolledAt, rec.lead.history.length);
        rec.enrollments.push(e);
        rec.dueAt = now;
        const w = await this.#write(parsed.id, rec, existing.version);
        if (!w.ok) continue;
        await this.#process(parsed.id, epoch);
        return result(e, false);
      }
      if (this.#driving.has(parsed.id) || !(await this.store.claim(parsed.id, this.#owner, now + this.#leaseMs, now))) {
        // Another runner is enrolling the lead (a webhook delivered twice): its first write, made before any send, stores it; "keep" and "restart" go on from there.
        if (ifActive !== "error" && (await this.#storedSoon(parsed.id))) continue;
        throw new EngineError("already_enrolled", `Lead ${JSON.stringify(parsed.id)} is being enrolled by another runner`);
      }
      const e = newEnrollment(plan, 1, parsed.enrolledAt, 0);
      const record: MutableLead = { format: 2, lead: parsed, enrollments: [e], dueAt: now };
      this.#driving.add(parsed.id);
      let created: boolean;
      try {
        created = await runSteps(this.#drive(parsed.id, { record, version: 0 }, true, now + this.#leaseMs, epoch));
      } finally {
        this.#driving.delete(parsed.id);
        this.#endForgotten(parsed.id);
      }
      // Stored by another process since it was read as absent (a webhook delivered twice): "keep" and "restart" go on from its record.
      if (!created) {
        if (ifActive === "error") throw alreadyEnrolled(parsed.id, undefined);
        continue;
      }
      if (this.#again.delete(parsed.id)) await this.#process(parsed.id, epoch);
      return result(e, false);
    }
  }

  /** The lead's enrolments, oldest first: plan, version, state, enrolment instant, pending touches, end. */
  async enrollments(leadId: string): Promise<readonly Enrollment[]> {
    leadIdArgument(leadId);
    const cur = await this.store.get(leadId);
    if (cur === undefined) throw unknownLead(leadId);
    return readStoredLead(cur.record).enrollments;
  }

  /**
   * Appends an event to the lead's history (`at` defaults to now) and performs what it makes due.
   * An outcome for an open task completes the task. Inbound messages run opt-out detection
   * (`readInboundOptOut`): an opt-out is appended to `lead.optOuts`; an uncertain one emits
   * `optout:review` and, unless `optOutReview` is `"notify"`, holds touches on its channel until
   * {@link Engine.resolveOptOutReview}.
   * @throws {EngineError} `unknown_lead`, or `unknown_touch` for an outcome naming no touch of the lead.
   * An inbound message's text is the lead's words as a gateway delivered them: a NUL or an unpaired
   * surrogate in it (which a `jsonb` column refuses) is stored as U+FFFD and the opt-out detection
   * reads that text, so such a message is never refused and its opt-out never lost.
   * The detector (`lead-cadence/opt-out`) is loaded when the engine is made (about 20 ms, once per process); an inbound
   * message recorded before that load ends waits for it, as do the records made after it meanwhile, which keep their
   * call order. If it cannot be loaded (a broken install), an inbound message rejects with the load's error, nothing
   * stored, and the next one tries again.
   * @throws {ArgumentError} for a malformed event, or one holding a NUL or an unpaired surrogate
   * elsewhere (named by its path; a `jsonb` column refuses both, so no store keeps it); nothing is stored.
   */
  async record(leadId: string, event: RecordEvent): Promise<void> {
    const entry = storableEvent(parseLeadEvent(event, this.clock.now()));
    // Had before the lead is read, so that the update below stays one synchronous change of what was read; waited for
    // only while an inbound message waits for the detector to load (records keep their call order).
    const reader = inboundReaderFor(entry.type === "inbound");
    const readInbound = reader instanceof Promise ? await reader : reader;
    let reading: InboundOptOut | undefined;
    await this.#update(leadId, (rec) => {
      if (entry.type === "outcome") {
        // An own key only: any text is an outcome's touch id, and "constructor" or "__proto__" would find Object.prototype's.
        const holder = rec.enrollments.find((e) => Object.hasOwn(e.pending, entry.touchId));
        const open = holder?.pending[entry.touchId];
        if (holder !== undefined && open !== undefined && open.touch.mode === "task") {
          rec.lead.history.push(touchRecord(open.touch, { at: entry.at, outcome: entry.outcome }));
          delete holder.pending[entry.touchId];
          return;
        }
        if (open === undefined && !rec.lead.history.some((h) => h.type === "touch" && h.touchId === entry.touchId)) {
          throw new EngineError("unknown_touch", `Lead ${JSON.stringify(leadId)} has no touch ${JSON.stringify(entry.touchId)}`);
        }
      }
      reading = applyLeadEvent(rec.lead, entry, { optOutReview: this.#optOutReview, ...(readInbound === undefined ? {} : { readInbound }) });
    });
    if (reading !== undefined && entry.type === "inbound") {
      for (const review of reading.reviews) {
        const channel = review.data?.["channel"] as string;
        this.emit("optout:review", { leadId, channel, inbound: entry, detection: reading.detection, held: this.#optOutReview === "hold" });
      }
    }
  }

  /**
   * Changes the stored lead's own fields as the CRM learns them (a new address, consent given, a
   * do-not-contact flag, a move to another zone) and performs what the change makes due, as `record`
   * does. `contacts` and `consent` change by key (`null` removes one); other fields given replace
   * the stored ones and `null` removes an optional one; `optOuts` and `dncRequests` given are added,
   * never removed. History, status and pauses are not fields: use
   * `record`, `pause` and `resume`. A bounce recorded with its address (`to`) stops blocking the
   * channel once the lead's contact for it changes.
   * @throws {EngineError} `unknown_lead`.
   * @throws {ArgumentError} for a field that is not a change (saying what to use) or unknown.
   * @throws {LeadValidationError} for a value the lead schema refuses (a key no lead keeps among them:
   * `__proto__`, an empty contact kind or channel; `null` for one is accepted), or text holding a NUL
   * or an unpaired surrogate (which no store keeps alike), naming its path; or a change after which the lead,
   * on a do-not-call registry, holds exemption evidence that is no instant (`attributes.lastPurchaseAt: "2024-05-01"`,
   * which `evaluate` refuses, so the lead could no longer be decided); nothing is stored.
   * @example await engine.updateLead("lead-42", { contacts: { email: "new@example.com" }, consent: { whatsapp: { status: "granted", at: now } } });
   */
  async updateLead(leadId: string, changes: LeadChanges): Promise<void> {
    const checked = checkLeadChanges(changes);
    await this.#update(leadId, (rec) => {
      applyLeadChanges(rec.lead, checked);
      checkExemptionEvidence(rec.lead, this.#evidence);
    });
  }

  /**
   * Resolves an opt-out review `optout:review` announced: `"opt_out"` records an opt-out of
   * `channel` (as of now), `"continue"` releases the held touches. Either way the hold ends.
   * @throws {EngineError} `unknown_lead`.
   * @throws {ArgumentError} for an unknown decision, or a channel that is not a channel name or `all` (`"SMS"` would end
   *   no hold, and its opt-out would make the lead one `evaluate` refuses); nothing is stored.
   */
  async resolveOptOutReview(leadId: string, channel: string, decision: OptOutReviewDecision): Promise<void> {
    if (decision !== "opt_out" && decision !== "continue")
      throw new ArgumentError("decision", `Expected \`decision\` to be "opt_out" or "continue", got ${describeValue(decision)}`);
    const at = iso(this.clock.now());
    const resolution = optOutReviewResolution(channel, at, decision);
    await this.#update(leadId, (rec) => {
      if (decision === "opt_out") rec.lead.optOuts.push({ channel, at, source: "review" });
      rec.lead.history.push(resolution);
    });
  }

  /**
   * Completes a task-mode touch announced by `touch:due`: records it as performed with `outcome`.
   * Resolves with `"completed"`; `"already_recorded"` when the touch is already in history (nothing
   * changes); `"after_end"` when its enrolment has ended (done, unenrolled, restarted): the outcome is
   * still recorded in history (the task as performed, or an outcome record), with an
   * `outcome_after_end` event, and nothing is scheduled from it.
   * @throws {EngineError} `unknown_lead`; `unknown_touch` when the lead has no such touch, or it is an auto touch
   *   still open (waiting for a retry or being sent: the engine performs it, `skip` cancels it), or, its enrolment
   *   ended, the id names a step its plan version (when this engine loads it) does not have; nothing is stored.
   */
  async complete(touchId: string, outcome: Outcome): Promise<CompleteResult> {
    const parts = touchIdArgument(touchId);
    const entry = parseLeadEvent({ type: "outcome", touchId, outcome }, this.clock.now());
    if (entry.type !== "outcome") throw new EngineError("unknown_touch", `Expected an outcome for ${JSON.stringify(touchId)}`);
    let answer: CompleteResult = "completed";
    await this.#update(
      parts.leadId,
      (rec) => {
        answer = "completed";
        const holder = rec.enrollments.find((e) => e.pending[touchId] !== undefined);
        const open = holder?.pending[touchId];
        const owner = holder ?? rec.enrollments.find((e) => e.planId === parts.planId && e.sequence === parts.sequence);
        const ended = owner !== undefined && !isOpen(owner);
        if (holder !== undefined && open !== undefined) {
          // An auto touch waiting for its retry or in flight was not performed by a person: recorded so, it would pass for sent.
          if (open.touch.mode !== "task")
            throw new EngineError(
              "unknown_touch",
              `No open task ${JSON.stringify(touchId)}: it is an auto touch the engine sends (skip it, or record its outcome once sent)`,
            );
          rec.lead.history.push(touchRecord(open.touch, { at: entry.at, outcome: entry.outcome }));
          delete holder.pending[touchId];
        } else if (rec.lead.history.some((h) => h.type === "touch" && h.touchId === touchId)) {
          answer = "already_recorded";
          return;
        } else if (ended) {
          // No open task is left to compare with once an enrolment ends; a version this engine loads still names its steps.
          const steps = this.#plans.find(parts.planId, parts.planVersion)?.steps.map((s) => s.id);
          if (steps !== undefined && !steps.includes(parts.stepId))
            throw new EngineError(
              "unknown_touch",
              `No step ${JSON.stringify(parts.stepId)} in plan ${parts.planId}@${parts.planVersion} for ${JSON.stringify(touchId)}; its steps: ${steps.join(", ")}`,
            );
          rec.lead.history.push(entry);
        } else {
          throw new EngineError("unknown_touch", `No open task ${JSON.stringify(touchId)}`);
        }
        if (ended) {
          answer = "after_end";
          rec.lead.history.push({
            type: "event",
            name: "outcome_after_end",
            at: entry.at,
            data: { touchId, outcome: entry.outcome, enrollmentId: owner.id, endedReason: owner.endedReason ?? owner.state },
          });
        }
      },
      () => answer === "already_recorded",
    );
    return answer;
  }

  /**
   * Skips an open touch: a rep's "skip this task", or a message waiting for a retry or a deferral
   * that the CRM cancels. Nothing is performed for it; its step (with any attempts left) is settled
   * as skipped with `reason`, a `skip` record the `touch:skipped` event announces, and what follows
   * the step is decided at once. A message whose earlier attempt's answer was lost is recorded first (outcome unknown,
   * a `touch_unconfirmed` event): it may have reached the lead, so caps count it. A task an earlier enrolment left open
   * settles that enrolment's step, not the step of the lead's newer enrolment in the plan (the skip record goes before
   * the newer one's start, see {@link Enrollment.historyStart}). Resolves `"skipped"`; `"already_skipped"` when the
   * enrolment the id names already skipped the step (nothing changes: a retried call is harmless); `"already_recorded"` when the touch was
   * performed; `"in_flight"` when an adapter is sending it (a send cannot be recalled: its result stands).
   * @param reason A code for reports, at most 200 characters. @default "skipped_by_host"
   * @throws {EngineError} `unknown_lead`; `unknown_touch` when the lead has no such open touch.
   * @throws {ArgumentError} for a reason that is not a non-empty string a store can hold.
   * @example await engine.skip(task.id, "showroom_visit");
   */
  async skip(touchId: string, reason = "skipped_by_host"): Promise<SkipResult> {
    const parts = touchIdArgument(touchId);
    reasonArgument(reason);
    let answer: SkipResult = "skipped";
    let record: SkipRecord | undefined;
    let planId = parts.planId;
    await this.#update(
      parts.leadId,
      (rec) => {
        answer = "skipped";
        const holder = rec.enrollments.find((e) => e.pending[touchId] !== undefined);
        const open = holder?.pending[touchId];
        if (holder !== undefined && open !== undefined) {
          if (open.sendingSince !== undefined) {
            answer = "in_flight";
            return;
          }
          const now = this.clock.now();
          planId = holder.planId;
          // An earlier attempt whose answer was lost may have reached the lead: recorded (outcome unknown), so caps count it.
          settleUnconfirmed(rec.lead, open, now);
          record = { type: "skip", planId: holder.planId, stepId: open.touch.stepId, reason, at: iso(now) };
          pushEnrollmentRecord(rec, holder, record);
          delete holder.pending[touchId];
          return;
        }
        const history = rec.lead.history;
        // The enrolment the id names (its plan and sequence): its own skip records lie in its part of the history.
        const named = rec.enrollments.find((e) => e.planId === parts.planId && e.sequence === parts.sequence);
        const end = named === undefined ? 0 : Math.min(history.length, enrollmentHistoryEnd(rec.enrollments, named));
        let skipped = false;
        for (let i = named?.historyStart ?? 0; i < end && !skipped; i++) {
          const h = history[i] as HistoryEntry;
          skipped = h.type === "skip" && h.planId === parts.planId && h.stepId === parts.stepId;
        }
        if (history.some((h) => h.type === "touch" && h.touchId === touchId)) answer = "already_recorded";
        else if (skipped) answer = "already_skipped";
        else throw new EngineError("unknown_touch", `No open touch ${JSON.stringify(touchId)}`);
      },
      () => answer !== "skipped",
    );
    if (record !== undefined) this.emit("touch:skipped", { leadId: parts.leadId, planId, record });
    return answer;
  }

  /**
   * Pauses the lead's enrolments: with no argument, every active one until `resume`; with an
   * instant, the whole lead until then (the steps that fell due meanwhile go at its end; later ones keep their times); with `{ planId }`, only the
   * enrolment in that plan (until `resume`, or until `until` when given).
   * @throws {EngineError} `unknown_lead`; `unknown_plan` for a `planId` neither loaded nor one the lead was enrolled in;
   *   {@link ArgumentError} for a malformed instant or plan id, or a target object with another key (`planID` would pause every enrolment) or an array.
   */
  async pause(leadId: string, target?: InstantInput | { readonly planId?: string; readonly until?: InstantInput }): Promise<void> {
    pauseTargetArgument(target);
    const options: { readonly planId?: string; readonly until?: InstantInput } =
      target !== null && typeof target === "object" && !(target instanceof Date) ? target : target === undefined ? {} : { until: target };
    const untilMs = options.until === undefined ? undefined : instantArgument(options.until, "until");
    const planId = options.planId;
    if (planId !== undefined) planIdArgument(planId);
    await this.#update(leadId, (rec) => {
      this.#checkEnrolledPlan(rec, planId);
      if (planId === undefined && untilMs !== undefined) {
        rec.lead.pausedUntil = iso(untilMs);
        return;
      }
      for (const e of rec.enrollments) {
        if (planId !== undefined && e.planId !== planId) continue;
        if (untilMs !== undefined) e.pausedUntil = iso(untilMs);
        else if (e.state === "active") e.state = "paused";
      }
    });
  }

  /**
   * Lifts a pause (of the whole lead, or only of the enrolment in `planId`) and performs what is due.
   * A pause in force ends now rather than vanishing: its end stays the `pausedUntil` (now), so a
   * touch that fell due during it is due from the resume (`dueAt`, which SLAs count from), not from
   * its schedule.
   * @throws {EngineError} `unknown_lead`; `unknown_plan` for a `planId` neither loaded nor one the lead was enrolled in.
   */
  async resume(leadId: string, planId?: string): Promise<void> {
    if (planId !== undefined) planIdArgument(planId);
    await this.#update(leadId, (rec) => {
      this.#checkEnrolledPlan(rec, planId);
      const now = this.clock.now();
      const ended = iso(now);
      const inForce = (until: string | undefined): boolean => until !== undefined && instantMs(until) > now;
      if (planId === undefined && inForce(rec.lead.pausedUntil)) rec.lead.pausedUntil = ended;
      for (const e of rec.enrollments) {
        if (planId !== undefined && e.planId !== planId) continue;
        if (e.state === "paused" || inForce(e.pausedUntil)) e.pausedUntil = ended;
        if (e.state === "paused") e.state = "active";
      }
    });
  }

  /**
   * Ends the lead's running enrolments for good (all of them, or the one in `planId`): retries
   * waiting are dropped, open tasks stay completable (see `complete`).
   * @throws {EngineError} `unknown_lead`; `unknown_plan` for a `planId` neither loaded nor one the lead was enrolled in
   *   (a misspelt id would stop nothing); {@link ArgumentError} for a malformed plan id or reason, and for a reason alone
   *   (`unenroll(leadId, reason)`) that is the id of a loaded plan or one of the lead's: `unenroll(leadId, planId)` would
   *   end every plan (give it as `unenroll(leadId, undefined, reason)` when it is meant as the reason).
   * @example
   * await engine.unenroll("lead-1", "bought elsewhere"); // every plan of the lead
   * await engine.unenroll("lead-1", "dealer-speed-to-lead", "booked a test drive"); // that plan only
   */
  async unenroll(leadId: string, reason: string): Promise<void>;
  async unenroll(leadId: string, planId: string | undefined, reason: string): Promise<void>;
  async unenroll(leadId: string, ...rest: [string] | [string | undefined, string]): Promise<void> {
    const [planId, reason] = rest.length >= 2 ? (rest as [string | undefined, string]) : [undefined, rest[0]];
    if (planId !== undefined) planIdArgument(planId);
    reasonArgument(reason);
    await this.#update(leadId, (rec) => {
      this.#checkEnrolledPlan(rec, planId);
      // `unenroll(leadId, planId)` reads as a stop of one plan but says "end every plan, for this reason": refused.
      if (rest.length < 2 && (this.#plans.has(reason) || rec.enrollments.some((e) => e.planId === reason))) {
        throw new ArgumentError(
          "reason",
          `Expected a reason, got ${describeValue(reason)}, which names a plan: unenroll(leadId, reason) ends every plan of the lead; to end one, call unenroll(leadId, ${JSON.stringify(reason)}, reason), or unenroll(leadId, undefined, ${JSON.stringify(reason)}) to give it as the reason`,
        );
      }
      const now = this.clock.now();
      for (const e of rec.enrollments) {
        if (!isOpen(e) || (planId !== undefined && e.planId !== planId)) continue;
        endEnrollment(rec, e, "unenrolled", reason, now);
        rec.lead.history.push({ type: "event", name: "unenrolled", at: iso(now), data: { reason, planId: e.planId, enrollmentId: e.id } });
      }
    });
  }

  /**
   * Erasure (GDPR Art. 17): the lead and everything stored about it leave the store (a
   * compare-and-set `remove`), sends this engine has in flight for it are aborted, and their results
   * are not written; its runs of the lead start no send and emit no event from then on. Afterwards the id is unknown: `record`, `complete`, `pause`... throw
   * `unknown_lead`; a new `enroll` starts a new lead. Resolves with `false` when there was no such lead,
   * else emits `lead:forgotten` (a queue driver drops the lead's wake-up; the host erases its copies).
   * Other engines on the store stop at their next write (it finds no record); their own in-flight
   * sends finish but are not recorded.
   */
  async forget(leadId: string): Promise<boolean> {
    leadIdArgument(leadId);
    this.#forgetting.set(leadId, (this.#forgetting.get(leadId) ?? 0) + 1);
    try {
      for (const c of sendsIn(this.#sending.get(leadId))) c.abort(new Error("lead forgotten"));
      for (;;) {
        const cur = await this.store.get(leadId);
        if (cur === undefined) return false;
        // A drive whose write is answered from now on sends nothing and emits nothing (it sees the mark); one answered before has begun its sends: aborted.
        this.#forgotten.add(leadId);
        for (const c of sendsIn(this.#sending.get(leadId))) c.abort(new Error("lead forgotten"));
        const w = await this.store.remove(leadId, cur.version);
        // Gone since the read: a forget racing this one, or this very remove run twice (a client re-sends it after losing its reply).
        if (w.ok || w.version === 0) {
          await this.#dropLease(leadId);
          this.emit("lead:forgotten", { leadId, dueAt: cur.record.dueAt });
          return true;
        }
      }
    } finally {
      const left = (this.#forgetting.get(leadId) ?? 1) - 1;
      if (left > 0) this.#forgetting.set(leadId, left);
      else this.#forgetting.delete(leadId);
      this.#endForgotten(leadId);
    }
  }

  /** Drops the lead's forgotten mark once no forget and no drive of it runs. */
  #endForgotten(leadId: string): void {
    if (this.#forgotten.size > 0 && !this.#forgetting.has(leadId) && !this.#driving.has(leadId)) this.#forgotten.delete(leadId);
  }

  /**
   * After a forget, a lease a runner left behind (it died holding it) still names the lead: it is taken over and
   * freed. A live one is its holder's, who frees it when its run ends (the run writes nothing: the lead is gone).
   */
  async #dropLease(leadId: string): Promise<void> {
    try {
      const now = this.clock.now();
      if (await this.store.claim(leadId, this.#owner, now + this.#leaseMs, now)) await this.store.release(leadId, this.#owner);
    } catch (error) {
      this.emit("error", { error, leadId });
    }
  }

  /** The stored state of a lead (in the current record format), or `undefined`. */
  async get(leadId: string): Promise<VersionedLead | undefined> {
    leadIdArgument(leadId);
    const cur = await this.store.get(leadId);
    return cur === undefined ? undefined : { record: readStoredLead(cur.record), version: cur.version };
  }

  /**
   * Open tasks (announced by `touch:due`, not yet completed or skipped) of a lead, or, without a
   * lead id, of every lead in the store, the longest-waiting first (`dueAt`): a dialer's queue
   * refilled after a restart. Without a lead id it reads the whole store (`scan`): once per restart,
   * not per call.
   * @throws {EngineError} `unknown_lead` for a lead id the store does not hold.
   */
  async openTasks(leadId?: string): Promise<Touch[]> {
    if (leadId === undefined) {
      const all: Touch[] = [];
      for await (const v of this.store.scan()) all.push(...openTasksOf(readStoredLead(v.record)));
      return all.sort((a, b) => instantMs(a.dueAt) - instantMs(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    leadIdArgument(leadId);
    const cur = await this.store.get(leadId);
    if (cur === undefined) throw unknownLead(leadId);
    return openTasksOf(readStoredLead(cur.record));
  }

  /**
   * Performs whatever is due for one lead now, holding its lease as `runDue` does (queue drivers
   * call this for the lead a job names). Resolves with `"ran"` when this engine looked at the lead
   * (or its running pass over the lead will look again), `"busy"` when another runner holds its
   * lease (that runner performs what is due), `"absent"` when the store has no such lead.
   */
  async runLead(leadId: string): Promise<RunLeadResult> {
    leadIdArgument(leadId);
    return this.#track(this.#process(leadId), leadId);
  }

  /** The channels this engine has adapters for, sorted (a runner checks its rate limits against them). */
  get channels(): readonly string[] {
    return Object.keys(this.#adapters).sort();
  }

  /**
   * Installs the gate every send passes before its adapter is called (`undefined` removes it): a
   * runner with rate limits installs its limiter here (see `lead-cadence/bullmq`'s `limits`). One
   * gate at a time; installing one replaces the previous. `timeoutMs` bounds the gate's verdict
   * (default: the adapter's timeout): past it the attempt is a retryable failure. The adapter's own
   * timeout starts when the gate lets the send start, so a gate's wait (a rate limiter's, for its
   * slot) never eats into it.
   * @throws {ArgumentError} when `gate` is neither a function nor `undefined`, or `timeoutMs` not a positive number of milliseconds.
   */
  useSendGate(gate: SendGate | undefined, options: { readonly timeoutMs?: number } = {}): void {
    if (gate !== undefined && typeof gate !== "function")
      throw new ArgumentError("gate", `Expected a send gate function or undefined, got ${describeValue(gate)}`);
    const timeoutMs = options?.timeoutMs;
    if (timeoutMs !== undefined && !(typeof timeoutMs === "number" && Number.isFinite(timeoutMs) && timeoutMs > 0))
      throw new ArgumentError("options.timeoutMs", `Expected the send gate's timeout in milliseconds (a positive number), got ${describeValue(timeoutMs)}`);
    this.#gate = gate;
    this.#gateTimeoutMs = gate === undefined ? undefined : timeoutMs;
  }

  /** One pass over every lead due now. Resolves with the number of leads looked at; a pass that `stop` finds running takes no more leads. */
  async runDue(): Promise<number> {
    const epoch = this.#epoch;
    const now = this.clock.now();
    const seen = new Set<string>();
    const claimDue = this.store.claimDue?.bind(this.store);
    for (;;) {
      // A store that claims in batches leases each batch to this runner, one pool's worth at a time, so runners share the due leads.
      // The pass takes the leads due at its start; each batch's lease runs from the clock at its claim (a long pass's later batches would get expired leases).
      const found =
        claimDue === undefined
          ? await this.store.due(now, this.#batchSize)
          : await claimDue(now, Math.min(this.#batchSize, this.#concurrency), this.#owner, this.clock.now() + this.#leaseMs);
      const stopped = epoch !== this.#epoch;
      const ids = stopped ? [] : found.filter((id) => !seen.has(id));
      if (claimDue !== undefined) for (const id of found) if ((stopped || seen.has(id)) && !this.#driving.has(id)) await this.#release(id);
      if (ids.length === 0) return seen.size;
      for (const id of ids) seen.add(id);
      // Once stopped, the leads left of a claimed batch are handed back instead of driven.
      await this.#pool(ids, (id) => {
        if (epoch === this.#epoch) return this.#track(this.#process(id, epoch), id);
        if (claimDue !== undefined && !this.#driving.has(id)) return this.#release(id);
        return undefined;
      });
    }
  }

  /** Runs `runDue` on timers every `pollIntervalMs` until `stop`. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    // This run's timers only: a pass still running from before a `stop` schedules none when it ends.
    const epoch = this.#epoch;
    const tick = (): void => {
      this.#timer = undefined;
      void this.runDue()
        .catch((error: unknown) => this.emit("error", { error }))
        .finally(() => {
          if (this.#running && epoch === this.#epoch) this.#timer = this.clock.setTimeout(tick, this.#pollIntervalMs);
        });
    };
    tick();
  }

  /**
   * Stops the timers and waits for the calls in hand; a `runDue` pass running now takes no more
   * leads (those it claimed and had not begun are released), and the calls in hand start no new
   * send: they write what their sends answered and leave the lead due for the next runner. Sends still running after `timeoutMs` (by
   * default the engine's `stopTimeoutMs`; `0` aborts them at once, `Infinity` never) are aborted;
   * they are then recorded as retryable failures, so nothing is left half-recorded. Recording them
   * is bounded too: a call still waiting for the store `stopTimeoutMs` after the abort (a store that
   * never answers) is abandoned: its caller's promise rejects with `EngineError` `engine_stopped`,
   * what was written before stays, and the lead's lease lets another runner take it when it ends.
   * Resolves with the leads abandoned. With `Infinity` it waits however long the store takes.
   * @throws {ArgumentError} when `timeoutMs` is not a non-negative number.
   */
  async stop(timeoutMs?: number): Promise<StopResult> {
    if (timeoutMs !== undefined && !(typeof timeoutMs === "number" && timeoutMs >= 0))
      throw new ArgumentError(
        "timeoutMs",
        `Expected timeoutMs to be a non-negative number of milliseconds (Infinity waits for every send), got ${describeValue(timeoutMs)}`,
      );
    this.#running = false;
    this.#epoch++;
    if (this.#timer !== undefined) this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    const waitMs = timeoutMs ?? this.#stopTimeoutMs;
    if (waitMs > 0) await this.#settled(waitMs);
    if (this.#active.size === 0) return { abandoned: [] };
    for (const sends of [...this.#sending.values()]) for (const c of sendsIn(sends)) c.abort(new Error("engine stopped"));
    // The aborted sends' results are written now; a store that has not answered within stopTimeoutMs is given up on.
    await this.#settled(this.#stopTimeoutMs);
    const abandoned = new Set<string>();
    for (const [call, work] of [...this.#active]) {
      this.#active.delete(call);
      abandoned.add(work.leadId);
      work.abandon(
        new EngineError(
          "engine_stopped",
          `engine.stop gave up on the call for lead ${JSON.stringify(work.leadId)}: the store did not answer within ${this.#stopTimeoutMs} ms of the sends' abort; what was written stays, and another runner takes the lead when its lease ends`,
        ),
      );
    }
    return { abandoned: [...abandoned].sort() };
  }

  /** Speed-to-lead figures per plan and step, computed from every stored lead's history. */
  async metrics(): Promise<EngineMetrics> {
    const records: StoredLead[] = [];
    for await (const v of this.store.scan()) records.push(readStoredLead(v.record));
    return computeMetrics(records, this.clock.now());
  }

  /**
   * Moves leads enrolled on `planId@fromVersion` (`by-step-id`), or leaves them pinned there (`pin`).
   * See `migrateLead` for the rules on removed steps and shortened delays.
   * @throws {EngineError} `unknown_plan` when either version is not loaded.
   */
  async migrate(planId: string, fromVersion: number, toVersion: number, options: { mode: MigrationMode }): Promise<MigrationResult> {
    planIdArgument(planId);
    for (const [name, version] of [
      ["fromVersion", fromVersion],
      ["toVersion", toVersion],
    ] as const) {
      if (!Number.isInteger(version) || version < 1) throw new ArgumentError(name, `Expected ${name} to be a positive integer, got ${describeValue(version)}`);
    }
    const from = this.#plans.get(planId, fromVersion);
    const to = this.#plans.get(planId, toVersion);
    if (options?.mode !== "pin" && options?.mode !== "by-step-id")
      throw new ArgumentError("options.mode", `Expected options.mode to be "pin" or "by-step-id", got ${describeValue(options?.mode)}`);
    const ids: string[] = [];
    for await (const v of this.store.scan()) {
      const r = readStoredLead(v.record);
      if (r.enrollments.some((e) => e.planId === planId && e.planVersion === fromVersion && isOpen(e))) ids.push(r.lead.id);
    }
    if (options.mode === "pin") return { leads: ids.length, skipped: [] };
    const skipped: SkipRecord[] = [];
    let leads = 0;
    for (const id of ids) {
      let appended: SkipRecord[] = [];
      let moved = false;
      await this.#update(id, (rec) => {
        moved = false;
        const e = openEnrollment(rec, planId) as MutableEnrollment | undefined;
        if (e === undefined || e.planVersion !== fromVersion) return;
        appended = migrateLead(rec, e, from, to, this.clock.now(), this.#evalOptions);
        moved = true;
      });
      if (moved) {
        leads++;
        skipped.push(...appended);
      }
    }
    return { leads, skipped };
  }

  // ---- internals ----

  /**
   * A plan id a call on the lead's enrolments names must be one the engine loads or one the lead was
   * enrolled in (an engine that no longer loads it): a misspelt id would otherwise act on nothing and
   * pass for done (an `unenroll` that stops no touch).
   * @throws {EngineError} `unknown_plan`, naming the loaded plans and the lead's.
   */
  #checkEnrolledPlan(rec: StoredLead, planId: string | undefined): void {
    if (planId === undefined || this.#plans.has(planId) || rec.enrollments.some((e) => e.planId === planId)) return;
    const own = rec.enrollments.map((e) => e.planId).join(", ");
    throw new EngineError(
      "unknown_plan",
      `Unknown plan ${JSON.stringify(planId)}: lead ${JSON.stringify(rec.lead.id)} was never enrolled in it and this engine does not load it; loaded: ${this.#plans.ids()}; the lead's: ${own === "" ? "none" : own}`,
    );
  }

  #checkAdapters(plan: Plan): void {
    const need = new Map<string, string>();
    for (const step of plan.steps) {
      if (step.mode !== "auto") continue;
      need.set(step.channel, `step ${step.id}`);
      if (step.fallback !== undefined) need.set(step.fallback, `step ${step.id} (fallback)`);
    }
    for (const channel of escalationChannels(plan)) need.set(channel, "an SLA escalation");
    for (const [channel, where] of need) {
      if (this.#adapters[channel] === undefined) {
        throw new EngineError(
          "missing_adapter",
          `Plan ${plan.id}@${plan.version} uses channel ${JSON.stringify(channel)} (${where}) but no adapter is given for it; adapters: ${Object.keys(this.#adapters).join(", ") || "none"}`,
        );
      }
    }
  }

  /** Read-modify-write with CAS (retried from a fresh read on conflict), then performs what is due. */
  async #update(leadId: string, change: (rec: MutableLead) => void, skipWrite: () => boolean = () => false): Promise<void> {
    leadIdArgument(leadId);
    await this.#track(this.#change(leadId, change, skipWrite), leadId);
  }

  async #change(leadId: string, change: (rec: MutableLead) => void, skipWrite: () => boolean): Promise<void> {
    const epoch = this.#epoch;
    for (;;) {
      const cur = await this.store.get(leadId);
      if (cur === undefined) throw unknownLead(leadId);
      const rec = readStoredLead(cur.record);
      change(rec);
      if (skipWrite()) return;
      // A send left in flight in an ended enrolment needs a drive too (once its runner's lease ends, it is settled there), and so does a delayed escalation.
      rec.dueAt = rec.enrollments.some((e) => e.state === "active" || hasSendInFlight(e) || e.escalations !== undefined) ? this.clock.now() : null;
      // Through #write: a write that committed and then reported an error is done, so a caller retrying the call records nothing twice.
      const w = await this.#write(leadId, rec, cur.version);
      if (w.ok) break;
    }
    await this.#process(leadId, epoch);
  }

  /**
   * Whether the lead is stored, or is within a moment: a runner enrolling it writes it in its first round, before any send.
   * Waits in real time (a few ms at a time), a hint only: the store's answer decides.
   */
  async #storedSoon(leadId: string): Promise<boolean> {
    for (let i = 0; i < STORED_SOON_READS; i++) {
      if ((await this.store.get(leadId)) !== undefined) return true;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return false;
  }

  /**
   * Processes a lead unless this engine already is (then the running drive goes round once more).
   * Without a promise when nothing it waited for was one (the memory store, synchronous adapters).
   */
  #process(leadId: string, epoch = this.#epoch): RunLeadResult | Promise<RunLeadResult> {
    return runSteps(this.#processSteps(leadId, epoch));
  }

  *#processSteps(leadId: string, epoch: number): Steps<RunLeadResult> {
    if (this.#driving.has(leadId)) {
      this.#again.add(leadId);
      return "ran";
    }
    this.#driving.add(leadId);
    try {
      do {
        if (this.#again.size > 0) this.#again.delete(leadId);
        const now = this.clock.now();
        if (!(this.#direct?.claim(leadId, this.#owner, now + this.#leaseMs, now) ?? (yield this.store.claim(leadId, this.#owner, now + this.#leaseMs, now))))
          return "busy";
        const cur = this.#direct !== undefined ? this.#directRead(this.#direct, leadId) : ((yield this.store.get(leadId)) as VersionedLead | undefined);
        if (cur === undefined) {
          const released = this.#release(leadId);
          if (released !== undefined) yield released;
          return "absent";
        }
        yield* this.#drive(leadId, cur, false, now + this.#leaseMs, epoch);
      } while (this.#again.size > 0 && this.#again.has(leadId));
      return "ran";
    } finally {
      this.#driving.delete(leadId);
      if (this.#again.size > 0) this.#again.delete(leadId);
      this.#endForgotten(leadId);
    }
  }

  /**
   * Holding the lease: evaluate, write, send, record the results; until nothing is left to send.
   * A call of an earlier `epoch` (`stop` was called since it began) starts no send: it writes the
   * results in hand and leaves the lead due now, undecided, for the next runner.
   * Steps for {@link runSteps}: it yields what it waits for.
   */
  *#drive(leadId: string, first: VersionedLead, creating: boolean, claimedUntil: number, epoch: number): Steps<boolean> {
    let cur = first;
    let leaseUntil = claimedUntil;
    let results: SendOutcome[] = [];
    // Whether `cur.record` is the engine's alone (read from the store, or copied): only such a record is offered to the store to keep.
    let owned = !creating;
    const ctx: RoundContext = {
      evalOptions: this.#evalOptions,
      retry: this.#retry,
      failureCodes: this.#failureCodes,
      listening: this.#listening,
      events: [],
    };
    try {
      for (let i = 0; i < MAX_ROUNDS; i++) {
        // Stores never alias what they return, a shared read and a record the store kept are copied before the drive goes on: the record is ours to change.
        const rec = readStoredLead(cur.record);
        // A round's events are emitted after its write, or dropped with a write that lost.
        // Emptied only when it holds any: setting an array's length runs V8's slow store path.
        if (ctx.events.length > 0) ctx.events.length = 0;
        applySendResults(rec, results, ctx);
        const decidedAt = this.clock.now();
        const stopped = epoch !== this.#epoch;
        if (stopped && results.length === 0 && !creating) return true;
        // Not decided once stopped: a decision could record an SLA breach whose escalation would then not be sent.
        const out = stopped ? leftDue(rec, decidedAt) : applyDecision(rec, (id, version) => this.#plans.find(id, version), decidedAt, ctx);
        const offer = owned && !sharesRecord(ctx.events);
        if (offer) tightenForKeeping(rec);
        let kept = false;
        const written = this.#write(leadId, rec, cur.version, offer ? (k) => (kept = k) : undefined);
        const w = written instanceof Promise ? ((yield written) as WriteResult) : written;
        if (!w.ok) {
          // Another process stored the lead since it was read as absent: the caller reads it again.
          if (creating && i === 0) return false;
          const fresh = this.#direct !== undefined ? this.#directRead(this.#direct, leadId) : ((yield this.store.get(leadId)) as VersionedLead | undefined);
          if (fresh === undefined) return true;
          cur = fresh;
          owned = true;
          continue;
        }
        // Forgotten by this engine while the write ran: the write lost to the remove, so its events are dropped and nothing is sent.
        if (this.#forgotten.size > 0 && this.#forgotten.has(leadId)) return true;
        for (const [name, payload] of ctx.events) this.emit(name, payload as never);
        results = [];
        if (out.send.length === 0 && out.escalations.length === 0 && out.announced.length === 0) return true;
        // The rounds that follow change the record: a copy of it when the store kept this one.
        const mine = kept ? drivingCopy(rec) : rec;
        cur = { record: mine, version: w.version };
        if (kept) out.send = out.send.map((p) => pendingIn(mine, p.touch.id));
        // The events are out: the next write records the tasks as announced (until then they are announced again).
        for (const task of out.announced) pendingIn(mine, task.touch.id).announced = true;
        if (out.send.length === 0 && out.escalations.length === 0) continue;
        // Send only while holding the lease with at least half of it left; a lost lease means another runner owns the lead.
        const now = this.clock.now();
        if (leaseUntil - now < this.#leaseMs / 2) {
          if (!(this.#direct?.claim(leadId, this.#owner, now + this.#leaseMs, now) ?? (yield this.store.claim(leadId, this.#owner, now + this.#leaseMs, now))))
            return true;
          leaseUntil = now + this.#leaseMs;
        }
        // Forgotten while the lease was renewed.
        if (this.#forgotten.size > 0 && this.#forgotten.has(leadId)) return true;
        const sent = this.#sendAll(out, mine, decidedAt);
        results = sent instanceof Promise ? ((yield sent) as SendOutcome[]) : sent;
      }
    } catch (error) {
      if (creating && cur.version === 0) throw error;
      this.emit("error", { error, leadId });
    } finally {
      const released = this.#release(leadId);
      if (released !== undefined) yield released;
    }
    return true;
  }

  /**
   * The lead to drive from a store's own record (see `recordHandoff.ts`), as a record the engine may
   * change: a {@link drivingCopy} (a format-1 record is deep-copied first: its upgrade shares the lead).
   */
  #directRead(direct: DirectStore, leadId: string): VersionedLead | undefined {
    const cur = direct.read(leadId);
    if (cur === undefined) return undefined;
    const raw = cur.record;
    return { record: (raw as { format?: unknown }).format === 2 ? drivingCopy(raw) : readStoredLead(jsonCopy(raw)), version: cur.version };
  }

  /** Frees the lease (a failure is reported as an `error` event); without a promise on a direct store. */
  #release(leadId: string): Promise<void> | undefined {
    if (this.#direct === undefined) return this.#releaseAsync(leadId);
    try {
      this.#direct.release(leadId, this.#owner);
    } catch (error) {
      this.emit("error", { error, leadId });
    }
    return undefined;
  }

  async #releaseAsync(leadId: string): Promise<void> {
    try {
      await this.store.release(leadId, this.#owner);
    } catch (error) {
      this.emit("error", { error, leadId });
    }
  }

  /** Performs the round's sends; without a promise when every adapter answered at once. */
  #sendAll(out: RoundOut, rec: MutableLead, decidedAt: number): SendOutcome[] | Promise<SendOutcome[]> {
    const only = out.escalations.length === 0 && out.send.length === 1 ? out.send[0] : undefined;
    if (only !== undefined) {
      const touch = only.touch;
      const attempt = only.attempts;
      const answer = this.#sendOne(touch, rec, attempt, decidedAt);
      return answer instanceof Promise ? answer.then((a) => [sendOutcome("touch", touch, attempt, a)]) : [sendOutcome("touch", touch, attempt, answer)];
    }
    const results: SendOutcome[] = [];
    let waiting: Promise<unknown>[] | undefined;
    const add = (answer: SendAnswer | Promise<SendAnswer>, outcome: (a: SendAnswer) => SendOutcome): void => {
      if (!(answer instanceof Promise)) {
        results.push(outcome(answer));
        return;
      }
      const i = results.length;
      results.push(undefined as unknown as SendOutcome);
      (waiting ??= []).push(
        answer.then((a) => {
          results[i] = outcome(a);
        }),
      );
    };
    for (const p of out.send) {
      const touch = p.touch;
      const attempt = p.attempts;
      add(this.#sendOne(touch, rec, attempt, decidedAt), (a) => sendOutcome("touch", touch, attempt, a));
    }
    for (const e of out.escalations) {
      add(this.#sendOne(e.touch, rec, 1, decidedAt), (a) => ({
        ...sendOutcome("escalation", e.touch, 1, a),
        level: e.level,
        sourceTouchId: e.sourceTouchId,
        ...(e.deferrals === undefined ? {} : { deferrals: e.deferrals }),
      }));
    }
    return waiting === undefined ? results : Promise.all(waiting).then(() => results);
  }

  #sendOne(touch: Touch, rec: MutableLead, attempt: number, decidedAt: number): SendAnswer | Promise<SendAnswer> {
    const adapter = this.#adapters[touch.channel];
    const timeoutMs = adapter?.timeoutMs ?? this.#sendTimeoutMs;
    return sendTouch(adapter, touch, rec.lead, attempt, {
      clock: this.clock,
      timeoutMs,
      inFlight: this.#inFlight,
      decidedAt,
      gate: this.#gate,
      gateTimeoutMs: this.#gateTimeoutMs,
    });
  }

  /**
   * A compare-and-set write whose failure may hide a commit (the store reports an error after
   * writing): the record is read back, and when the store holds exactly this write the write counts
   * as done, so its events are emitted and its tasks announced. Otherwise the error propagates.
   * With `offered`, the record is offered to the store to keep (see `recordHandoff.ts`); `offered` is told whether it was, also when the write throws.
   * Without a promise on a direct store, unless the write failed.
   */
  #write(leadId: string, rec: MutableLead, expected: number, offered?: (kept: boolean) => void): WriteResult | Promise<WriteResult> {
    const direct = this.#direct;
    if (direct === undefined) return this.#writeAsync(leadId, rec, expected, offered);
    try {
      if (offered === undefined) return direct.write(rec, expected);
      // `rec` is not changed from here on: the memory store may keep it instead of a copy.
      return writeOffered(rec, () => direct.write(rec, expected), offered);
    } catch (error) {
      return this.#writeFailed(leadId, rec, expected, error);
    }
  }

  async #writeAsync(leadId: string, rec: MutableLead, expected: number, offered?: (kept: boolean) => void): Promise<WriteResult> {
    let w: WriteResult;
    try {
      w = offered === undefined ? await this.store.write(rec, expected) : await writeOffered(rec, () => this.store.write(rec, expected), offered);
    } catch (error) {
      return this.#writeFailed(leadId, rec, expected, error);
    }
    // A conflict at the next version may be this very write, run twice: a client that sends a request again after losing its
    // reply (ioredis on reconnect, an SDK's retries) finds the first run's result.
    if (!w.ok && madeBy(expected, w.version) && holds(rec, expected, await this.store.get(leadId))) return { ok: true, version: w.version };
    return w;
  }

  /**
   * After a write that reported `error`: done when the store holds exactly this write, written again when it holds the
   * version before, else `error` is thrown.
   */
  async #writeFailed(leadId: string, rec: MutableLead, expected: number, error: unknown): Promise<WriteResult> {
    const back = await this.store.get(leadId);
    if (back !== undefined && holds(rec, expected, back)) return { ok: true, version: back.version };
    if (back !== undefined && back.version === expected) return this.store.write(rec, expected);
    throw error;
  }

  /** Runs `work` for every id, at most `concurrency` at once; a call that answers without a promise is done when it returns. */
  async #pool(ids: readonly string[], work: (id: string) => unknown): Promise<void> {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < ids.length) {
        const done = work(ids[next++] as string);
        if (done instanceof Promise) await done;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#concurrency, ids.length) }, worker));
  }

  /**
   * A call in hand for `leadId`: its caller waits on the promise returned, which `stop` can end (`engine_stopped`) when the store never answers.
   * A call that answered without a promise is over: it is not in hand, and its answer is returned as it is.
   */
  #track<T>(p: T | Promise<T>, leadId: string): T | Promise<T> {
    if (!(p instanceof Promise)) return p;
    let abandon: (error: EngineError) => void = () => {};
    const tracked = new Promise<T>((resolve, reject) => {
      abandon = reject;
      p.then(resolve, reject);
    });
    this.#active.set(tracked, { leadId, abandon });
    const done = (): void => void this.#active.delete(tracked);
    tracked.then(done, done);
    return tracked;
  }

  /** Waits until no call is in hand or `ms` (engine clock) have passed; `Infinity` waits for every call. */
  async #settled(ms: number): Promise<void> {
    let handle: unknown;
    let expired = false;
    const timedOut = new Promise<void>((resolve) => {
      if (ms !== Number.POSITIVE_INFINITY)
        handle = this.clock.setTimeout(() => {
          expired = true;
          resolve();
        }, ms);
    });
    try {
      // Calls started meanwhile are waited for too.
      while (this.#active.size > 0 && !expired) await Promise.race([Promise.allSettled([...this.#active.keys()]), timedOut]);
    } finally {
      if (handle !== undefined) this.clock.clearTimeout(handle);
    }
  }
}

/**
 * Creates an engine. Plans are validated, and every channel an auto step or an escalation uses must
 * have an adapter.
 * @throws {PlanValidationError} for an invalid plan.
 * @throws {EngineError} `missing_adapter`, naming the channel.
 * @throws {ArgumentError} for bad options.
 * @example
 * const engine = createEngine({ plans: [plan], adapters: { sms: twilioSms, email: mailer } });
 * engine.on("touch:due", ({ touch }) => dialerQueue.push(touch));
 * await engine.enroll(lead, "dealer-speed-to-lead");
 * engine.start();
 */
export function createEngine(options: EngineOptions): Engine {
  return new Engine(options);
}

/** Whether an auto touch of the enrolment is marked as being sent. */
/** The open tasks of a stored lead's open enrolments. */
function openTasksOf(rec: MutableLead): Touch[] {
  return rec.enrollments
    .filter(isOpen)
    .flatMap((e) => Object.values(e.pending))
    .filter((p) => p.touch.mode === "task")
    .map((p) => p.touch);
}

function hasSendInFlight(e: Enrollment): boolean {
  for (const id in e.pending) if (e.pending[id]?.sendingSince !== undefined) return true;
  return false;
}

/**
 * Whether a write at `expected` may have made `version`: the next one, or for a creation (0) any, since a store
 * creates a lead above every version its id had before a remove (versions never repeat for an id).
 */
function madeBy(expected: number, version: number): boolean {
  return expected === 0 ? version > 0 : version === expected + 1;
}

/** Whether `back` is exactly the write of `rec` at `expected` (compared by value: a `jsonb` column reorders keys). */
function holds(rec: MutableLead, expected: number, back: VersionedLead | undefined): boolean {
  return back !== undefined && madeBy(expected, back.version) && canonicalJson(back.record) === canonicalJson(rec);
}

/** The sends of one `#sending` entry, as a list taken now (aborting one may change the entry). */
function sendsIn(entry: InFlightSend | Set<InFlightSend> | undefined): InFlightSend[] {
  return entry === undefined ? [] : entry instanceof Set ? [...entry] : [entry];
}

/** One adapter call's answer as the round after it writes it. */
function sendOutcome(kind: SendOutcome["kind"], touch: Touch, attempt: number, a: SendAnswer): SendOutcome {
  return a.unconfirmed === true
    ? { kind, touch, attempt, at: a.at, result: a.result, unconfirmed: true }
    : { kind, touch, attempt, at: a.at, result: a.result };
}

/**
 * True when an event's payload holds an object of the record (a history record, a pending touch, the
 * lead): a listener must not reach into what the store keeps, so such a record is copied in as usual.
 * A sent touch has left the record; `lead:done` and `error` carry none of its objects.
 */
function sharesRecord(events: readonly QueuedEvent[]): boolean {
  for (const [name] of events) if (name !== "touch:sent" && name !== "lead:done" && name !== "error") return true;
  return false;
}

/** A record left for the next runner to decide: due now, nothing to send. */
function leftDue(rec: MutableLead, now: number): RoundOut {
  rec.dueAt = now;
  return { send: [], escalations: [], announced: [] };
}

/** The pending touch `touchId` of the record (it is there: the caller took it from this record or its copy). */
function pendingIn(rec: MutableLead, touchId: string): PendingTouch {
  for (const e of rec.enrollments) {
    const p = e.pending[touchId];
    if (p !== undefined) return p;
  }
  throw new EngineError("unknown_touch", `Lead ${JSON.stringify(rec.lead.id)} has no pending touch ${JSON.stringify(touchId)}`);
}

function newEnrollment(plan: Plan, sequence: number, enrolledAt: string, historyStart: number): MutableEnrollment {
  return { id: enrollmentId(plan.id, sequence), planId: plan.id, planVersion: plan.version, sequence, state: "active", enrolledAt, historyStart, pending: {} };
}
