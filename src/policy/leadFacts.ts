import { LeadValidationError, describeValue, expectedIssue } from "../errors/index.js";
import type { LeadInput } from "../lead/index.js";
import {
  BoundedMemo,
  CHANNEL_NAME_ERROR,
  firstNumberAbove,
  formatIssue,
  historyInstant,
  historyInstantMs,
  inInstantRange,
  isChannelName,
  leadInstant,
  settleOutcomes,
  type LearntOutcome,
} from "../primitives/index.js";
import { MAX_CAP_LOOKBACK_MS, type ContactLog } from "./caps.js";
import { contactAddressKey } from "./contactAddress.js";
import { hasRepeatedTouch, oneRecordPerTouch } from "./oneRecordPerTouch.js";
import { OPT_OUT_REVIEW_EVENT, OPT_OUT_REVIEW_RESOLVED_EVENT, reviewChannel } from "./optOut/optOutReview.js";

/**
 * Every touch of every plan up to `now`, in history order, as parallel arrays: no object per touch,
 * since a history may hold thousands (a decision reads its plan's own touches in place, by index).
 */
export interface TouchLog {
  readonly length: number;
  /**
   * The records as given. The lead's own history array when every record of it is a touch at or
   * before `now` (the reading copies nothing then).
   */
  readonly records: readonly TouchRecordFields[];
  /**
   * Epoch ms of each touch, one entry per touch (never written once the reading is made). Filled
   * while reading only when a touch's `at` is not epoch ms (an ISO-8601 string is parsed once);
   * else made from the records' own `at` on first use, so a history of epoch ms stores nothing per
   * record unless a decision reads its touches' instants (its plan's own touches). A plain array of
   * doubles, not a `Float64Array`: a typed array costs twice as much to make, and a short history's
   * instants are made for every decision.
   */
  readonly at: readonly number[];
  /**
   * Only when outcome records exist: each touch's latest known outcome (the record's own, or a
   * later outcome record's) and when it was learnt (`NaN`: none). Otherwise a touch's outcome is its
   * record's, learnt at the touch ({@link touchOutcome}, {@link touchOutcomeAt}).
   */
  readonly learnt:
    | {
        readonly outcome: readonly (string | undefined)[];
        readonly at: readonly number[];
        /**
         * By touch index, the outcomes a touch had besides its latest (one a later record replaced,
         * or a record dated before the outcome it then had); `undefined` when no touch had two.
         */
        readonly earlier: ReadonlyMap<number, readonly { readonly outcome: string; readonly at: number }[]> | undefined;
      }
    | undefined;
  /**
   * The plan ids the touches name (`undefined` for a touch that names none): a plan none of whose
   * touches are in the log need not walk it.
   */
  readonly planIds: ReadonlySet<string | undefined>;
  /** The lead's history the records were read from, as given: where a refused record's path is found ({@link checkedContacts}). */
  readonly source: unknown;
}

/**
 * The {@link TouchLog} of a reading: `at` made from the records on first use when the reading
 * stored no instant (every touch's `at` was epoch ms).
 */
class RecordsTouchLog implements TouchLog {
  /** A blank one, kept for the life of the process (see {@link HistoryReading.kept}). */
  static kept: RecordsTouchLog | undefined;

  #at: readonly number[] | undefined;
  learnt: TouchLog["learnt"] = undefined;

  constructor(
    readonly records: readonly TouchRecordFields[],
    readonly length: number,
    at: readonly number[] | undefined,
    readonly planIds: ReadonlySet<string | undefined>,
    readonly source: unknown,
  ) {
    this.#at = at;
  }

