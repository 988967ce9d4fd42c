/**
 * The proof that several workers never double-send and never lose a touch: 3 worker processes on
 * one store (once PostgreSQL + BullMQ, once Redis + BullMQ) share an accelerated clock; a web
 * process enrols 2,000 leads in the dealer plan; adapters log every send to one file without
 * deduplicating. Mid-run one worker is SIGKILLed and another SIGTERMed; a replacement starts.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { DateTime } from "luxon";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { wakeJobId } from "../../src/drivers/bullmq/index.js";
import { createPostgresStore, migrate } from "../../src/drivers/postgres/index.js";
import { createRedisStore } from "../../src/drivers/redis/index.js";
import type { Store, StoredLead } from "../../src/engine/index.js";
import { respond, simulate } from "../../src/testing/index.js";
import { POSTGRES_URL, REDIS_URL, serviceAvailable, uniqueName } from "../support/services.js";
import { autoDealerPlan, proofLead, type SendLine } from "./proof/setup.js";
import { instantMs } from "../../src/primitives/index.js";

/** Leads enrolled: 2,000, or LEAD_CADENCE_PROOF_LEADS for a smaller local run. */
const LEADS = Number(process.env.LEAD_CADENCE_PROOF_LEADS ?? 2000);
/** Virtual ms per real ms: the dealer plan's 7 days pass in about 20 real seconds. */
const RATE = 30_000;
/** Leases and the reconciler's grace, in virtual ms: 3 and 2 real seconds. */
const LEASE_MS = 3000 * RATE;
const GRACE_MS = 2000 * RATE;
const START = instantMs("2026-03-09T14:00:00Z");
const HOUR = 3_600_000;
const WORKER = fileURLToPath(new URL("./proof/worker.ts", import.meta.url));

/**
 * The proof starts six processes and runs for a minute or more: it runs when LEAD_CADENCE_PROOF=1
 * (`npm run test:proof`), not inside the parallel suite, where a shared 2-core machine cannot keep
 * it inside its bound.
 */
const proofRequested = process.env.LEAD_CADENCE_PROOF === "1";
if (!proofRequested) console.log("skipped: the multi-process proof runs with LEAD_CADENCE_PROOF=1 (npm run test:proof)");
const pgUp = proofRequested && (await serviceAvailable("postgres"));
const redisUp = proofRequested && (await serviceAvailable("redis"));

interface Proc {
  readonly name: string;
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: string[];
  readonly exited: Promise<number | null>;
}

function start(name: string, env: Record<string, string>): Proc {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], { env: { ...process.env, ...env, PROOF_WORKER: name }, stdio: ["pipe", "pipe", "pipe"] });
  const lines: string[] = [];
  let buf = "";
  child.stdout.on("data", (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split("\n");
    buf = parts.pop() ?? "";
    lines.push(...parts);
  });
  child.stderr.on("data", (d: Buffer) => process.stderr.write(`[${name}] ${d.toString()}`));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { name, child, lines, exited };
}

/** Lines appended to `file` so far, reading only what was added since the last call. */
function lineCounter(file: string): () => number {
  let offset = 0;
  let lines = 0;
  const buf = Buffer.alloc(1 << 16);
  return () => {
    const fd = openSync(file, "r");
    try {
      for (let n = readSync(fd, buf, 0, buf.length, offset); n > 0; n = readSync(fd, buf, 0, buf.length, offset)) {
        for (let i = 0; i < n; i++) if (buf[i] === 10) lines++;
        offset += n;
      }
    } finally {
      closeSync(fd);
    }
    return lines;
  };
}

