// HTML reports of a cadence: `npx tsx examples/report.ts`, then open the files it names in a browser.
// One lead who arrives on a Friday evening, the same lead under a second version of the plan, and
// a population of 200 leads across four US zones.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parsePlan, type LeadInput, type PlanInput } from "../src/index.js";
import { renderTimelineHtml } from "../src/report/index.js";
import { respond, simulate, type Responder } from "../src/testing/index.js";

const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));
const out = new URL("./out/", import.meta.url);
mkdirSync(out, { recursive: true });
const write = (name: string, html: string): void => {
  writeFileSync(new URL(name, out), html);
  console.log(`${new URL(name, out).pathname} (${Math.ceil(html.length / 1024)} KB)`);
};

// The dealer plan, closed on a Monday of staff training.
const input = readJson("./plans/dealer-speed-to-lead.json") as PlanInput;
const plan = parsePlan({ ...input, holidays: { closures: [{ date: "2026-03-16", name: "Staff training day" }] } });
const lead = { ...(readJson("./leads/new-york-fresh.json") as LeadInput), enrolledAt: "2026-03-13T23:40:00Z" };

// Nobody picks up; the day-3 email is opened and answered three hours later.
const responder: Responder = (touch) =>
  touch.stepId === "email-day-3"
    ? {
        outcome: "opened",
        events: [{ after: "PT3H", event: { type: "inbound", channel: "email", text: "Is the XC60 still available? Saturday morning works." } }],
      }
    : undefined;
write("lead.html", renderTimelineHtml(simulate(plan, lead, { until: "P14D", responder })));

// Version 2 retries the day-1 calls every 30 minutes instead of every 2 hours.
const v2 = parsePlan({
  ...plan,
  version: 2,
  steps: plan.steps.map((s) => (s.id === "call-day-1" ? { ...s, attempts: { max: 3, every: "PT30M", until: ["connected" as const] } } : s)),
});
write("compare.html", renderTimelineHtml([simulate(plan, lead, { until: "P14D", responder }), simulate(v2, lead, { until: "P14D", responder })]));

// 200 leads arriving around the clock in four zones, with seeded random outcomes.
const zones = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"];
const population = Array.from({ length: 200 }, (_, i) =>
  simulate(
    plan,
    {
      ...lead,
      id: `lead-${i + 1}`,
      timezone: zones[i % zones.length] as string,
      enrolledAt: new Date(Date.parse("2026-03-09T11:00:00Z") + i * 97 * 60_000).toISOString(),
    },
    {
      until: "P14D",
      responder: respond.random({ seed: i + 1, rates: { connected: 0.12, replied: 0.06 } }),
    },
  ),
);
write("population.html", renderTimelineHtml(population, { detailLeadId: "lead-1" }));