  get at(): readonly number[] {
    return (this.#at ??= this.records.map(epochMsOf));
  }

  /** The instants if already made (stored while reading, or by {@link at}); `undefined` otherwise. */
  get storedAt(): readonly number[] | undefined {
    return this.#at;
  }

  /** The `i`-th touch's instant, without making {@link at} (the record's own `at` when none was stored). */
  atOf(i: number): number {
    const at = this.#at;
    return at === undefined ? epochMsOf(this.records[i] as TouchRecordFields) : (at[i] as number);
  }
}

function epochMsOf(record: TouchRecordFields): number {
  return (record as { at?: unknown }).at as number;
}

/** The latest known outcome of the `i`-th touch of `log`. */
export function touchOutcome(log: TouchLog, i: number): string | undefined {
  return log.learnt === undefined ? (log.records[i] as TouchRecordFields).outcome : log.learnt.outcome[i];
}

/** When the `i`-th touch's latest outcome was learnt; `NaN` when it has none. */
export function touchOutcomeAt(log: TouchLog, i: number): number {
  if (log.learnt !== undefined) return log.learnt.at[i] as number;
  return (log.records[i] as TouchRecordFields).outcome === undefined ? NaN : (log.at[i] as number);
}

/**
 * The earliest instant the `i`-th touch of `log` was known to have one of `outcomes`, its latest or
 * an earlier one (`NaN`: never). What happened stays happened: a read receipt after `delivered`, or
 * a task closed as `completed` after `connected`, does not undo it.
 */
export function touchOutcomeReachedAt(log: TouchLog, i: number, outcomes: ReadonlySet<string>): number {
  const latest = touchOutcome(log, i);
  let at = latest !== undefined && outcomes.has(latest) ? touchOutcomeAt(log, i) : NaN;
  const earlier = log.learnt?.earlier?.get(i);
  if (earlier !== undefined) for (const e of earlier) if (outcomes.has(e.outcome) && !(e.at >= at)) at = e.at;
  return at;
}

const CONNECTED: ReadonlySet<string> = /* @__PURE__ */ new Set(["connected"]);

/** The lead's history up to `now`, indexed once per evaluation. */
export interface LeadFacts {
  readonly leadId: string;
  readonly now: number;
  readonly enrolledAt: number;
  /** Every touch of every plan, in history order. */
  readonly touches: TouchLog;
  /**
   * Touches that reached the lead (not `failed`), ascending by time: what caps count. Only those
   * after {@link MAX_CAP_LOOKBACK_MS} before the latest instant read (the latest record's, or `now`
   * if earlier): caps are asked about instants at or after `now` (and a remembered reading is
   * used only for a `now` at or after its latest record), and no cap period reaches further back.
   * A touch's `dueAt` is searched from its scheduled time, which can be earlier: see {@link contactsAfter}.
   */
  readonly contactTimes: ContactLog;
  /**
   * `contactTimes` holds the contacts after this instant only: a cap asked about an instant whose
   * period may start at or before it (`LONGEST_CAP_PERIOD_MS` earlier) counts {@link everyContact} of `touches` instead.
   */
  readonly contactsAfter: number;
  /** Skip records by step id, in history order, with their plan id (a decision reads a plan's earliest). */
  readonly skips: ReadonlyMap<string, readonly { readonly planId: string | undefined; readonly at: number; readonly reason: string }[]>;
  /** Channels a touch bounced on whose address was not recorded: blocked whatever the lead's contacts are now. */
  readonly bouncedChannels: ReadonlySet<string>;
  /**
   * Addresses that bounced, by channel, from touches that recorded theirs (`to`), as
   * `contactAddressKey` writes them: a channel is blocked only while none of the lead's
   * contacts for it is usable (a new address after a bounce makes it usable again).
   */
  readonly bouncedAddresses: ReadonlyMap<string, ReadonlySet<string>>;
  /** Earliest non-automatic inbound message per channel since enrolment. */
  readonly firstReply: ReadonlyMap<string, number>;
  /** Latest non-automatic inbound message per channel (any time up to `now`): opens the WhatsApp window. */
  readonly lastInbound: ReadonlyMap<string, number>;
  /** Earliest `connected` outcome since enrolment. */
  readonly connectedAt: number | undefined;
  /** Earliest meeting booked since enrolment. */
  readonly meetingAt: number | undefined;
  /** Earliest time each custom event was recorded since enrolment. */
  readonly events: ReadonlyMap<string, number>;
  /** Latest time each custom event was recorded, any time up to `now` (evidence for do-not-call exemptions). */
  readonly latestEvents: ReadonlyMap<string, number>;
  /** The lead's current status and since when (`undefined` time: given on the lead without a record). */
  readonly status: { readonly value: string; readonly at: number | undefined } | undefined;
  /** Opt-outs in force: channel (or `all`) → when. */
  readonly optOuts: ReadonlyMap<string, number>;
  /** Opt-outs of marketing messages only (`category: "marketing"`): channel (or `all`) → when. */
  readonly marketingOptOuts: ReadonlyMap<string, number>;
  /**
   * An opt-out of `all` that consent given again later lifted for some channels: those channels
   * (every other channel stays opted out). `undefined` when there is none.
   */
  readonly allOptOutLifted: ReadonlySet<string> | undefined;
  /** The same for an opt-out of `all` marketing (`marketingOptOuts` keeps `all`; these channels are exempt from it). */
  readonly marketingAllOptOutLifted: ReadonlySet<string> | undefined;
  /** Channels (or `all`) held by an unresolved opt-out review → since when. */
  readonly reviewHolds: ReadonlyMap<string, number>;
  readonly pausedUntil: number | undefined;
}

/**
 * Histories of at most this many touches are searched for a touch recorded twice after every reading
 * (`hasRepeatedTouch`); longer ones only when a cheap sign says one may be there (see {@link indexLeadFacts}).
 */
const SHORT_HISTORY = 64;

/** Histories shorter than this are read again each time: reading them costs less than remembering them. */
const MIN_REMEMBERED = 32;

/** A history read once, with what its reading depended on. */
interface ReadHistory {
  /** The records, by reference, as they were read. */
  readonly entries: readonly unknown[];
  readonly enrolledAt: unknown;
  readonly status: unknown;
  /** The latest record's instant: the reading holds for any `now` at or after it. */
  readonly latest: number;
  readonly facts: LeadFacts;
}

/**
 * Weakly held by history array: an entry lives as long as the host keeps that array. A history
 * seen once is only marked ({@link SEEN_ONCE}); its reading is kept when it comes again, so a host
 * that reads fresh arrays for every decision keeps no copy of each alive until the next collection.
 */
const readHistories = new WeakMap<object, ReadHistory | typeof SEEN_ONCE>();

/** The mark of a history array read once. */
const SEEN_ONCE = 0;

/**
 * Reads the lead's history once. Records after `now` are ignored, so a decision at `now`
 * depends only on what had happened by then.
 *
 * The same history array evaluated again (a dialer re-ranking, a forecast, a host re-deciding
 * after a plan change) is not read again when it holds the same records and every one of them is
 * at or before `now`: records are append-only — a host appends an outcome record, it never edits a
 * record in place — so the records' identities say the reading still holds.
 *
 * A touch recorded more than once (the same `touchId`, step, attempt and plan) is read as one touch
 * (`oneRecordPerTouch`) when it is found. A history of at most `SHORT_HISTORY` touches is always
 * searched; a longer one only with `onceEach` (every touch compared by id: what a decision asks for
 * when its plan's touches show a repeated attempt, see `touchesByStep`), or when two of its recent
 * contacts are at one instant on one channel. Otherwise a longer history's reading compares no ids
 * (reading it stays as cheap per record as reading its instants).
 * @throws {LeadValidationError} for malformed records, naming their path.
 */
export function indexLeadFacts(lead: LeadInput, now: number, onceEach = false): LeadFacts {
  const history = lead.history;
  const remember = Array.isArray(history) && history.length >= MIN_REMEMBERED;
  // Asked to read every touch once, a remembered reading (which may not have) is not used but replaced.
  if (remember && !onceEach) {
    const known = readHistories.get(history);
    if (
      known !== undefined &&
      known !== SEEN_ONCE &&
      now >= known.latest &&
      known.enrolledAt === lead.enrolledAt &&
      known.status === lead.status &&
      sameRecords(known.entries, history)
    ) {
      return { ...known.facts, leadId: lead.id, now, ...optOutsAt(lead, now), pausedUntil: pausedUntilOf(lead) };
    }
  }
  const { facts, latest } = readLeadFacts(lead, now, onceEach);
  if (remember && latest <= now) {
    if (readHistories.has(history)) readHistories.set(history, { entries: history.slice(), enrolledAt: lead.enrolledAt, status: lead.status, latest, facts });
    else readHistories.set(history, SEEN_ONCE);
  }
  return facts;
}

function sameRecords(known: readonly unknown[], history: readonly unknown[]): boolean {
  if (known.length !== history.length) return false;
  for (let i = 0; i < known.length; i++) if (known[i] !== history[i]) return false;
  return true;
}

function readLeadFacts(lead: LeadInput, now: number, onceEach: boolean): { facts: LeadFacts; latest: number } {
  // The lead's fields are read before the records: after the loop, a map check on the lead costs a deoptimisation each time its shape varies.
  const leadId = lead.id;
  const enrolledAt = leadInstant(lead.enrolledAt, ["enrolledAt"]);
  const history = lead.history ?? EMPTY;
  if (!Array.isArray(history)) throw badHistory(["history"], "an array", history);
  HistoryReading.kept ??= new HistoryReading(NaN, undefined);
  RecordsTouchLog.kept ??= new RecordsTouchLog(EMPTY, 0, undefined, NO_PLAN_IDS, undefined);
  const read = new HistoryReading(enrolledAt, lead.status === undefined ? undefined : { value: lead.status, at: undefined });
  const latest = read.readAll(history, now);
  let records = read.records ?? (history as readonly TouchRecordFields[]);
  // The records' plan ids are their touches': the records of one touch name one plan (`sameTouch`).
  const planIds = read.mixedPlanIds ?? (records.length === 0 ? NO_PLAN_IDS : onePlanId(read.firstPlanId));
  let touchAt = read.touchAt;
  let unsorted = read.unsorted;
  let carried: ReadonlyMap<number, readonly LearntOutcome[]> | undefined;
  // A touch recorded more than once: searched for in a short history, in a long one only when asked (see indexLeadFacts).
  const long = records.length > SHORT_HISTORY;
  const once = onceEach || (!long && hasRepeatedTouch(records)) ? oneRecordPerTouch(records, touchAt ?? records.map(epochMsOf)) : undefined;
  if (once !== undefined) {
    records = once.records;
    touchAt = once.at;
    // Its instant may now be earlier than the touch listed before it.
    unsorted = true;
    carried = once.carried;
  }
  const touches = new RecordsTouchLog(records, records.length, touchAt, planIds, history);
  if (read.outcomes !== undefined || carried !== undefined) touches.learnt = learntOutcomes(records, touches.at, read.outcomes, carried);
  // Contacts older than this are never counted again (see `LeadFacts.contactTimes`).
  const cutoff = Math.min(now, latest) - MAX_CAP_LOOKBACK_MS;

  let bouncedChannels: Set<string> | undefined;
  let bouncedAddresses: Map<string, Set<string>> | undefined;
  let connectedAt: number | undefined;
  let contactTimes: ContactLog;
  if (touches.learnt === undefined && !read.failedBouncedOrConnected) {
    // The common history: every touch reached the lead, none bounced or connected; no second pass.
    contactTimes = unsorted ? recentContacts(sortedContacts(touches.at, records.map(channelOf)), cutoff) : recentTouches(touches, cutoff);
  } else {
    for (let i = 0; i < records.length; i++) {
      const result = touchOutcome(touches, i);
      if (result === "failed") continue;
      const channel = (records[i] as TouchRecordFields).channel;
      if (result === "bounced") {
        // Read only here (a bounce is rare): checked here, its path found only when bad.
        const record = records[i] as TouchRecordFields;
        checkChannel(channel, touches);
        const to: unknown = record.to;
        // A bounce naming no address (no `to`, or a blank one) blocks the channel.
        if (to === undefined || (typeof to === "string" && !addBouncedAddress((bouncedAddresses ??= new Map()), channel, to)))
          (bouncedChannels ??= new Set()).add(channel);
        else if (typeof to !== "string") throw badHistory(["history", (history as readonly unknown[]).indexOf(record), "to"], "a string", to);
      }
      if ((result === "connected" || touches.learnt?.earlier?.has(i) === true) && touches.atOf(i) >= enrolledAt) {
        // A touch that had `connected` stays connected whatever outcome follows.
        const learnt = touchOutcomeReachedAt(touches, i, CONNECTED);
        if (!Number.isNaN(learnt) && (connectedAt === undefined || learnt < connectedAt)) connectedAt = learnt;
      }
    }
    contactTimes = recentContacts(everyContact(touches), cutoff);
  }
  checkedContacts(contactTimes, touches);
  // Two recent contacts at one instant on one channel (the same record written twice, most likely): a long history is read again, every touch once.
  if (long && !onceEach && sameContactTwice(contactTimes)) return readLeadFacts(lead, now, true);
  const reviews = read.reviews;

  let reviewHolds: Map<string, number> | undefined;
  if (reviews !== undefined) {
    for (const [channel, review] of reviews) if (review.open) (reviewHolds ??= new Map()).set(channel, review.at);
  }

  // Written out, not spread: this object is built for every decision whose history is read.
  const opted = optOutsAt(lead, now);
  const facts: LeadFacts = {
    leadId,
    now,
    enrolledAt,
    touches,
    contactTimes,
    contactsAfter: cutoff,
    skips: read.skips ?? NO_ENTRIES,
    bouncedChannels: bouncedChannels ?? NO_CHANNELS,
    bouncedAddresses: bouncedAddresses ?? NO_ENTRIES,
    firstReply: read.firstReply ?? NO_ENTRIES,
    lastInbound: read.lastInbound ?? NO_ENTRIES,
    connectedAt,
    meetingAt: read.meetingAt,
    events: read.events ?? NO_ENTRIES,
    latestEvents: read.latestEvents ?? NO_ENTRIES,
    status: read.status,
    optOuts: opted.optOuts,
    marketingOptOuts: opted.marketingOptOuts,
    allOptOutLifted: opted.allOptOutLifted,
    marketingAllOptOutLifted: opted.marketingAllOptOutLifted,
    reviewHolds: reviewHolds ?? NO_ENTRIES,
    pausedUntil: pausedUntilOf(lead),
  };
  return { facts, latest };
}

/**
 * One pass over a history's records up to `now`: the touches, and what the rarer records say.
 * A class of its own, so the loop that runs once per record stays optimised whatever the shape of
 * the lead object around it.
 */
class HistoryReading {
  /**
   * A blank one, made at the first reading and kept for the life of the process. V8 drops a hidden
   * class that no live object has at a full collection and deoptimises every function whose code
   * relied on it; a reading's objects live only during its call, so without one kept a full
   * collection sent the history reading and the fold back to unoptimised code (docs/architecture.md).
   */
  static kept: HistoryReading | undefined;

