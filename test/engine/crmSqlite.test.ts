import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createManualClock } from "../../src/engine/index.js";
import { storeConformance } from "../../src/testing/storeConformance.js";

const exampleDir = new URL("../../examples/crm-sqlite/", import.meta.url);
const available = ((): boolean => {
  if (!existsSync(new URL("node_modules/better-sqlite3/package.json", exampleDir))) return false;
  try {
    createRequire(new URL("package.json", exampleDir))("better-sqlite3");
    return true;
  } catch {
    return false;
  }
})();
/** POSTs a JSON body to the service at `url`. */
const poster = (url: string) => (path: string, body: unknown) =>
  fetch(url + path, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
/** A web-form lead in New York with SMS consent, as the README's walkthrough posts it. */
const webLead = (id: string) => ({
  id,
  timezone: "America/New_York",
  contacts: { phone: "+12125550142", email: "j@example.com" },
  consent: { sms: { status: "granted" } },
});
const SKIP = "examples/crm-sqlite is skipped: better-sqlite3 is not installed (run `npm ci --prefix examples/crm-sqlite`)";

describe("examples/crm-sqlite demo clock", () => {
  it("starts at the chosen instant, runs at real speed, and a jump fires the timers that fall due, in order", async () => {
    const { createDemoClock } = await import("../../examples/crm-sqlite/demoClock.js");
    let real = 1_000_000;
    const clock = createDemoClock("2026-03-08T13:00:00Z", () => real);
    expect(new Date(clock.now()).toISOString()).toBe("2026-03-08T13:00:00.000Z");
    real += 1500;
    expect(new Date(clock.now()).toISOString()).toBe("2026-03-08T13:00:01.500Z");
    const fired: string[] = [];
    clock.setTimeout(() => fired.push("10 min"), 10 * 60_000);
    clock.setTimeout(() => fired.push("5 min"), 5 * 60_000);
    const never = clock.setTimeout(() => fired.push("cleared"), 60_000);
    clock.clearTimeout(never);
    clock.advance(6 * 60_000);
    expect(fired).toEqual(["5 min"]);
    clock.advance(60 * 60_000);
    expect(fired).toEqual(["5 min", "10 min"]);
    const before = clock.now();
    expect(() => clock.advance(200 * 365 * 24 * 60 * 60_000)).toThrow(RangeError);
    expect(clock.now()).toBe(before);
    expect(() => createDemoClock("Sunday morning")).toThrow(/ISO-8601 instant with Z or an offset/);
  });
});

if (!available) {
  describe("examples/crm-sqlite", () => {
    it.skip(SKIP, () => undefined);
  });
} else {
  const { createSqliteStore } = await import("../../examples/crm-sqlite/sqliteStore.js");
  const { startCrm } = await import("../../examples/crm-sqlite/server.js");

  storeConformance("sqlite (examples/crm-sqlite)", () => createSqliteStore(":memory:"), { describe, it });

  describe("examples/crm-sqlite over HTTP", () => {
    it("accepts a lead by webhook, runs the cadence on SQLite and logs touches through console adapters", async () => {
      const clock = createManualClock("2026-03-09T14:00:00Z");
      const lines: string[] = [];
      const crm = await startCrm({ port: 0, db: ":memory:", clock, log: (l) => lines.push(l) });
      const post = poster(crm.url);
      try {
        const lead = webLead("web-1");
        const created = await post("/webhooks/leads", { lead });
        expect(created.status).toBe(201);
        expect(await created.json()).toMatchObject({
          leadId: "web-1",
          planId: "dealer-speed-to-lead",
          planVersion: 1,
          now: "2026-03-09T14:00:00.000Z",
          nowLocal: "Mon 2026-03-09 10:00 EDT",
          zone: "America/New_York",
          done: [{ touchId: "web-1/dealer-speed-to-lead@1/call-now#1", channel: "call", status: "task opened", local: "Mon 2026-03-09 10:00 EDT" }],
        });
        expect(lines).toContain("[task] call for web-1: call-script-first-contact (complete web-1/dealer-speed-to-lead@1/call-now#1)");

        expect((await post("/webhooks/leads", { lead })).status).toBe(409);
        const bad = await post("/webhooks/leads", { lead: { id: "x", timezone: "Mars/Base" } });
        expect(bad.status).toBe(400);
        expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("lead_invalid");

        clock.advance(61_000);
        await crm.engine.runDue();
        expect(lines).toContain("[sla] web-1/dealer-speed-to-lead@1/call-now#1 breached, escalation level 1");
        // The SLA's alert goes to the team, not to the lead.
        expect(lines.filter((l) => l.startsWith("[notify]")).map((l) => l.split(" key=")[0])).toEqual(["[notify] to the sales manager template=manager-alert"]);

        expect((await post("/tasks/complete", { touchId: "web-1/dealer-speed-to-lead@1/call-now#1", outcome: "no_answer" })).status).toBe(202);
        clock.advance(5 * 60_000);
        await crm.engine.runDue();
        expect(lines.some((l) => l.startsWith("[sms] to +12125550142 template=sms-intro"))).toBe(true);

        expect((await post("/leads/web-1/events", { type: "inbound", channel: "sms", text: "Can I come Saturday?" })).status).toBe(202);
        expect(lines).toContain("[done] web-1: replied");
        expect((await post("/leads/ghost/events", { type: "status", status: "won" })).status).toBe(404);

        const stored = (await (await fetch(`${crm.url}/leads/web-1`)).json()) as {
          enrollments: { planId: string; state: string }[];
          lead: { history: { type: string }[] };
        };
        expect(stored.enrollments.map((e) => [e.planId, e.state])).toEqual([["dealer-speed-to-lead", "done"]]);
        expect(stored.lead.history.map((h) => h.type)).toContain("inbound");
        const metrics = (await (await fetch(`${crm.url}/metrics`)).json()) as { plans: Record<string, { leads: number; slaBreaches: number }> };
        expect(metrics.plans["dealer-speed-to-lead"]).toMatchObject({ leads: 1, slaBreaches: 1 });
      } finally {
        await crm.close();
      }
    });

    it("on a Sunday morning in New York, the enrolment answers what it did and what it deferred until when; the demo clock moves it on", async () => {
      const lines: string[] = [];
      // Sunday 2026-03-08 09:00 EDT: the dealer's call window opens on Monday.
      const crm = await startCrm({ port: 0, db: ":memory:", demoNow: "2026-03-08T13:00:00Z", log: (l) => lines.push(l) });
      const post = poster(crm.url);
      try {
        const lead = webLead("sun-1");
        const created = await post("/webhooks/leads", { lead });
        expect(created.status).toBe(201);
        const summary = (await created.json()) as {
          nowLocal: string;
          done: { stepId: string; status: string }[];
          deferred: { stepId: string; until: string; untilLocal: string; why: string }[];
        };
        expect(summary.nowLocal).toMatch(/^Sun 2026-03-08 09:00/);
        const call = summary.deferred.find((d) => d.stepId === "call-now");
        expect(call).toBeDefined();
        expect(call?.until).toMatch(/^2026-03-09T\d\d:\d\d:00\.000Z$/);
        expect(call?.untilLocal).toMatch(/^Mon 2026-03-09 \d\d:\d\d EDT$/);
        expect(call?.why.length).toBeGreaterThan(0);
        expect(lines.some((l) => l.startsWith("[deferred] sun-1: call-now until Mon 2026-03-09"))).toBe(true);
        // A day later on the demo clock, the call task is open.
        const advanced = await post("/demo/advance", { minutes: 24 * 60 });
        expect(advanced.status).toBe(200);
        const tasks = ((await (await fetch(`${crm.url}/leads/sun-1`)).json()) as { openTasks: { stepId: string }[] }).openTasks;
        expect(tasks.map((t) => t.stepId)).toContain("call-now");
      } finally {
        await crm.close();
      }
    });

    it("a lead enrolled again after replying: the enrolment answers this enrolment's touches and waits, not the first one's", async () => {
      const clock = createManualClock("2026-03-09T14:00:00Z");
      const lines: string[] = [];
      const crm = await startCrm({ port: 0, db: ":memory:", clock, log: (l) => lines.push(l) });
      const post = poster(crm.url);
      try {
        const lead = webLead("again-1");
        expect((await post("/webhooks/leads", { lead })).status).toBe(201);
        expect((await post("/tasks/complete", { touchId: "again-1/dealer-speed-to-lead@1/call-now#1", outcome: "no_answer" })).status).toBe(202);
        clock.advance(5 * 60_000);
        await crm.engine.runDue();
        expect((await post("/leads/again-1/events", { type: "inbound", channel: "sms", text: "Bought elsewhere, thanks" })).status).toBe(202);
        expect(lines).toContain("[done] again-1: replied");

        // Inquires again the next day: the plan allows re-enrolment at once.
        clock.advance(24 * 60 * 60_000);
        const again = await post("/webhooks/leads", { lead });
        expect(again.status).toBe(201);
        const summary = (await again.json()) as {
          done: { touchId: string; status: string }[];
          deferred: { stepId: string; untilLocal: string }[];
        };
        expect(summary.done.map((d) => [d.touchId, d.status])).toEqual([["again-1/dealer-speed-to-lead:2@1/call-now#1", "task opened"]]);
        expect(summary.deferred.map((d) => [d.stepId, d.untilLocal])).toEqual([
          ["email-intro", "Tue 2026-03-10 10:15 EDT"],
          ["whatsapp-day-2", "Wed 2026-03-11 10:00 EDT"],
          ["video-day-2", "Thu 2026-03-12 11:00 EDT"],
          ["email-day-3", "Fri 2026-03-13 09:30 EDT"],
          ["email-day-7", "Tue 2026-03-17 09:30 EDT"],
        ]);
      } finally {
        await crm.close();
      }
    });

    it("on the demo clock, the walkthrough answers the same when the service is started and run through a second time", async () => {
      for (const run of [1, 2]) {
        const lines: string[] = [];
        // No `db`: as the README starts it.
        const crm = await startCrm({ port: 0, demoNow: "2026-03-09T14:00:00Z", log: (l) => lines.push(l) });
        const post = poster(crm.url);
        try {
          const created = await post("/webhooks/leads", { lead: webLead("demo-twice") });
          expect(created.status, `run ${run}`).toBe(201);
          const summary = (await created.json()) as { done: { touchId: string; status: string }[] };
          expect(
            summary.done.map((d) => [d.touchId, d.status]),
            `run ${run}`,
          ).toEqual([["demo-twice/dealer-speed-to-lead@1/call-now#1", "task opened"]]);
          expect((await post("/tasks/complete", { touchId: "demo-twice/dealer-speed-to-lead@1/call-now#1", outcome: "no_answer" })).status).toBe(202);
          expect((await post("/demo/advance", { minutes: 5 })).status).toBe(200);
          expect(
            lines.some((l) => l.startsWith("[sms] to +12125550142 template=sms-intro")),
            `run ${run}`,
          ).toBe(true);
          expect((await post("/leads/demo-twice/events", { type: "inbound", channel: "sms", text: "Saturday works" })).status).toBe(202);
          expect(lines, `run ${run}`).toContain("[done] demo-twice: replied");
        } finally {
          await crm.close();
        }
      }
    });

    it("an enrolment that ends at once (the lead had opted out) says so, not only that nothing waits", async () => {
      const crm = await startCrm({ port: 0, db: ":memory:", clock: createManualClock("2026-03-09T14:00:00Z"), log: () => undefined });
      const post = poster(crm.url);
      try {
        const optedOut = { ...webLead("stopped-1"), optOuts: [{ channel: "sms", at: "2026-03-09T13:00:00Z", source: "STOP keyword" }] };
        const created = await post("/webhooks/leads", { lead: optedOut });
        expect(created.status).toBe(201);
        expect(await created.json()).toMatchObject({
          done: [],
          deferred: [],
          ended: { reason: "opted_out", detail: "sms", local: "Mon 2026-03-09 09:00 EDT" },
        });
        const open = await post("/webhooks/leads", { lead: webLead("open-1") });
        expect(await open.json()).toMatchObject({ ended: null });
      } finally {
        await crm.close();
      }
    });

    it("a step held by its send window says so, with the trace's detail after it", async () => {
      // Sunday 11:00 in Brussels, the day after enrolment: the day-2 WhatsApp (10:00) waits for Monday's window;
      // the detail is the template the message will need.
      const crm = await startCrm({ port: 0, db: ":memory:", clock: createManualClock("2026-03-29T09:00:00Z"), log: () => undefined });
      try {
        const lead = {
          id: "be-1",
          timezone: "Europe/Brussels",
          enrolledAt: "2026-03-28T09:00:00Z",
          contacts: { phone: "+32470123456", email: "c@example.be" },
          consent: { whatsapp: { status: "granted", at: "2026-03-28T09:00:00Z" } },
        };
        const summary = (await (await poster(crm.url)("/webhooks/leads", { lead })).json()) as {
          deferred: { stepId: string; untilLocal: string; reason: string; why: string }[];
        };
        expect(summary.deferred.find((d) => d.stepId === "whatsapp-day-2")).toMatchObject({
          untilLocal: "Mon 2026-03-30 09:00 +02:00",
          reason: "window",
          why: "outside the send window or in quiet hours; outside the WhatsApp window at send time: template whatsapp-next-day",
        });
      } finally {
        await crm.close();
      }
    });

    it("refuses a demo jump past the instants the library accepts, and keeps working", async () => {
      const lines: string[] = [];
      const crm = await startCrm({ port: 0, db: ":memory:", demoNow: "2026-03-09T14:00:00Z", log: (l) => lines.push(l) });
      const post = poster(crm.url);
      try {
        for (const minutes of [1e9, 1e300]) {
          const jump = await post("/demo/advance", { minutes });
          expect(jump.status, `${minutes} minutes`).toBe(400);
          expect(((await jump.json()) as { error: { code: string } }).error.code).toBe("invalid_body");
        }
        const created = await post("/webhooks/leads", { lead: webLead("after-jump") });
        expect(created.status).toBe(201);
        expect(((await created.json()) as { nowLocal: string }).nowLocal).toBe("Mon 2026-03-09 10:00 EDT");
        expect((await post("/demo/advance", { minutes: 5 })).status).toBe(200);
        expect(lines.filter((l) => l.startsWith("[error]"))).toEqual([]);
      } finally {
        await crm.close();
      }
    });

    it("answers every bad request with a 4xx and a specific code, and limits bodies", async () => {
      const lines: string[] = [];
      const crm = await startCrm({
        port: 0,
        db: ":memory:",
        clock: createManualClock("2026-03-09T14:00:00Z"),
        log: (l) => lines.push(l),
        maxBodyBytes: 64 * 1024,
      });
      const send = async (method: string, path: string, body?: string | Buffer): Promise<{ status: number; code: string | undefined }> => {
        const res = await fetch(crm.url + path, { method, ...(body === undefined ? {} : { body }), headers: { "content-type": "application/json" } });
        const json = (await res.json()) as { error?: { code?: string } };
        return { status: res.status, code: json.error?.code };
      };
      try {
        const lead = JSON.stringify({ lead: { id: "ok-1", timezone: "America/New_York", contacts: { phone: "+12125550142" } } });
        expect(await send("POST", "/webhooks/leads", "null")).toEqual({ status: 400, code: "invalid_body" });
        expect(await send("POST", "/webhooks/leads", "[1]")).toEqual({ status: 400, code: "invalid_body" });
        expect(await send("POST", "/webhooks/leads", '{"lead":')).toEqual({ status: 400, code: "invalid_json" });
        expect(await send("POST", "/webhooks/leads", Buffer.from([0x7b, 0xff, 0x7d]))).toEqual({ status: 400, code: "invalid_encoding" });
        expect(await send("POST", "/webhooks/leads", '{"lead":null}')).toEqual({ status: 400, code: "lead_invalid" });
        expect(await send("POST", "/webhooks/leads", JSON.stringify({ lead: { id: "x" }, planId: 5 }))).toEqual({ status: 400, code: "invalid_body" });
        expect(
          await send("POST", "/webhooks/leads", JSON.stringify({ lead: { id: "x", attributes: JSON.parse(`${"[".repeat(500)}${"]".repeat(500)}`) } })),
        ).toEqual({ status: 400, code: "lead_invalid" });
        expect(await send("POST", "/leads/%E0%A4%A/events", "{}")).toEqual({ status: 400, code: "bad_path" });
        expect(await send("GET", "/leads/%ZZ")).toEqual({ status: 400, code: "bad_path" });
        expect(await send("POST", "/leads/ghost/events", "null")).toEqual({ status: 400, code: "invalid_body" });
        expect(await send("POST", "/tasks/complete", "{}")).toEqual({ status: 400, code: "invalid_argument" });
        expect(await send("GET", "/nowhere")).toEqual({ status: 404, code: "not_found" });
        expect((await send("POST", "/webhooks/leads", lead)).status).toBe(201);
        expect((await send("POST", "/leads/ok-1/events", JSON.stringify({ type: "nonsense" }))).status).toBe(400);
        // Over the limit: refused with 413 whether the length is declared or the body is streamed.
        expect(await send("POST", "/webhooks/leads", JSON.stringify({ lead: { id: "big", attributes: { blob: "x".repeat(200 * 1024) } } }))).toEqual({
          status: 413,
          code: "body_too_large",
        });
        const streamed = await new Promise<number>((resolve, reject) => {
          const req = request(`${crm.url}/webhooks/leads`, { method: "POST", headers: { "transfer-encoding": "chunked" } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on("error", reject);
          for (let i = 0; i < 10; i++) req.write("x".repeat(16 * 1024));
          req.end();
        });
        expect(streamed).toBe(413);
        expect(lines.filter((l) => l.startsWith("[error]"))).toEqual([]);
        expect((await fetch(`${crm.url}/health`)).status).toBe(200);
      } finally {
        await crm.close();
      }
    });

    it("stops gracefully on SIGTERM: exit 0 after closing the server, the engine and the database", async () => {
      const dir = mkdtempSync(join(tmpdir(), "crm-sqlite-"));
      const server = fileURLToPath(new URL("server.ts", exampleDir));
      const tsx = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));
      const child = spawn(process.execPath, [tsx, server], {
        env: { ...process.env, PORT: "0", DB: join(dir, "crm.sqlite") },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr.on("data", (d: Buffer) => (out += d.toString()));
      try {
        const url = await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`the server did not start:\n${out}`)), 60_000);
          child.stdout.on("data", () => {
            const m = /CRM listening on (http:\/\/\S+)/.exec(out);
            if (m !== null) {
              clearTimeout(timer);
              resolve(m[1] as string);
            }
          });
        });
        expect((await fetch(`${url}/health`)).status).toBe(200);
        const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
        child.kill("SIGTERM");
        expect(await exit).toBe(0);
        expect(out).toContain("SIGTERM: stopping");
        expect(out).toContain("stopped");
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
        rmSync(dir, { recursive: true, force: true });
      }
    }, 90_000);
  });
}
