// `npm run demo`: the dealer speed-to-lead cadence, simulated instantly for two sample leads.
// Every line shows the lead's own local time; deferrals and skips say why.
import { readFileSync } from "node:fs";
import { parsePlan, type LeadInput } from "../src/index.js";
import { formatTimeline, respond, simulate } from "../src/testing/index.js";

const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));
const plan = parsePlan(readJson("./plans/dealer-speed-to-lead.json"));
const lead = readJson("./leads/new-york-fresh.json") as LeadInput;

const tty = process.stdout.isTTY === true && process.env["NO_COLOR"] === undefined;
const bold = (text: string): string => (tty ? `\u001b[1m${text}\u001b[0m` : text);

function show(title: string, story: string, timeline: ReturnType<typeof simulate>): void {
  console.log(bold(title));
  console.log(story);
  console.log();
  console.log(formatTimeline(timeline, { color: tty }));
  console.log();
}

show(
  "1. A web lead at 10:00 on a Monday in New York who never answers",
  "The rep calls at once; SMS and email follow; day-1 calls stop at the daily call cap and\nresume next morning; no WhatsApp consent, so the next-day message falls back to SMS.",
  simulate(plan, lead, { until: "P14D", responder: respond.never() }),
);

show(
  "2. The same lead arriving at 21:30 on a Friday, replying to the next-day text",
  'Quiet hours (21:00-08:00) and send windows hold every first touch until Saturday morning;\nthe lead replies "Saturday 11 works" to the 10:00 SMS and the cadence stops.',
  simulate(
    plan,
    { ...lead, enrolledAt: "2026-03-14T01:30:00Z" },
    {
      until: "P14D",
      responder: respond.byChannel({
        sms: (touch) =>
          touch.stepId === "whatsapp-day-2"
            ? { outcome: "delivered", events: [{ after: "PT12M", event: { type: "inbound", channel: "sms", text: "Saturday 11 works" } }] }
            : "delivered",
      }),
    },
  ),
);