  /**
   * The touch records up to `now`, once a record that is not one is met (a record of another type,
   * or after `now`); `undefined` while every record is: the touches are then the history itself.
   */
  records: TouchRecordFields[] | undefined = undefined;
  skips: Map<string, { planId: string | undefined; at: number; reason: string }[]> | undefined = undefined;
  firstReply: Map<string, number> | undefined = undefined;
  lastInbound: Map<string, number> | undefined = undefined;
  events: Map<string, number> | undefined = undefined;
  latestEvents: Map<string, number> | undefined = undefined;
  meetingAt: number | undefined = undefined;
  latestStatusAt = -Infinity;
  outcomes: { touchId: string; outcome: string; at: number }[] | undefined = undefined;
  reviews: Map<string, { at: number; open: boolean }> | undefined = undefined;
  /** The plan id the first touch names (`undefined`: none, or no touch yet). */
  firstPlanId: string | undefined = undefined;
  /** Every plan id the touches name, once two differ; `undefined` while one plan id (or none) is named. */
  mixedPlanIds: Set<string | undefined> | undefined = undefined;
  /** A touch before the one listed ahead of it. */
  unsorted = false;
  /** A touch whose own outcome is `failed`, `bounced` or `connected` (what a second pass reads). */
  failedBouncedOrConnected = false;
  /**
   * The touches' instants (one per touch), once a touch's `at` is not
   * epoch ms; `undefined` while every one is (the records' own `at` are then the instants).
   */
  touchAt: number[] | undefined = undefined;

