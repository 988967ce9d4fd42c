/**
 * A small CRM-style HTTP service: leads arrive by webhook, the lead-cadence engine runs them on a
 * SQLite store, and console adapters log every touch. Start it with one command from the repository
 * root: `npx tsx examples/crm-sqlite/server.ts` (PORT and DB environment variables are optional).
 *
 *   POST /webhooks/leads          { "lead": {...}, "planId"?: "dealer-speed-to-lead" }  → 201
 *   POST /leads/:id/events        an outcome, inbound, status, meeting or event record  → 202
 *   POST /tasks/complete          { "touchId": "...", "outcome": "connected" }         → 202
 *   GET  /leads/:id               the stored lead, its history and open tasks
 *   GET  /metrics                 speed-to-lead metrics per plan and step
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
  type PlanInput,
  type RecordEvent,
} from "../../src/index.js";
import { createSqliteStore } from "./sqliteStore.js";

/** The dealer plan, with a one-minute SLA on the first call that alerts the sales manager. */
export function crmPlans(): PlanInput[] {
  const plan = JSON.parse(readFileSync(new URL("../plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput & { steps: Record<string, unknown>[] };
  const first = plan.steps[0];
  if (first !== undefined) first["sla"] = { within: "PT1M", escalate: [{ channel: "notify", template: "manager-alert" }] };
  return [plan];
}

/** An adapter that logs the touch and answers "sent". */
function consoleAdapter(channel: string, log: (line: string) => void): ChannelAdapter {
  return {
    send(touch, lead, { idempotencyKey }) {
      const to = channel === "email" ? lead.contacts["email"] : lead.contacts["phone"] ?? lead.contacts["whatsapp"];
      log(`[${channel}] to ${to ?? "(team)"} template=${touch.template ?? "-"} key=${idempotencyKey}`);
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

/** Starts the service; `port: 0` picks a free port. */
export async function startCrm(options: { port?: number; db?: string; log?: (line: string) => void; clock?: Clock } = {}): Promise<Crm> {
  const log = options.log ?? ((line: string) => console.log(line));
  const store = createSqliteStore(options.db ?? fileURLToPath(new URL("./crm.sqlite", import.meta.url)));
  const adapters = Object.fromEntries(["sms", "email", "whatsapp", "notify"].map((c) => [c, consoleAdapter(c, log)]));
  const engine = createEngine({ plans: crmPlans(), adapters, store, ...(options.clock === undefined ? {} : { clock: options.clock }) });
  engine.on("touch:due", ({ touch }) => log(`[task] ${touch.channel} for ${touch.leadId}: ${touch.template ?? touch.stepId} (complete ${touch.id})`));
  engine.on("sla:breached", ({ touch, level }) => log(`[sla] ${touch.id} breached, escalation level ${level}`));
  engine.on("lead:done", ({ leadId, done }) => log(`[done] ${leadId}: ${done.reason}`));
  engine.on("error", ({ error, leadId }) => log(`[error] ${leadId ?? ""} ${String(error)}`));

  const server = createServer((req, res) => {
    route(engine, req, res).catch((error: unknown) => reply(res, statusOf(error), { error: errorBody(error) }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 3000, resolve));
  engine.start();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    engine,
    async close() {
      await engine.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}

async function route(engine: Engine, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (req.method === "POST" && url.pathname === "/webhooks/leads") {
    const body = (await readJson(req)) as { lead?: unknown; planId?: string };
    const result = await engine.enroll(body.lead as never, body.planId ?? "dealer-speed-to-lead");
    return reply(res, 201, result);
  }
  if (req.method === "POST" && parts[0] === "leads" && parts[2] === "events" && parts.length === 3) {
    await engine.record(parts[1] as string, (await readJson(req)) as RecordEvent);
    return reply(res, 202, { ok: true });
  }
  if (req.method === "POST" && url.pathname === "/tasks/complete") {
    const body = (await readJson(req)) as { touchId: string; outcome: never };
    await engine.complete(body.touchId, body.outcome);
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

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw Object.assign(new Error("Expected a JSON body"), { status: 400 });
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function statusOf(error: unknown): number {
  if (isEngineError(error)) return error.code === "already_enrolled" ? 409 : error.code.startsWith("unknown_") ? 404 : 400;
  if (isCadenceError(error)) return 400;
  return (error as { status?: number }).status ?? 500;
}

function errorBody(error: unknown): unknown {
  if (isCadenceError(error)) return { code: error.code, message: error.message, ...("issues" in error ? { issues: (error as { issues: unknown }).issues } : {}) };
  return { code: "internal", message: String(error) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const db = process.env["DB"];
  const crm = await startCrm({ port: Number(process.env["PORT"] ?? 3000), ...(db === undefined ? {} : { db }) });
  console.log(`CRM listening on ${crm.url}`);
  process.on("SIGINT", () => void crm.close().then(() => process.exit(0)));
}
