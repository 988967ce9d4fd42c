import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatLocalWithWeekday, type LeadInput, type PlanInput } from "../../src/index.js";
import { drive } from "../support/drive.js";

const load = (name: string): PlanInput => JSON.parse(readFileSync(new URL(`../../examples/plans/${name}.json`, import.meta.url), "utf8")) as PlanInput;

/** Each zone's enrolment instants: just before quiet hours, Saturday evening, its DST change day. */
const CASES: Record<string, Record<string, string>> = {
  "Europe/Brussels": {
    "before quiet hours (Tue 20:55)": "2026-03-10T19:55:00Z",
    "Saturday evening (19:30)": "2026-03-14T18:30:00Z",
    "DST day (Sun 2026-03-29 01:30)": "2026-03-29T00:30:00Z",
  },
  "America/New_York": {
    "before quiet hours (Tue 20:55)": "2026-03-11T00:55:00Z",
    "Saturday evening (19:30)": "2026-03-14T23:30:00Z",
    "DST day (Sun 2026-03-08 01:30)": "2026-03-08T06:30:00Z",
  },
  "Asia/Kolkata": {
    "before quiet hours (Tue 20:55)": "2026-03-10T15:25:00Z",
    "Saturday evening (19:30)": "2026-03-14T14:00:00Z",
    "Sunday 2026-03-08 01:30": "2026-03-07T20:00:00Z",
  },
  "Pacific/Chatham": {
    "before quiet hours (Tue 20:55)": "2026-03-10T07:10:00Z",
    "Saturday evening (19:30)": "2026-03-14T05:45:00Z",
    "DST day (Sun 2026-04-05 02:30)": "2026-04-04T12:45:00Z",
  },
};

/** One plan's timelines for every case, as stable text: local time, step, channel, attempt, outcome. */
function timelines(plan: PlanInput, respond: "silent" | "answers-day-2"): string {
  const out: string[] = [];
  for (const [zone, cases] of Object.entries(CASES)) {
    for (const [label, enrolledAt] of Object.entries(cases)) {
      const lead: LeadInput = {
        id: "golden",
        enrolledAt,
        timezone: zone,
        contacts: { phone: "+3225550100", email: "lead@example.com", linkedin: "https://linkedin.example/in/lead" },
        consent: zone === "Europe/Brussels" ? { whatsapp: { status: "granted" } } : {},
      };
      const start = Date.parse(enrolledAt);
      const result = drive(plan, lead, {
        until: start + 30 * 86_400_000,
        respond: (touch, at) =>
          respond === "answers-day-2" && touch.channel === "call" && at - start > 86_400_000
            ? "connected"
            : touch.channel === "call"
              ? "no_answer"
              : "delivered",
      });
      out.push(`## ${zone} — ${label} — enrolled ${formatLocalWithWeekday(zone, start)}`);
      for (const t of result.touches) {
        out.push(
          `${formatLocalWithWeekday(zone, t.at)}  ${t.touch.stepId.padEnd(16)} ${t.touch.channel.padEnd(8)} #${t.touch.attempt} ${t.touch.mode.padEnd(4)} ${t.outcome}${t.touch.fallbackFrom === undefined ? "" : ` (fallback from ${t.touch.fallbackFrom})`}`,
        );
      }
      for (const { decision } of result.decisions)
        for (const s of decision.skipped) out.push(`skipped ${s.stepId}: ${s.reason}${s.detail === undefined ? "" : ` (${s.detail})`}`);
      out.push(`done: ${result.done === null ? "not done" : `${result.done.reason} at ${formatLocalWithWeekday(zone, Date.parse(result.done.at))}`}`, "");
    }
  }
  return out.join("\n");
}

describe("golden timelines", () => {
  it("dealer speed-to-lead, no answer anywhere", async () => {
    await expect(timelines(load("dealer-speed-to-lead"), "silent")).toMatchFileSnapshot("__golden__/dealer-speed-to-lead.silent.txt");
  });
  it("dealer speed-to-lead, a call connects after day 1", async () => {
    await expect(timelines(load("dealer-speed-to-lead"), "answers-day-2")).toMatchFileSnapshot("__golden__/dealer-speed-to-lead.connects.txt");
  });
  it("b2b outbound", async () => {
    await expect(timelines(load("b2b-outbound"), "silent")).toMatchFileSnapshot("__golden__/b2b-outbound.silent.txt");
  });
});