  constructor(
    private readonly enrolledAt: number,
    public status: { value: string; at: number | undefined } | undefined,
  ) {}

  /**
   * Reads every record; returns the latest record's instant, `now` or not. The loop that runs once
   * per record: one read of each field, no closure, no store per record and no allocation (unless a
   * record other than a touch at or before `now` makes the touch records a list of their own, or a
   * touch's `at` is not epoch ms: then the touches' instants are stored in {@link touchAt}), no
   * string built unless a record is bad; the fields of `this` are written only when they change.
   */
  readAll(history: readonly unknown[], now: number): number {
    let touchAt: number[] | undefined;
    let latest = -Infinity;
    let previous = -Infinity;
    let lastPlanId: string | undefined;
    let touches = 0;
    let i = 0;
    // The common leading run: well-formed touches with epoch ms at or before `now`, in time order.
    // Only locals are written; the first record that is anything else (or bad) is read again below,
    // where every check runs and names its path.
    let unsorted = false;
    let failedBouncedOrConnected = false;
    let firstPlanId: string | undefined;
    let planIds: Set<string | undefined> | undefined;
    for (; i < history.length; i++) {
      const entry = history[i] as { type?: unknown; at?: unknown } | undefined;
      if (entry === null || typeof entry !== "object") break;
      const at = entry.at;
      if (typeof at !== "number" || !Number.isInteger(at) || !inInstantRange(at) || at > now || entry.type !== "touch") break;
      const { touchId, planId, stepId, channel, attempt, outcome } = entry as TouchRecordFields;
      if (!wellFormedTouch(touchId, planId, stepId, channel, attempt, outcome)) break;
      if (touches === 0) {
        firstPlanId = planId;
        lastPlanId = planId;
      } else if (planId !== lastPlanId) {
        (planIds ??= new Set<string | undefined>().add(firstPlanId)).add(planId);
        lastPlanId = planId;
      }
      if (at > latest) latest = at;
      if (at < previous) unsorted = true;
      previous = at;
      if (outcome !== undefined && (outcome === "failed" || outcome === "bounced" || outcome === "connected")) failedBouncedOrConnected = true;
      touches++;
    }
    if (touches > 0) this.firstPlanId = firstPlanId;
    if (planIds !== undefined) this.mixedPlanIds = planIds;
    if (unsorted) this.unsorted = true;
    if (failedBouncedOrConnected) this.failedBouncedOrConnected = true;
    for (; i < history.length; i++) {
      const entry = history[i] as { type?: unknown; at?: unknown } | undefined;
      if (entry === null || typeof entry !== "object") throw badHistory(["history", i], "a history record", entry);
      const raw = entry.at;
      // Epoch ms read in line (the common case of historyInstantMs); the path is built only for a bad instant.
      const epochMs = typeof raw === "number" && Number.isInteger(raw) && inInstantRange(raw);
      const at = epochMs ? raw : (historyInstantMs(raw) ?? historyInstant(raw, ["history", i, "at"]));
      if (at > latest) latest = at;
      if (at > now) {
        // Every record before this one was a touch: they are the touches so far.
        this.records ??= history.slice(0, i) as TouchRecordFields[];
        continue;
      }
      if (entry.type === "touch") {
        // The common record, checked field by field in line (the same checks as checkRecordFields).
        const { touchId, planId, stepId, channel, attempt, outcome } = entry as TouchRecordFields;
        if (!wellFormedTouch(touchId, planId, stepId, channel, attempt, outcome)) checkRecordFields(entry as Record<string, unknown>, i);
        if (touches === 0) {
          this.firstPlanId = planId;
          lastPlanId = planId;
        } else if (planId !== lastPlanId) {
          (this.mixedPlanIds ??= new Set<string | undefined>().add(this.firstPlanId)).add(planId);
          lastPlanId = planId;
        }
        if (at < previous && !this.unsorted) this.unsorted = true;
        previous = at;
        if (outcome !== undefined && !this.failedBouncedOrConnected && (outcome === "failed" || outcome === "bounced" || outcome === "connected"))
          this.failedBouncedOrConnected = true;
        this.records?.push(entry as TouchRecordFields);
        if (touchAt !== undefined) touchAt.push(at);
        else if (!epochMs) {
          // The touches before this one had epoch ms: their records' own `at`.
          touchAt = [];
          const before = this.records ?? history;
          for (let k = 0; k < touches; k++) touchAt.push((before[k] as { at: number }).at);
          touchAt.push(at);
        }
        touches++;
      } else {
        this.records ??= history.slice(0, i) as TouchRecordFields[];
        this.readOther(entry, at, i);
      }
    }
    // Returned, not stored on `this`: a store after a loop optimised mid-run deoptimises it on every call.
    if (touchAt !== undefined) this.touchAt = touchAt;
    return latest;
  }