async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  deadline: number,
  progress: () => string | Promise<string> = () => "",
): Promise<void> {
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`proof: ${what} did not happen in time ${await progress()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const readLog = (file: string): SendLine[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as SendLine);

/** Local wall-clock facts of a send, read independently of the library (luxon directly). */
function local(at: number, zone: string): { weekday: number; minutes: number; day: string } {
  const t = DateTime.fromMillis(at, { zone });
  return { weekday: t.weekday, minutes: t.hour * 60 + t.minute, day: t.toISODate() as string };
}

/** The dealer plan's windows and quiet hours: [weekdays, from, to] in local minutes. */
const WINDOWS: Record<string, readonly [readonly number[], number, number][]> = {
  call: [
    [[1, 2, 3, 4, 5], 8 * 60, 21 * 60],
    [[6], 9 * 60, 18 * 60],
  ],
  sms: [[[1, 2, 3, 4, 5, 6], 9 * 60, 20 * 60]],
  whatsapp: [[[1, 2, 3, 4, 5, 6], 9 * 60, 20 * 60]],
};

/**
 * The proof's hang guard, in real ms. On a quiet 2-core machine a run takes 60-95 s; with other work beside it the
 * accelerated clock outruns the workers, leads fall due in bulk and the catch-up alone took past 110 s (PostgreSQL,
 * load average 5-6: 296 and 472 leads still waiting in the queue at 110 s, none lost; 93 s in the next run). What the
 * proof checks (no touch sent twice but in flight in a killed worker, none lost) does not depend on the pace.
 */
const PROOF_BOUND_MS = 240_000;

async function proof(kind: "postgres" | "redis"): Promise<void> {
  const deadline = Date.now() + PROOF_BOUND_MS;
  const dir = mkdtempSync(join(tmpdir(), "lead-cadence-proof-"));
  const log = join(dir, "sends.log");
  writeFileSync(log, "");
  const name = uniqueName(`lcproof_${kind}`);
  const redis = new Redis(REDIS_URL);
  const pool = kind === "postgres" ? new pg.Pool({ connectionString: POSTGRES_URL, max: 4 }) : undefined;
  const procs: Proc[] = [];
  const queue = new Queue(name, { connection: { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379) } });
  try {
    let store: Store;
    if (pool !== undefined) {
      await pool.query(`CREATE SCHEMA "${name}"`);
      await migrate(pool, { schema: name });
      store = createPostgresStore({ pool, schema: name });
    } else store = createRedisStore({ redis, prefix: name });

    /** What a stuck lead's record, lease and wake-up job say (the failure message's evidence). */
    const diagnose = async (r: StoredLead): Promise<string> => {
      const now = START + (Date.now() - realStart) * RATE;
      const lease =
        pool !== undefined
          ? (await pool.query(`SELECT owner, until FROM "${name}".lead_cadence_leads_leases WHERE id = $1`, [r.lead.id])).rows[0]
          : await redis.hget(`{${name}}:leases`, r.lead.id);
      const jobId = r.dueAt === null ? undefined : wakeJobId(r.lead.id, r.dueAt);
      const job = jobId === undefined ? undefined : await queue.getJob(jobId);
      return JSON.stringify({
        id: r.lead.id,
        state: r.enrollments[0]?.state,
        overdueMinutes: r.dueAt === null ? null : Math.round((now - r.dueAt) / 60_000),
        pending: Object.values(r.enrollments[0]?.pending ?? {}).map((p) => ({
          id: p.touch.id,
          attempts: p.attempts,
          sendingSince: p.sendingSince,
          retryAt: p.retryAt,
        })),
        last: r.lead.history.slice(-2),
        lease,
        job: job === undefined ? null : { state: await job.getState(), attempts: job.attemptsMade, failed: job.failedReason, processedOn: job.processedOn },
      });
    };
    const realStart = Date.now();
    const env = {
      PROOF_LOG: log,
      PROOF_STORE: kind,
      PROOF_PG_URL: POSTGRES_URL,
      PROOF_PG_SCHEMA: name,
      PROOF_REDIS_URL: REDIS_URL,
      PROOF_REDIS_PREFIX: name,
      PROOF_QUEUE: name,
      PROOF_LEASE_MS: String(LEASE_MS),
      PROOF_GRACE_MS: String(GRACE_MS),
      PROOF_CLOCK: JSON.stringify({ start: START, realStart, rate: RATE }),
    };
    const web = start("web", env);
    const workers = ["A", "B", "C"].map((w) => start(w, env));
    procs.push(web, ...workers);
    await until("every process reports ready", () => procs.every((p) => p.lines.includes("ready")), deadline);

    // Enrol through the web process, 64 at a time. Progress is counted incrementally: the harness must not load the machine it measures.
    let answeredCount = 0;
    let answeredSeen = 0;
    const answered = (): number => {
      for (; answeredSeen < web.lines.length; answeredSeen++) if (/^(ok|err) /.test(web.lines[answeredSeen] as string)) answeredCount++;
      return answeredCount;
    };
    const sendsLogged = lineCounter(log);
    const progress = (): string => `(${answered()} enrolled, ${sendsLogged()} sends logged)`;
    for (let i = 0; i < LEADS; i++) {
      await until("enrolment progress", () => i - answered() < 64, deadline, progress);
      web.child.stdin.write(`${JSON.stringify(proofLead(i))}\n`);
    }
    await until("every enrolment answered", () => answered() === LEADS, deadline, progress);
    expect(web.lines.filter((l) => l.startsWith("err "))).toEqual([]);

    // Mid-run: once a third of the expected sends are in the log.
    await until("a third of the sends", () => sendsLogged() > (LEADS * 9) / 3, deadline, progress);
    const [a, b] = workers as [Proc, Proc, Proc];
    a.child.kill("SIGKILL");
    const killedAt = Date.now();
    b.child.kill("SIGTERM");
    const replacement = start("D", env);
    procs.push(replacement);
    expect(await b.exited).toBe(0);
    const termedAt = Date.now();

    // Settled: every lead's cadence is over, nothing pending, nothing due.
    let records: StoredLead[] = [];
    await until(
      "every lead done",
      async () => {
        // Reading every record (histories included) on each poll would load the store under test: the due index says when to.
        if ((await store.due(Number.MAX_SAFE_INTEGER, 1)).length > 0) return false;
        records = [];
        for await (const v of store.scan()) records.push(v.record);
        return records.length === LEADS && records.every((r) => r.enrollments[0]?.state === "done");
      },
      deadline,
      async () => {
        records = [];
        for await (const v of store.scan()) records.push(v.record);
        const stuck = records.filter((r) => r.enrollments[0]?.state !== "done");
        const details = [];
        for (const r of stuck.slice(0, 3)) details.push(await diagnose(r));
        const reconciles = procs.flatMap((p) => p.lines.filter((l) => l.startsWith("reconcile ")).map((l) => `${p.name}${l.slice(9)}`));
        const notRan = procs.flatMap((p) => p.lines.filter((l) => l.startsWith("wake ")).map((l) => `${p.name} ${l}`));
        return `(${stuck.length} of ${records.length} leads not done; ${progress()}; ${details.join("; ")}; last reconciles ${reconciles.slice(-8).join(", ")}; wake-ups not run: ${notRan.slice(-20).join(", ")})`;
      },
    );
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGTERM");
    await Promise.all(procs.map((p) => p.exited));

    expect(records.filter((r) => Object.keys(r.enrollments[0]?.pending ?? {}).length > 0 || r.dueAt !== null)).toEqual([]);
    expect(await store.due(Number.MAX_SAFE_INTEGER, 10)).toEqual([]);

    const sends = readLog(log);
    const byId = new Map<string, SendLine[]>();
    for (const s of sends) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);

    // Every touch simulate predicts was sent, and nothing else.
    const plan = autoDealerPlan();
    const predicted = new Set<string>();
    for (const r of records) {
      const lead = { ...r.lead, history: [] };
      for (const t of simulate(plan, lead, { until: "P21D", responder: respond.never() }).touches) predicted.add(t.touchId);
    }
    expect([...byId.keys()].filter((id) => !predicted.has(id))).toEqual([]);
    expect([...predicted].filter((id) => !byId.has(id))).toEqual([]);

    // A touch sent twice: same key, once by the killed worker before the kill, once by another after it.
    const duplicates = [...byId.values()].filter((l) => l.length > 1);
    for (const lines of duplicates) {
      expect(lines.every((l) => l.key === l.id)).toBe(true);
      expect(lines.length).toBe(2);
      const [first, second] = [...lines].sort((p, q) => p.real - q.real) as [SendLine, SendLine];
      expect({ id: first.id, by: first.w, beforeKill: first.real <= killedAt }).toEqual({ id: first.id, by: "A", beforeKill: true });
      expect(second.w).not.toBe("A");
    }
    // The SIGTERM path: nothing the gracefully stopped worker sent was sent again.
    expect(duplicates.filter((lines) => lines.some((l) => l.w === "B")).map((l) => l[0]?.id)).toEqual([]);
    expect(sends.some((s) => s.w === "A")).toBe(true);
    expect(sends.some((s) => s.w === "B")).toBe(true);
    expect(sends.some((s) => s.w === "D" && s.real > termedAt)).toBe(true);

    // Quiet hours, windows and caps hold, counting every send (duplicates included).
    const zoneOf = new Map(records.map((r) => [r.lead.id, r.lead.timezone as string]));
    const broken: string[] = [];
    const perLead = new Map<string, SendLine[]>();
    for (const s of sends) perLead.set(s.lead, [...(perLead.get(s.lead) ?? []), s]);
    for (const [leadId, list] of perLead) {
      const zone = zoneOf.get(leadId) as string;
      list.sort((p, q) => p.at - q.at);
      const callsPerDay = new Map<string, number>();
      for (const s of list) {
        const l = local(s.at, zone);
        if (l.minutes >= 21 * 60 || l.minutes < 8 * 60) broken.push(`${s.id} in quiet hours (${DateTime.fromMillis(s.at, { zone }).toISO()})`);
        const windows = WINDOWS[s.ch];
        if (windows !== undefined && !windows.some(([days, from, to]) => days.includes(l.weekday) && l.minutes >= from && l.minutes < to))
          broken.push(`${s.id} outside the ${s.ch} window`);
        if (s.ch === "call") callsPerDay.set(l.day, (callsPerDay.get(l.day) ?? 0) + 1);
        const inDay = list.filter((o) => o.at > s.at - 24 * HOUR && o.at <= s.at).length;
        if (inDay > 6) broken.push(`${leadId}: ${inDay} touches in the 24 h before ${s.id}`);
      }
      for (const [day, n] of callsPerDay) if (n > 3) broken.push(`${leadId}: ${n} calls on ${day}`);
    }
    expect(broken).toEqual([]);
    console.log(
      `proof ${kind}: ${sends.length} sends, ${byId.size} touches, ${duplicates.length} sent twice (in flight in the killed worker), ${Math.round((Date.now() - (deadline - PROOF_BOUND_MS)) / 1000)} s`,
    );
  } finally {
    for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
    if (pool !== undefined) {
      await pool.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      await pool.end();
    }
    for (const pattern of [`{${name}}*`, `bull:${name}*`]) {
      const keys = await redis.keys(pattern);
      if (keys.length > 0) await redis.del(...keys);
    }
    await queue.close();
    redis.disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!(pgUp && redisUp))("workers killed mid-run never double-send (but in-flight touches of a killed worker) and never lose a touch", () => {
  it("PostgreSQL store + BullMQ", () => proof("postgres"), PROOF_BOUND_MS + 30_000);
  it("Redis store + BullMQ", () => proof("redis"), PROOF_BOUND_MS + 30_000);
});
