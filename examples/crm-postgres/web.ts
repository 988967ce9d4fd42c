/**
 * The webhook service: leads arrive by POST, are enrolled (the first touch happens at once), and
 * their next wake-up goes to the queue. It performs no scheduled work: the workers do.
 *
 *   POST /webhooks/leads     { "lead": {...} }                              → 201
 *   POST /leads/:id/events   an outcome, inbound, status, meeting or event  → 202
 *   POST /tasks/complete     { "touchId": "...", "outcome": "no_answer" }    → 202
 *   GET  /leads/:id          the stored lead
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { isCadenceError, isEngineError, parseTouchId, type RecordEvent } from "../../src/index.js";
import { start } from "./shared.js";

const { engine, runner, close } = await start("web", false);

/** A request body that is not JSON: the sender's mistake (400), not the service's (500). */
class MalformedBody extends Error {}

async function body(req: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of req) text += chunk;
  try {
    return text === "" ? {} : JSON.parse(text);
  } catch (error) {
    throw new MalformedBody(`Expected a JSON body: ${(error as Error).message}`);
  }
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(payload));
}

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? "/", "http://x").pathname;
  if (req.method === "POST" && path === "/webhooks/leads") {
    const { lead } = (await body(req)) as { lead: { id: string } };
    const result = await engine.enroll(lead as never, "dealer-speed-to-lead");
    await runner.schedule(result.leadId);
    return send(res, 201, result);
  }
  const events = /^\/leads\/([^/]+)\/events$/.exec(path);
  if (req.method === "POST" && events !== null) {
    const id = decodeURIComponent(events[1] as string);
    await engine.record(id, (await body(req)) as RecordEvent);
    await runner.schedule(id);
    return send(res, 202, { ok: true });
  }
  if (req.method === "POST" && path === "/tasks/complete") {
    const { touchId, outcome } = (await body(req)) as { touchId: string; outcome: "connected" | "no_answer" };
    await engine.complete(touchId, outcome);
    const leadId = parseTouchId(touchId)?.leadId;
    if (leadId !== undefined) await runner.schedule(leadId);
    return send(res, 202, { ok: true });
  }
  const lead = /^\/leads\/([^/]+)$/.exec(path);
  if (req.method === "GET" && lead !== null) {
    const found = await engine.get(decodeURIComponent(lead[1] as string));
    return found === undefined ? send(res, 404, { error: "unknown lead" }) : send(res, 200, found);
  }
  send(res, 404, { error: "not found" });
}

/** The service cannot serve now (its database failed or is not migrated, it is stopping): the sender should deliver again later. */
const UNAVAILABLE = new Set(["store_failed", "schema_too_old", "schema_too_new", "engine_stopped"]);

/**
 * A failure as an HTTP status: 404 for a lead the store does not have; 503 for {@link UNAVAILABLE}
 * (a form provider or CRM delivers a webhook again after a 5xx, and nothing was recorded that the
 * engine did not finish); 400 for what the sender got wrong (a malformed body, a lead or event the
 * library refused); 500 for anything else.
 */
function statusOf(error: unknown): number {
  if (isEngineError(error) && error.code === "unknown_lead") return 404;
  if (isCadenceError(error) && UNAVAILABLE.has(error.code)) return 503;
  return isCadenceError(error) || error instanceof MalformedBody ? 400 : 500;
}

const server = createServer((req, res) => {
  route(req, res).catch((error: unknown) => {
    send(res, statusOf(error), { error: error instanceof Error ? error.message : String(error) });
  });
});
const port = Number(process.env.PORT ?? 3000);
server.listen(port, () => console.log(`[web] listening on http://localhost:${port}`));
process.once("SIGTERM", () => server.close(() => void close().then(() => process.exit(0))));