  /** Any record but a touch. */
  private readOther(entry: { type?: unknown }, at: number, i: number): void {
    const enrolledAt = this.enrolledAt;
    const record = entry as NonNullable<LeadInput["history"]>[number];
    checkRecordFields(entry as Record<string, unknown>, i);
    switch (record.type) {
      case "outcome":
        (this.outcomes ??= []).push({ touchId: record.touchId, outcome: record.outcome, at });
        break;
      case "inbound": {
        // Read for reply exits and the WhatsApp window: on `SMS` it would be a reply on a channel of its own (an exit on sms replies not taken).
        const channel = record.channel;
        checkChannel(channel, i);
        if (record.automatic === true) break;
        const lastInbound = (this.lastInbound ??= new Map());
        if (at > (lastInbound.get(channel) ?? -Infinity)) lastInbound.set(channel, at);
        if (at >= enrolledAt) {
          const firstReply = (this.firstReply ??= new Map());
          const seen = firstReply.get(channel);
          if (seen === undefined || at < seen) firstReply.set(channel, at);
        }
        break;
      }
      case "status":
        if (at >= this.latestStatusAt) {
          this.latestStatusAt = at;
          this.status = { value: record.status, at };
        }
        break;
      case "meeting":
        if (at >= enrolledAt && (this.meetingAt === undefined || at < this.meetingAt)) this.meetingAt = at;
        break;
      case "event": {
        const name = record.name;
        const opens = name === OPT_OUT_REVIEW_EVENT;
        // A review on `SMS`, or on no channel, would hold no channel a plan names; a resolution on one would end no hold.
        if (opens || name === OPT_OUT_REVIEW_RESOLVED_EVENT) checkChannel(record.data?.["channel"], i, "data");
        const reviewed = reviewChannel(record);
        if (reviewed !== undefined) {
          const reviews = (this.reviews ??= new Map());
          const seen = reviews.get(reviewed);
          // The latest record decides; at equal instants a resolution wins.
          if (seen === undefined || at > seen.at || (at === seen.at && !opens)) reviews.set(reviewed, { at, open: opens });
        }
        const latestEvents = (this.latestEvents ??= new Map());
        if (at > (latestEvents.get(name) ?? -Infinity)) latestEvents.set(name, at);
        if (at >= enrolledAt) {
          const events = (this.events ??= new Map());
          const seen = events.get(name);
          if (seen === undefined || at < seen) events.set(name, at);
        }
        break;
      }
      case "skip": {
        const skips = (this.skips ??= new Map());
        const list = skips.get(record.stepId);
        const skip = { planId: record.planId, at, reason: record.reason };
        if (list === undefined) skips.set(record.stepId, [skip]);
        else list.push(skip);
        break;
      }
      default:
        throw badHistory(["history", i, "type"], "touch, outcome, inbound, status, meeting, event or skip", (entry as { type?: unknown }).type);
    }
  }
}

/**
 * Each touch's outcome and when it was learnt, when outcome records exist (they update their touch,
 * whatever their order in history) or a touch recorded more than once carries outcomes in its
 * records (`carried`, each learnt at its record's instant): `settleOutcomes` (a late `delivered`
 * does not undo `read`, `completed` does not undo `connected`). Every other outcome the touch had
 * is kept in `earlier`.
 */
function learntOutcomes(
  records: readonly TouchRecordFields[],
  at: readonly number[],
  outcomes: readonly { touchId: string; outcome: string; at: number }[] | undefined,
  carried: ReadonlyMap<number, readonly LearntOutcome[]> | undefined,
): TouchLog["learnt"] {
  const outcome = records.map((r) => r.outcome);
  const learntAt = records.map((r, i) => (r.outcome === undefined ? NaN : (at[i] as number)));
  // Each touch's outcomes: its records' own first (its one record's at the touch), then its outcome
  // records; settled in time order, so at equal instants a record's own comes first.
  const byTouch = new Map<number, LearntOutcome[]>();
  if (carried !== undefined) for (const [i, list] of carried) byTouch.set(i, [...list]);
  if (outcomes !== undefined) {
    const byId = new Map<string, number>();
    for (let i = 0; i < records.length; i++) byId.set((records[i] as TouchRecordFields).touchId, i);
    for (const o of outcomes) {
      const i = byId.get(o.touchId);
      if (i === undefined) continue;
      const list = byTouch.get(i);
      if (list !== undefined) list.push(o);
      else {
        const own = outcome[i];
        byTouch.set(i, own === undefined ? [o] : [{ outcome: own, at: at[i] as number }, o]);
      }
    }
  }
  let earlier: Map<number, LearntOutcome[]> | undefined;
  for (const [i, learnt] of byTouch) {
    const settled = settleOutcomes(learnt, at[i] as number);
    outcome[i] = settled.current?.outcome;
    learntAt[i] = settled.current?.at ?? NaN;
    if (settled.earlier.length > 0) (earlier ??= new Map()).set(i, settled.earlier);
  }
  return { outcome, at: learntAt, earlier };
}

/**
 * The touches after `cutoff` as contacts (`at` ascending; the touches are in time order). With the
 * instants stored (ISO-8601), found by one binary search, and when every touch is recent the
 * stored instants themselves are the contacts' (neither is ever written). Else read backwards, so
 * older touches cost nothing, and each instant read once.
 */
function recentTouches(log: RecordsTouchLog, cutoff: number): ContactLog {
  const records = log.records;
  const stored = log.storedAt;
  if (stored !== undefined) {
    const from = firstNumberAbove(stored, cutoff);
    if (from === 0) return { at: stored, channel: records.map(channelOf) };
    const channel: string[] = [];
    for (let i = from; i < records.length; i++) channel.push((records[i] as TouchRecordFields).channel);
    return { at: stored.slice(from), channel };
  }
  const contactAt: number[] = [];
  const channel: string[] = [];
  for (let i = records.length - 1; i >= 0; i--) {
    const at = log.atOf(i);
    if (at <= cutoff) break;
    contactAt.push(at);
    channel.push((records[i] as TouchRecordFields).channel);
  }
  contactAt.reverse();
  channel.reverse();
  return { at: contactAt, channel };
}

/** The contacts of `log` after `cutoff` (`log` itself when none is older). */
function recentContacts(log: ContactLog, cutoff: number): ContactLog {
  const from = firstNumberAbove(log.at, cutoff);
  return from === 0 ? log : { at: log.at.slice(from), channel: log.channel.slice(from) };
}

function channelOf(record: TouchRecordFields): string {
  return record.channel;
}

/**
 * Every touch of `log` that reached the lead (not `failed`), ascending by time: the contacts caps
 * count, however old (`LeadFacts.contactTimes` keeps the recent ones of it, read once per
 * reading; this is read again only for the rare question about an instant long before the latest record).
 */
export function everyContact(log: TouchLog): ContactLog {
  const at: number[] = [];
  const channel: string[] = [];
  let sorted = true;
  for (let i = 0; i < log.records.length; i++) {
    if (touchOutcome(log, i) === "failed") continue;
    const t = log.at[i] as number;
    if (t < (at[at.length - 1] ?? t)) sorted = false;
    at.push(t);
    channel.push((log.records[i] as TouchRecordFields).channel);
  }
  return sorted ? { at, channel } : sortedContacts(at, channel);
}

/**
 * `contacts` (of `touches`), each on a channel in its one form ({@link checkChannel}): what the caps and the
 * once-a-minute rule count is checked where it is collected (the recent contacts once per reading, every contact only
 * for a `dueAt` searched from before them, `contactsFor`), never every record, whose reading stays as cheap.
 * @throws {LeadValidationError} for a contact on a channel `parseLead` refuses.
 */
export function checkedContacts(contacts: ContactLog, touches: TouchLog): ContactLog {
  for (const channel of contacts.channel) checkChannel(channel, touches);
  return contacts;
}

/**
 * Refuses a record's channel not in its one form as `parseLead` does, with its issue: a touch's at the first record of
 * the lead's history on it (`at`, the touches), an inbound record's or a review's `data.channel` (`data`)
 * at its index (`at`). Read as given, `SMS` or `sms ` would be a channel of its own (a cap on sms would not count a touch on it, a
 * bounce on it or a review of it would block no channel a plan names, a reply on it would end no cadence on sms replies).
 */
function checkChannel(channel: unknown, at: TouchLog | number, data?: "data"): void {
  if (typeof channel !== "string" || !isChannelName(channel))
    throw new LeadValidationError([
      formatIssue(
        [
          "history",
          (at as { source?: { channel?: unknown }[] }).source?.findIndex((r) => r.channel === channel) ?? (at as number),
          ...(data ? [data, "channel"] : ["channel"]),
        ],
        CHANNEL_NAME_ERROR,
        describeValue(channel),
      ),
    ]);
}

/** Whether two contacts of `log` one after the other are at the same instant on the same channel. */
function sameContactTwice(log: ContactLog): boolean {
  const { at, channel } = log;
  for (let i = 1; i < at.length; i++) if (at[i] === at[i - 1] && channel[i] === channel[i - 1]) return true;
  return false;
}

/** `at`/`channel` pairs sorted by time (stable: equal instants keep history order). */
function sortedContacts(at: readonly number[], channel: readonly string[]): ContactLog {
  const order = Array.from(at, (_, i) => i).sort((a, b) => (at[a] as number) - (at[b] as number));
  return { at: order.map((i) => at[i] as number), channel: order.map((i) => channel[i] as string) };
}

/**
 * Opt-outs in force at `now`, of everything and of marketing only: channel (or `all`) → the
 * earliest. An opt-out never expires; consent granted again on its channel later (`consent[channel]`
 * `granted` with an `at` after it, by `now`) lifts it for that channel — for an opt-out of `all`
 * (of everything or of marketing), for that channel only (`allOptOutLifted`, `marketingAllOptOutLifted`).
 */
function optOutsAt(lead: LeadInput, now: number): OptOutsInForce {
  let optOuts: Map<string, number> | undefined;
  let marketingOptOuts: Map<string, number> | undefined;
  let allAt: number | undefined;
  let marketingAllAt: number | undefined;
  const leadOptOuts = lead.optOuts ?? EMPTY;
  if (leadOptOuts.length === 0) return NO_OPT_OUTS;
  const regranted = regrantedConsent(lead, now);
  for (let i = 0; i < leadOptOuts.length; i++) {
    const o = leadOptOuts[i];
    if (o === undefined) continue;
    const at = leadInstant(o.at, ["optOuts", i, "at"]);
    if (at > now) continue;
    const consentAt = regranted?.get(o.channel);
    if (consentAt !== undefined && consentAt > at) continue;
    if (o.channel === "all" && regranted !== undefined) {
      // Lifted channel by channel below, once the latest opt-out of all (of its kind) is known.
      if (o.category !== "marketing") {
        if (allAt === undefined || at > allAt) allAt = at;
      } else if (marketingAllAt === undefined || at > marketingAllAt) marketingAllAt = at;
    }
    const map = o.category === "marketing" ? (marketingOptOuts ??= new Map()) : (optOuts ??= new Map());
    const prev = map.get(o.channel);
    if (prev === undefined || at < prev) map.set(o.channel, at);
  }
  let allOptOutLifted: Set<string> | undefined;
  if (allAt !== undefined && regranted !== undefined) {
    for (const [channel, consentAt] of regranted) if (consentAt > allAt) (allOptOutLifted ??= new Set()).add(channel);
    if (allOptOutLifted !== undefined) optOuts?.delete("all");
  }
  let marketingAllOptOutLifted: Set<string> | undefined;
  if (marketingAllAt !== undefined && regranted !== undefined) {
    for (const [channel, consentAt] of regranted) if (consentAt > marketingAllAt) (marketingAllOptOutLifted ??= new Set()).add(channel);
  }
  return { optOuts: optOuts ?? NO_ENTRIES, marketingOptOuts: marketingOptOuts ?? NO_ENTRIES, allOptOutLifted, marketingAllOptOutLifted };
}

/** What {@link optOutsAt} reads: the opt-outs in force, and the channels consent lifted an opt-out of `all` for. */
interface OptOutsInForce {
  readonly optOuts: ReadonlyMap<string, number>;
  readonly marketingOptOuts: ReadonlyMap<string, number>;
  readonly allOptOutLifted: ReadonlySet<string> | undefined;
  readonly marketingAllOptOutLifted: ReadonlySet<string> | undefined;
}

/** No opt-outs at all: shared, allocation-free. */
const NO_OPT_OUTS: OptOutsInForce = {
  optOuts: new Map<string, never>(),
  marketingOptOuts: new Map<string, never>(),
  allOptOutLifted: undefined,
  marketingAllOptOutLifted: undefined,
};

/** Channels whose consent is `granted` with an `at` by `now` → that instant; `undefined` when none. */
function regrantedConsent(lead: LeadInput, now: number): Map<string, number> | undefined {
  const consent = lead.consent;
  if (consent === undefined || consent === null || typeof consent !== "object") return undefined;
  let out: Map<string, number> | undefined;
  for (const channel of Object.keys(consent)) {
    const c = consent[channel];
    if (c === undefined || c === null || c.status !== "granted" || c.at === undefined) continue;
    const at = leadInstant(c.at, ["consent", channel, "at"]);
    if (at <= now) (out ??= new Map()).set(channel, at);
  }
  return out;
}

function pausedUntilOf(lead: LeadInput): number | undefined {
  return lead.pausedUntil === undefined ? undefined : leadInstant(lead.pausedUntil, ["pausedUntil"]);
}

const EMPTY: readonly never[] = [];
const NO_ENTRIES: ReadonlyMap<string, never> = new Map<string, never>();
const NO_CHANNELS: ReadonlySet<string> = /* @__PURE__ */ new Set();
const NO_PLAN_IDS: ReadonlySet<string | undefined> = /* @__PURE__ */ new Set();
const NO_PLAN_ID: ReadonlySet<string | undefined> = /* @__PURE__ */ new Set([undefined]);

/** Read-only sets of one plan id, shared by every reading whose touches name only that plan (bounded: ids come from leads). */
const onePlanIdSets = new BoundedMemo<string, ReadonlySet<string | undefined>>(1024);
let lastOnePlanId: string | undefined;
let lastOnePlanIdSet: ReadonlySet<string | undefined> = NO_PLAN_ID;

/** The set holding only `planId`: one per plan id, never written (a history of one campaign's touches allocates none). */
function onePlanId(planId: string | undefined): ReadonlySet<string | undefined> {
  if (planId === undefined) return NO_PLAN_ID;
  if (planId === lastOnePlanId) return lastOnePlanIdSet;
  const set = onePlanIdSets.getOrSet(planId, (id) => new Set([id]));
  lastOnePlanId = planId;
  lastOnePlanIdSet = set;
  return set;
}

/** Adds a bounced address (as {@link contactAddressKey} writes it) to its channel's set; false for a blank one, which names no address. */
function addBouncedAddress(addresses: Map<string, Set<string>>, channel: string, to: string): boolean {
  const key = contactAddressKey(to);
  if (key === "") return false;
  const set = addresses.get(channel);
  if (set === undefined) addresses.set(channel, new Set([key]));
  else set.add(key);
  return true;
}

/** A touch record's fields as read (their types checked when the history is read). */
export interface TouchRecordFields {
  readonly touchId: string;
  readonly planId: string | undefined;
  readonly stepId: string;
  readonly channel: string;
  readonly attempt: number;
  readonly outcome: string | undefined;
  /** The address the touch went to, when recorded: a bounce then blocks that address only (read, and checked, for bounced touches only). */
  readonly to?: string | undefined;
}

/** The fields each record type's facts read, and their types (`?`: may be absent). */
const RECORD_FIELDS: Readonly<Record<string, readonly (readonly [string, "string" | "string?" | "attempt"])[]>> = {
  touch: [
    ["touchId", "string"],
    ["stepId", "string"],
    ["channel", "string"],
    ["attempt", "attempt"],
    ["planId", "string?"],
    ["outcome", "string?"],
  ],
  outcome: [
    ["touchId", "string"],
    ["outcome", "string"],
  ],
  inbound: [["channel", "string"]],
  status: [["status", "string"]],
  event: [["name", "string"]],
  skip: [
    ["stepId", "string"],
    ["reason", "string"],
    ["planId", "string?"],
  ],
};

/**
 * The checks of {@link checkRecordFields} for a touch's fields, written out (the fields read once by
 * the caller; small enough to be inlined into the loops that run once per record).
 */
function wellFormedTouch(touchId: unknown, planId: unknown, stepId: unknown, channel: unknown, attempt: unknown, outcome: unknown): boolean {
  return (
    typeof touchId === "string" &&
    typeof stepId === "string" &&
    typeof channel === "string" &&
    typeof attempt === "number" &&
    Number.isInteger(attempt) &&
    attempt >= 1 &&
    (planId === undefined || typeof planId === "string") &&
    (outcome === undefined || typeof outcome === "string")
  );
}

/**
 * A record `parseLead` would refuse for the type of a field the scheduler reads is a
 * `LeadValidationError` here too, never a value compared or printed as something else.
 */
function checkRecordFields(entry: Record<string, unknown>, i: number): void {
  const type = entry["type"];
  const fields = typeof type === "string" && Object.hasOwn(RECORD_FIELDS, type) ? RECORD_FIELDS[type] : undefined;
  if (fields === undefined) return;
  for (const [key, kind] of fields) {
    const value = entry[key];
    if (
      kind === "string?"
        ? value === undefined || typeof value === "string"
        : kind === "string"
          ? typeof value === "string"
          : Number.isInteger(value) && (value as number) >= 1
    )
      continue;
    throw badHistory(["history", i, key], kind === "attempt" ? "a positive integer" : "a string", value);
  }
}

function badHistory(path: (string | number)[], expected: string, value: unknown): LeadValidationError {
  return new LeadValidationError([expectedIssue(path, expected, value, "invalid_history")]);
}
