/**
 * A small CRM-style HTTP service: leads arrive by webhook, the lead-cadence engine runs them on a
 * SQLite store, and console adapters log every touch. Start it with one command from the repository
 * root: `npx tsx examples/crm-sqlite/server.ts` (PORT and DB environment variables are optional).
 *
 *   POST /webhooks/leads          { "lead": {...}, "planId"?: "dealer-speed-to-lead" }  → 201 with what was
 *                                 done (touches sent, tasks opened) and what is deferred until when
 *   POST /demo/advance            { "minutes": 5 }: jumps the demo clock and runs what fell due (demo clock only)
 *   POST /leads/:id/events        an outcome, inbound, status, meeting or event record  → 202
 *   POST /tasks/complete          { "touchId": "...", "outcome": "connected" }         → 202
 *   GET  /leads/:id               the stored lead, its history and open tasks
 *   GET  /metrics                 speed-to-lead metrics per plan and step
 *
 * With DEMO_NOW=2026-03-09T14:00:00Z in the environment (or --demo-now=...), the service runs on a
 * demo clock that starts at that instant, on a database in memory (unless DB names a file), so the
 * walkthrough answers the same on any day and on every start.
 *
 * Every bad request gets a 4xx with a specific `error.code`: `invalid_json`, `invalid_body` (not a
 * JSON object), `invalid_encoding` (not UTF-8), `body_too_large` (413, over `maxBodyBytes`, 1 MB by
 * default, MAX_BODY_BYTES in the environment), `bad_path` (bad %-encoding), `not_found`, or the
 * library's own code (`lead_invalid`, `unknown_lead`, `already_enrolled`...). SIGTERM and SIGINT
 * stop it gracefully: no new connections, in-flight requests answered, the engine stopped, the
 * database closed.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  createEngine,
  isCadenceError,
  isEngineError,
  type ChannelAdapter,
  type Clock,
  type Engine,
  type Plan,
  type PlanInput,
  type RecordEvent,
  parsePlan,
  systemClock,
} from "../../src/index.js";
import { createDemoClock, type DemoClock } from "./demoClock.js";
import { enrolmentSummary } from "./enrolmentSummary.js";
import { createSqliteStore } from "./sqliteStore.js";

/** The dealer plan, with a one-minute SLA on the first call that alerts the sales manager. */
export function crmPlans(): PlanInput[] {
  const plan = JSON.parse(readFileSync(new URL("../plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput & {
    steps: Record<string, unknown>[];
  };
  const first = plan.steps[0];
  if (first !== undefined) first["sla"] = { within: "PT1M", escalate: [{ channel: "notify", template: "manager-alert" }] };
  return [plan];
}

/** An adapter that logs the touch and answers "sent". `notify` (the SLA's escalation) reaches the team, never the lead. */
function consoleAdapter(channel: string, log: (line: string) => void): ChannelAdapter {
  return {
    send(touch, lead, { idempotencyKey }) {
      const to =
        channel === "notify" ? "the sales manager" : channel === "email" ? lead.contacts["email"] : (lead.contacts["phone"] ?? lead.contacts["whatsapp"]);
      log(`[${channel}] to ${to ?? "(no contact)"} template=${touch.template ?? "-"} key=${idempotencyKey}`);
      return { status: "sent", providerId: `console-${idempotencyKey}` };
    },
  };
}

/** A running CRM service. */
export interface Crm {
  readonly url: string;
  readonly engine: Engine;
  close(): Promise<void>;
}

/** The largest request body accepted unless `maxBodyBytes` says otherwise: 1 MB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** A request the service refuses: its HTTP status and a specific code. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Starts the service; `port: 0` picks a free port. `demoNow` (an ISO-8601 instant) runs it on a
 * demo clock starting then, with `POST /demo/advance`, and a database in memory unless `db` names
 * one; `clock` replaces the clock altogether (tests). `db` defaults to `crm.sqlite` beside this file.
 */
export async function startCrm(
  options: { port?: number; db?: string; log?: (line: string) => void; clock?: Clock; demoNow?: string; maxBodyBytes?: number } = {},
): Promise<Crm> {
  const log = options.log ?? ((line: string) => console.log(line));
  const demo = options.demoNow === undefined ? undefined : createDemoClock(options.demoNow);
  const clock: Clock = options.clock ?? demo ?? systemClock;
  // The demo clock starts over at `demoNow` on every start: leads kept from an earlier run would hold
  // records dated after it, which the engine does not decide on until the clock reaches them.
  const store = createSqliteStore(options.db ?? (demo === undefined ? fileURLToPath(new URL("./crm.sqlite", import.meta.url)) : ":memory:"));
  const adapters = Object.fromEntries(["sms", "email", "whatsapp", "notify"].map((c) => [c, consoleAdapter(c, log)]));
  const plans = crmPlans().map((plan) => parsePlan(plan));
  const engine = createEngine({ plans, adapters, store, clock });
  engine.on("touch:due", ({ touch }) => log(`[task] ${touch.channel} for ${touch.leadId}: ${touch.template ?? touch.stepId} (complete ${touch.id})`));
  engine.on("sla:breached", ({ touch, level }) => log(`[sla] ${touch.id} breached, escalation level ${level}`));
  engine.on("lead:done", ({ leadId, done }) => log(`[done] ${leadId}: ${done.reason}`));
  engine.on("error", ({ error, leadId }) => log(`[error] ${leadId ?? ""} ${String(error)}`));

  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const server = createServer((req, res) => {
    route({ engine, plans, clock, demo, log }, req, res, maxBodyBytes).catch((error: unknown) => {
      if (!(error instanceof HttpError) && !isCadenceError(error)) log(`[error] ${req.method} ${req.url}: ${String(error)}`);
      reply(res, statusOf(error), { error: errorBody(error) });
      if (error instanceof HttpError && error.status === 413) {
        // Answered; drain what the client still sends without keeping it, and cut it off if it never ends.
        req.resume();
        setTimeout(() => req.socket.destroy(), 5000).unref();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 3000, resolve));
  engine.start();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    engine,
    async close() {
      // Stop accepting, let in-flight requests finish, then the engine, then the database.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await engine.stop();
      store.close();
    },
  };
}

/** What the routes work with. */
interface Service {
  readonly engine: Engine;
  readonly plans: readonly Plan[];
  readonly clock: Clock;
  readonly demo: DemoClock | undefined;
  readonly log: (line: string) => void;
}

async function route({ engine, plans, clock, demo, log }: Service, req: IncomingMessage, res: ServerResponse, maxBodyBytes: number): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean).map(decodePathPart);
  if (req.method === "POST" && url.pathname === "/webhooks/leads") {
    const body = await readJsonObject(req, maxBodyBytes);
    const planId = body["planId"] ?? "dealer-speed-to-lead";
    if (typeof planId !== "string") throw new HttpError(400, "invalid_body", `Expected planId to be a string, got ${typeof planId}`);
    const result = await engine.enroll(body["lead"] as never, planId);
    const plan = plans.find((p) => p.id === result.planId && p.version === result.planVersion);
    if (plan === undefined) return reply(res, 201, result);
    const summary = await enrolmentSummary(engine, plan, result.leadId, clock.now());
    for (const d of summary.done) log(`[enrolled] ${result.leadId}: ${d.stepId} ${d.channel} ${d.status} at ${d.local}`);
    for (const d of summary.deferred) log(`[deferred] ${result.leadId}: ${d.stepId} until ${d.untilLocal} (${d.until}): ${d.why}`);
    return reply(res, 201, summary);
  }
  if (req.method === "POST" && url.pathname === "/demo/advance") {
    if (demo === undefined) throw new HttpError(404, "not_found", "POST /demo/advance needs the demo clock (DEMO_NOW or --demo-now)");
    const minutes = (await readJsonObject(req, maxBodyBytes))["minutes"];
    if (typeof minutes !== "number" || !(minutes >= 0))
      throw new HttpError(400, "invalid_body", `Expected minutes to be a number of at least 0, got ${JSON.stringify(minutes)}`);
    try {
      demo.advance(minutes * 60_000);
    } catch (error) {
      if (error instanceof RangeError) throw new HttpError(400, "invalid_body", `Expected minutes the demo clock can move by: ${error.message}`);
      throw error;
    }
    await engine.runDue();
    return reply(res, 200, { now: new Date(demo.now()).toISOString() });
  }
  if (req.method === "POST" && parts[0] === "leads" && parts[2] === "events" && parts.length === 3) {
    await engine.record(parts[1] as string, (await readJsonObject(req, maxBodyBytes)) as unknown as RecordEvent);
    return reply(res, 202, { ok: true });
  }
  if (req.method === "POST" && url.pathname === "/tasks/complete") {
    const body = await readJsonObject(req, maxBodyBytes);
    await engine.complete(body["touchId"] as string, body["outcome"] as never);
    return reply(res, 202, { ok: true });
  }
  if (req.method === "GET" && parts[0] === "leads" && parts.length === 2) {
    const stored = await engine.get(parts[1] as string);
    if (stored === undefined) return reply(res, 404, { error: { code: "unknown_lead" } });
    return reply(res, 200, { ...stored.record, version: stored.version, openTasks: await engine.openTasks(parts[1] as string) });
  }
  if (req.method === "GET" && url.pathname === "/metrics") return reply(res, 200, await engine.metrics());
  if (req.method === "GET" && url.pathname === "/health") return reply(res, 200, { ok: true });
  reply(res, 404, { error: { code: "not_found", message: `${req.method} ${url.pathname}` } });
}

function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(400, "bad_path", `Expected a %-encoded path segment, got ${JSON.stringify(part.slice(0, 60))}`);
  }
}

