import { existsSync } from "node:fs";
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
const SKIP = "examples/crm-sqlite is skipped: better-sqlite3 is not installed (run `npm ci --prefix examples/crm-sqlite`)";

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
      const post = (path: string, body: unknown) => fetch(crm.url + path, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
      try {
        const lead = { id: "web-1", timezone: "America/New_York", contacts: { phone: "+12125550142", email: "j@example.com" }, consent: { sms: { status: "granted" } } };
        const created = await post("/webhooks/leads", { lead });
        expect(created.status).toBe(201);
        expect(await created.json()).toEqual({ leadId: "web-1", planId: "dealer-speed-to-lead", planVersion: 1 });
        expect(lines).toContain("[task] call for web-1: call-script-first-contact (complete web-1/dealer-speed-to-lead@1/call-now#1)");

        expect((await post("/webhooks/leads", { lead })).status).toBe(409);
        const bad = await post("/webhooks/leads", { lead: { id: "x", timezone: "Mars/Base" } });
        expect(bad.status).toBe(400);
        expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("lead_invalid");

        clock.advance(61_000);
        await crm.engine.runDue();
        expect(lines).toContain("[sla] web-1/dealer-speed-to-lead@1/call-now#1 breached, escalation level 1");
        expect(lines.some((l) => l.startsWith("[notify]") && l.includes("manager-alert"))).toBe(true);

        expect((await post("/tasks/complete", { touchId: "web-1/dealer-speed-to-lead@1/call-now#1", outcome: "no_answer" })).status).toBe(202);
        clock.advance(5 * 60_000);
        await crm.engine.runDue();
        expect(lines.some((l) => l.startsWith("[sms] to +12125550142 template=sms-intro"))).toBe(true);

        expect((await post("/leads/web-1/events", { type: "inbound", channel: "sms", text: "Can I come Saturday?" })).status).toBe(202);
        expect(lines).toContain("[done] web-1: replied");
        expect((await post("/leads/ghost/events", { type: "status", status: "won" })).status).toBe(404);

        const stored = (await (await fetch(`${crm.url}/leads/web-1`)).json()) as { state: string; lead: { history: { type: string }[] } };
        expect(stored.state).toBe("done");
        expect(stored.lead.history.map((h) => h.type)).toContain("inbound");
        const metrics = (await (await fetch(`${crm.url}/metrics`)).json()) as { plans: Record<string, { leads: number; slaBreaches: number }> };
        expect(metrics.plans["dealer-speed-to-lead"]).toMatchObject({ leads: 1, slaBreaches: 1 });
      } finally {
        await crm.close();
      }
    });
  });
}