/** The request body as a JSON object, reading no more than `maxBytes` (an empty body is `{}`). */
async function readJsonObject(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  const declared = Number(req.headers["content-length"]);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total <= maxBytes) chunks.push(chunk);
      else {
        req.off("data", onData);
        reject(tooLarge(maxBytes));
      }
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks, total)));
    req.once("error", reject);
  });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, "invalid_encoding", "Expected a UTF-8 body");
  }
  let body: unknown;
  try {
    body = JSON.parse(text === "" ? "{}" : text);
  } catch (error) {
    throw new HttpError(400, "invalid_json", `Expected a JSON body: ${(error as Error).message}`);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new HttpError(400, "invalid_body", `Expected a JSON object, got ${body === null ? "null" : Array.isArray(body) ? "an array" : typeof body}`);
  }
  return body as Record<string, unknown>;
}

/** 413: the connection is closed after the answer, and the rest of the body is never kept. */
function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, "body_too_large", `Expected a body of at most ${maxBytes} bytes`);
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json", ...(status === 413 ? { connection: "close" } : {}) });
  res.end(JSON.stringify(body));
}

/** Engine refusals that are conflicts with the lead's state: an enrolment running, or a re-enrolment the plan does not allow yet. */
const CONFLICTS = new Set<string>(["already_enrolled", "reenrollment_not_allowed", "reenrollment_too_soon"]);

function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  if (isEngineError(error)) return CONFLICTS.has(error.code) ? 409 : error.code.startsWith("unknown_") ? 404 : 400;
  if (isCadenceError(error)) return 400;
  return 500;
}

function errorBody(error: unknown): unknown {
  if (error instanceof HttpError) return { code: error.code, message: error.message };
  if (isCadenceError(error))
    return { code: error.code, message: error.message, ...("issues" in error ? { issues: (error as { issues: unknown }).issues } : {}) };
  return { code: "internal", message: "internal error; see the server log" };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const db = process.env["DB"];
  const maxBody = process.env["MAX_BODY_BYTES"];
  const demoNow = process.argv.find((a) => a.startsWith("--demo-now="))?.slice("--demo-now=".length) ?? process.env["DEMO_NOW"];
  const crm = await startCrm({
    port: Number(process.env["PORT"] ?? 3000),
    ...(db === undefined ? {} : { db }),
    ...(maxBody === undefined ? {} : { maxBodyBytes: Number(maxBody) }),
    ...(demoNow === undefined || demoNow === "" ? {} : { demoNow }),
  });
  console.log(`CRM listening on ${crm.url}${demoNow ? ` (demo clock from ${demoNow})` : ""}`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    crm.close().then(
      () => {
        console.log("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`stop failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}
