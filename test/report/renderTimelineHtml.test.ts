import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError } from "../../src/errors/index.js";
import type { PlanInput } from "../../src/index.js";
import { REPORT_CSP, renderTimelineHtml } from "../../src/report/index.js";
import { escapeHtml } from "../../src/report/html.js";
import { respond, simulate, type Timeline } from "../../src/testing/index.js";
import { dealerPlan, fridayLead, fridayTimeline } from "./fixtures.js";

/** Every element and attribute the report writes: anything else in the output came from user text. */
const TAGS = new Set(
  "html head meta title style body main footer header section h1 h2 h3 p ul li span div table caption thead tbody tr th td svg defs pattern marker path rect line circle text tspan g".split(
    " ",
  ),
);
const ATTRIBUTES = new Set(
  "lang charset http-equiv content name class id aria-labelledby aria-label aria-describedby aria-hidden role tabindex colspan scope viewBox width height x y x1 x2 y1 y2 cx cy r rx d transform text-anchor patternUnits patternTransform refX refY markerWidth markerHeight orient fill-opacity data-kind data-channel data-entry data-at data-lanes data-lane data-weekday data-hour data-count data-label data-value data-touch".split(
    " ",
  ),
);

/** Tag and attribute names of a document, read the way a browser's tokenizer finds them. */
function markup(page: string): { tags: Set<string>; attributes: Set<string> } {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const m of page.matchAll(/<\/?([a-zA-Z][^\s/>]*)([^>]*)>/g)) {
    tags.add((m[1] as string).toLowerCase());
    const inside = (m[2] as string).replace(/"[^"]*"/g, '""');
    for (const a of inside.matchAll(/([^\s="'/]+)\s*=/g)) attributes.add(a[1] as string);
  }
  return { tags, attributes };
}

function entriesOf(page: string, region: "svg" | "table"): string[] {
  const start = page.indexOf(region === "svg" ? '<svg class="chart swimlanes"' : '<table class="events"');
  const end = page.indexOf(region === "svg" ? "</svg>" : "</table>", start);
  return [...page.slice(start, end).matchAll(/data-kind="([a-z]+)" data-channel="([^"]*)" data-entry="(\d+)" data-at="([^"]+)"/g)].map(
    (m) => `${m[3]} ${m[1]} ${m[2]} ${m[4]}`,
  );
}

describe("renderTimelineHtml: one lead", () => {
  const timeline = fridayTimeline();
  const page = renderTimelineHtml(timeline);

  it("is one self-contained document under a policy that forbids every request and every script", () => {
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP.replace(/'/g, "&#39;")}">`);
    expect(REPORT_CSP).toMatch(/default-src 'none'/);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|https?:\/\//i);
    expect([...page.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1])).toEqual(expect.arrayContaining([]));
    for (const m of page.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^#/);
    const { tags, attributes } = markup(page);
    expect([...tags].filter((t) => !TAGS.has(t) && t !== "!doctype")).toEqual([]);
    expect([...attributes].filter((a) => !ATTRIBUTES.has(a))).toEqual([]);
    expect(page).toMatch(/@media \(prefers-color-scheme:dark\)/);
    expect(page).toMatch(/@media print/);
  });

  it("draws one mark per touch, per channel, and lists every entry in the table with the same data", () => {
    const svg = entriesOf(page, "svg");
    const table = entriesOf(page, "table");
    for (const [channel, touches] of Object.entries(timeline.byChannel)) {
      expect(
        svg.filter((e) => e.includes(` touch ${channel} `)),
        channel,
      ).toHaveLength(touches.length);
    }
    expect(table).toHaveLength(timeline.entries.length);
    expect([...svg].sort()).toEqual([...table].sort());
    expect(table.map((e) => Number(e.split(" ")[0]))).toEqual(timeline.entries.map((_, i) => i));
  });

  it("names each deferral's reason: quiet hours, a cap then the window, a holiday by its name", () => {
    const reasons = [...page.matchAll(/<tspan class="tip-title">([^<]*deferred[^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(reasons).toEqual([
      "Call deferred · quiet hours",
      "Call deferred · caps, then outside the Call send window",
      "Email deferred · holiday: Staff training day",
    ]);
  });

  it("marks the SLA escalation in the manager's lane and says how late the first call was", () => {
    expect(timeline.escalations).toHaveLength(1);
    expect(entriesOf(page, "svg").filter((e) => e.includes(" escalation manager "))).toHaveLength(1);
    expect(page).toContain('<tspan class="tip-title">SLA breached · level 1 on manager</tspan>');
    expect(page).toContain("Performed 12 min after it became due (Fri 2026-03-13 19:40 EDT)");
  });

  it("shades windows, quiet hours, the weekend and the holiday in the lead's zone", () => {
    expect(page.match(/class="band-weekend"/g)).toHaveLength(2);
    expect(page).toMatch(/class="band-holiday"[^>]*><title>Staff training day<\/title>/);
    expect(page.match(/class="band-quiet"/g)?.length).toBeGreaterThan(5);
    expect(page.match(/class="band-open"/g)?.length).toBeGreaterThan(5);
    expect(page).toContain("America/New_York");
  });

  it("draws no send window or quiet hours in a lane only escalations use: they fire at their deadline whatever the hour", () => {
    const lane = (key: string): string => page.match(new RegExp(`<g class="lane" data-lane="${key}">[\\s\\S]*?</g>`))?.[0] ?? "";
    expect(lane("call")).toMatch(/class="band-open"/);
    expect(lane("call")).toMatch(/class="band-quiet"/);
    expect(lane("manager")).toContain("manager");
    expect(lane("manager")).not.toMatch(/class="band-(open|quiet)"/);
  });

  it("labels only the hours a DST day has: no 02:00 tick at the instant the clocks jump to 03:00", () => {
    const hourly = {
      id: "hourly",
      version: 1,
      name: "Hourly",
      timezone: "America/New_York",
      steps: [{ id: "e", channel: "email", at: { after: "PT0S" }, attempts: { max: 24, every: "PT1H" } }],
    } as PlanInput;
    const hours = (enrolledAt: string): string[] => {
      // Twenty hours from midnight, so the chart shows that Sunday alone.
      const day = renderTimelineHtml(simulate(hourly, fridayLead({ enrolledAt }), { until: "PT20H", responder: respond.never() }));
      return [...day.matchAll(/<text class="hour-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] as string);
    };
    // Sunday 8 March 2026 in New York goes from 01:59 EST to 03:00 EDT; Sunday 1 November has 01:00 twice and 02:00 once.
    const spring = hours("2026-03-08T05:00:00Z");
    expect(spring).toContain("04:00");
    expect(spring).not.toContain("02:00");
    expect(hours("2026-11-01T04:00:00Z")).toContain("02:00");
  });

  it("cuts a lane label no margin can hold, keeping the whole one in its title", () => {
    const channel = `x${"-very-long".repeat(5)}-channel`;
    const plan = {
      id: "long",
      version: 1,
      name: "Long",
      timezone: "America/New_York",
      steps: [{ id: "s", channel, at: { after: "PT0S" } }],
      policies: { channels: { [channel]: { contact: ["email"] } } },
    } as PlanInput;
    const long = renderTimelineHtml(simulate(plan, fridayLead({ contacts: { email: "a@b.example" } }), { until: "P1D", responder: respond.never() }));
    const label = long.match(/<text class="lane-label"[^>]*>([^<]*)<title>([^<]*)<\/title><\/text>/);
    expect(label?.[2]).toBe(`${channel} · 1`);
    expect(label?.[1]).toMatch(/^x-very-long.*…$/);
    expect((label?.[1] ?? "").length).toBeLessThan(channel.length);
  });

  it("calls the start line 'enrolled' only when the simulation starts at the lead's enrolment", () => {
    const footOf = (t: Timeline): string[] => [...renderTimelineHtml(t).matchAll(/<text class="foot-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] as string);
    expect(footOf(timeline)).toContain("enrolled");
    // Enrolled at 11:00 in Kolkata, its latest history record at 11:32: the simulation starts there.
    const later = simulate(dealerPlan(), JSON.parse(readFileSync(new URL("../../examples/leads/kolkata-replied.json", import.meta.url), "utf8")), {
      until: "P1D",
      responder: respond.never(),
    });
    expect(later.from).not.toBe(later.lead.enrolledAt);
    expect(footOf(later)).not.toContain("enrolled");
    expect(footOf(later)).toContain("simulation start");
  });

  it("has a legend entry for every kind of mark the chart draws, the ring of an outcome learnt later included", () => {
    const later = simulate(dealerPlan(), fridayLead(), {
      until: "P1D",
      responder: (t) => (t.stepId === "call-now" ? { outcome: "voicemail", outcomeAfter: "PT20M" } : undefined),
    });
    const withRing = renderTimelineHtml(later);
    expect(withRing).toMatch(/class="ring"/);
    const legend = withRing.match(/<ul class="legend"[\s\S]*?<\/ul>/)?.[0] ?? "";
    for (const glyph of ["dot", "ring", "diamond", "cross", "triangle", "square", "flag"]) expect(legend, glyph).toContain(`class="${glyph}`);
    expect(legend).toContain("outcome learnt later");
  });

  it("says a cadence had ended before the simulation started, not that it ended after a negative time", () => {
    // The Chatham lead opted out at 02:00; its latest history record, where the simulation starts, is at 03:10.
    const chatham = JSON.parse(readFileSync(new URL("../../examples/leads/chatham-opted-out.json", import.meta.url), "utf8"));
    const ended = simulate(dealerPlan(), chatham, { until: "P14D", responder: respond.never() });
    expect(Date.parse(ended.exit?.at ?? "")).toBeLessThan(Date.parse(ended.from));
    const kpis = renderTimelineHtml(ended).match(/<ul class="kpis">[\s\S]*?<\/ul>/)?.[0] ?? "";
    expect(kpis).not.toMatch(/-\d/);
    expect(kpis).toContain("exit before the simulation start");
    const compared = renderTimelineHtml([ended, simulate({ ...dealerPlan(), version: 2 }, chatham, { until: "P14D", responder: respond.never() })]);
    const exitAfter = compared.match(/<tr><th scope="row">Exit after<\/th>[\s\S]*?<\/tr>/)?.[0] ?? "";
    expect(exitAfter).not.toMatch(/-\d/);
    expect(exitAfter).toContain("before the start");
  });

  it("greys the labels of the days the weekend columns shade: the plan's non-business days, not Saturday and Sunday", () => {
    const plan = { ...dealerPlan(), businessDays: ["sun", "mon", "tue", "wed", "thu"] } as PlanInput;
    const sunToThu = renderTimelineHtml(simulate(plan, fridayLead(), { until: "P4D", responder: respond.never() }));
    const greyed = [...sunToThu.matchAll(/class="day-label weekend"[^>]*>([A-Z][a-z])/g)].map((m) => m[1]);
    expect(greyed.length).toBeGreaterThan(0);
    expect(greyed.every((d) => d === "Fr" || d === "Sa")).toBe(true);
  });

  it("says in the table what the lead did, not only that it did something", () => {
    const events = [
      { after: "PT1M", event: { type: "status", status: "contacted" } },
      { after: "PT2M", event: { type: "event", name: "form_viewed" } },
      { after: "PT3M", event: { type: "opt_out", channel: "sms" } },
    ] as const;
    const t = simulate(dealerPlan(), fridayLead(), {
      until: "P1D",
      responder: (touch) => (touch.stepId === "call-now" ? { outcome: "no_answer", events } : undefined),
    });
    const rows = [...renderTimelineHtml(t).matchAll(/<tr class="tone-lead" data-kind="lead"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
      (m[1] as string).replace(/<[^>]+>/g, " ").replace(/\s+/g, " "),
    );
    expect(rows).toHaveLength(3);
    for (const [i, said] of ["Status: contacted", "Event: form_viewed", "Opted out of SMS"].entries()) expect(rows[i]).toContain(said);
  });

  it("renders the same bytes whatever the host zone (no clock, no host zone)", () => {
    expect(renderTimelineHtml(fridayTimeline())).toBe(page);
  });
});

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  "</title><script>fetch('https://evil.example')</script>",
  "</style><style>body{background:url(https://evil.example/x)}</style>",
  "]]><!-- --><![CDATA[",
  "&lt;script&gt; &amp; &#x3c;",
  '<a href="javascript:alert(1)">click</a>',
  "\u2028\u2029\u0000<",
];

/** Strings built from the characters and words that break markup. */
const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({
    unit: fc.constantFrom("<", ">", "&", '"', "'", "/", "=", "`", " ", "script", "svg", "onerror", "style", "a", "é", "\n"),
    minLength: 1,
    maxLength: 40,
  }),
);

describe("renderTimelineHtml: user text is always escaped", () => {
  it("plan and step names, templates, lead ids, reply text, notes, statuses and event names never become markup", () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 8, maxLength: 8 }), (texts) => {
        const [planName, stepName, template, leadId, reply, note, status, eventName] = texts as [
          string,
          string,
          string,
          string,
          string,
          string,
          string,
          string,
        ];
        const base = dealerPlan();
        const plan = { ...base, name: planName, steps: base.steps.map((s, i) => (i === 0 ? { ...s, name: stepName, template } : s)) };
        const responder = Object.assign(
          (touch: { stepId: string }) =>
            touch.stepId === "call-now"
              ? {
                  outcome: "no_answer" as const,
                  events: [
                    { after: "PT1M", event: { type: "event" as const, name: eventName } },
                    { after: "PT2M", event: { type: "status" as const, status } },
                  ],
                }
              : undefined,
          {
            scheduled: [
              { at: "PT20M", event: { type: "meeting" as const, note } },
              { at: "PT15M", event: { type: "inbound" as const, channel: "sms", text: reply } },
            ],
          },
        );
        const timeline = simulate(plan, fridayLead({ id: leadId }), { until: "P3D", responder });
        for (const page of [
          renderTimelineHtml(timeline),
          renderTimelineHtml([timeline, { ...timeline, leadId: `${leadId}2` }]),
          renderTimelineHtml([timeline, timeline]),
        ]) {
          const { tags, attributes } = markup(page);
          expect([...tags].filter((t) => !TAGS.has(t) && t !== "!doctype")).toEqual([]);
          expect([...attributes].filter((a) => !ATTRIBUTES.has(a))).toEqual([]);
          expect(page).not.toMatch(/<script|<img|<a /i);
          expect(page).toContain(escapeHtml(planName.length > 60 ? planName.slice(0, 10) : planName).slice(0, 10));
        }
      }),
      { numRuns: 40 },
    );
  });

  it("writes a bidirectional override or isolate in user text as a visible escape: it cannot reverse the rest of a line", () => {
    // U+202E in a lead id turned 'simulated Fri 2026-03-13 19:40 EDT' after it into 'TDE 04:91 31-30-6202 irF'.
    const plan = { ...dealerPlan(), name: "Follow-up \u2067plan" };
    const reply = Object.assign(() => undefined, {
      scheduled: [{ at: "PT15M", event: { type: "inbound" as const, channel: "sms", text: "ok \u202bthanks" } }],
    });
    const page = renderTimelineHtml(simulate(plan, fridayLead({ id: "lead-\u202e1042" }), { until: "P1D", responder: reply }));
    expect(page).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(page).toContain("Lead lead-\\u202e1042 · local time");
    expect(page).toContain("Follow-up \\u2067plan");
    expect(page).toContain("ok \\u202bthanks");
  });

  it("escapes the five markup characters and nothing else", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeHtml(s).replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toMatch(/[&<>"']/);
      }),
    );
  });
});

describe("renderTimelineHtml: population and comparison", () => {
  const plan = dealerPlan();
  const zones = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/Brussels"];
  const population: Timeline[] = Array.from({ length: 24 }, (_, i) =>
    simulate(
      plan,
      fridayLead({
        id: `lead-${i}`,
        timezone: zones[i % zones.length] as string,
        enrolledAt: new Date(Date.parse("2026-03-09T12:00:00Z") + i * 5 * 3_600_000).toISOString(),
      }),
      {
        until: "P14D",
        responder: respond.random({ seed: i, rates: { connected: 0.2, replied: 0.1 } }),
      },
    ),
  );

  it("counts touches per lead-local weekday and hour, reach by step, exits by reason and time to first touch", () => {
    const page = renderTimelineHtml(population);
    const cells = [...page.matchAll(/data-weekday="(\d)" data-hour="(\d+)" data-count="(\d+)"/g)];
    expect(cells).toHaveLength(7 * 24);
    const total = population.reduce((n, t) => n + t.touches.length, 0);
    expect(cells.reduce((n, m) => n + Number(m[3]), 0)).toBe(total);
    // The dealer plan's windows open at 08:00 and close by 21:00 on every lead's own clock.
    expect(cells.filter((m) => (Number(m[2]) < 8 || Number(m[2]) >= 21) && m[3] !== "0")).toEqual([]);
    const exits = [...page.matchAll(/<g class="bar-row" data-label="([^"]*)" data-value="(\d+)">/g)];
    const firstTouch = [...page.matchAll(/<g class="hist-bin" data-label="[^"]*" data-count="(\d+)">/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(firstTouch).toBe(population.filter((t) => t.firstTouch !== undefined).length);
    const callNow = exits.find((m) => m[1] === "Rep calls immediately");
    expect(Number(callNow?.[2])).toBe(population.filter((t) => t.touches.some((x) => x.stepId === "call-now")).length);
    expect(page).toContain("24 leads");
  });

  it("counts reach by step among the leads of the step's own plan when the population ran several plans", () => {
    const b2b = JSON.parse(readFileSync(new URL("../../examples/plans/b2b-outbound.json", import.meta.url), "utf8")) as PlanInput;
    const mixed = Array.from({ length: 8 }, (_, i) =>
      simulate(i % 2 === 0 ? plan : b2b, fridayLead({ id: `lead-${i}` }), { until: "P14D", responder: respond.byChannel({ call: "connected" }) }),
    );
    const page = renderTimelineHtml(mixed);
    const rows = [...page.matchAll(/<g class="bar-row" data-label="([^"]*)" data-value="(\d+)">[\s\S]*?<text class="bar-value"[^>]*>([^<]*)<\/text>/g)]
      .filter((m) => (m[3] as string).endsWith("touched"))
      .map((m) => `${m[1]}: ${m[3]}`);
    // Each step's share is of its own plan's four leads; both plans have an email-intro step, the B2B one touched
    // all of its leads, the dealer's none (its first call connected and ended the cadence).
    expect(rows).toContain("Dealer speed-to-lead v1 · Rep calls immediately: 100 % touched");
    expect(rows).toContain("B2B outbound (SDR) v1 · Intro email: 100 % touched");
    expect(rows).toContain("Dealer speed-to-lead v1 · Intro email with the vehicle details: 0 % touched");
    // Reached so far counts, in each plan's order, its own leads only: the dealer's first call reached all four
    // of its leads, and the B2B plan, which starts with an email, had reached none of its own by then.
    expect(page).toMatch(/data-label="Dealer speed-to-lead v1 · Rep calls immediately"[^>]*>(?:(?!<\/g>)[\s\S])*100 % reached so far/);
    expect(page).toMatch(/data-label="B2B outbound \(SDR\) v1 · Intro email"[^>]*>(?:(?!<\/g>)[\s\S])*>0 % reached so far/);
  });

  it("gives screen readers the population's numbers, not only a chart's title", () => {
    const page = renderTimelineHtml(population);
    // The heat map's counts as a table with row and column headers.
    const table = page.match(/<div class="sr-only"><table class="heat-table">[\s\S]*?<\/table>/)?.[0] ?? "";
    expect(table).toMatch(/<th scope="col">00:00<\/th>/);
    expect(table.match(/<th scope="row">/g)).toHaveLength(7);
    const counts = [...table.matchAll(/<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(7 * 24);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(population.reduce((n, t) => n + t.touches.length, 0));
    // Each bar chart and the histogram say their rows in their accessible name.
    const label = (cls: string): string => page.match(new RegExp(`<svg class="chart small ${cls}"[^>]*aria-label="([^"]*)"`))?.[1] ?? "";
    expect(label("reach")).toMatch(/Rep calls immediately: \d+ % touched, \d+ % reached so far/);
    expect(label("exits")).toMatch(/: \d+ · \d+ %/);
    expect(label("histogram")).toMatch(/under 1 min: \d+/);
  });

  it("draws a chosen lead in detail below the population", () => {
    const page = renderTimelineHtml(population, { detailLeadId: "lead-3" });
    expect(page).toContain("One lead in detail: lead-3");
    expect(() => renderTimelineHtml(population, { detailLeadId: "nobody" })).toThrow(ArgumentError);
  });

  it("puts two versions of a plan side by side for the same lead, with what moved", () => {
    const v2 = {
      ...plan,
      version: 2,
      steps: plan.steps.map((s) => (s.id === "call-day-1" ? { ...s, attempts: { max: 3, every: "PT30M", until: ["connected" as const] } } : s)),
    };
    const a = simulate(plan, fridayLead(), { until: "P14D", responder: respond.never() });
    const b = simulate(v2, fridayLead(), { until: "P14D", responder: respond.never() });
    const page = renderTimelineHtml([a, b]);
    expect(page.match(/<svg class="chart swimlanes"/g)).toHaveLength(2);
    expect(page).toMatch(/<th scope="col" class="num">v1<\/th><th scope="col" class="num">v2<\/th>/);
    expect(page).toContain(
      '<tr data-touch="call-day-1 #3"><th scope="row">call-day-1 #3</th><td>Call · Tue 2026-03-17 08:00 EDT</td><td>Call · Sat 2026-03-14 09:30 EDT</td><td class="shift">earlier by 2 d 22 h</td></tr>',
    );
    // One axis: both charts have the same width.
    const widths = [...page.matchAll(/<svg class="chart swimlanes" id="lead\d" viewBox="0 0 ([\d.]+) /g)].map((m) => m[1]);
    expect(new Set(widths).size).toBe(1);
  });

  it("names the two sides of a comparison of two different plans apart, not 'v1' and 'v1'", () => {
    const b2b = JSON.parse(readFileSync(new URL("../../examples/plans/b2b-outbound.json", import.meta.url), "utf8")) as PlanInput;
    const page = renderTimelineHtml([
      simulate(plan, fridayLead(), { until: "P14D", responder: respond.never() }),
      simulate(b2b, fridayLead(), { until: "P14D", responder: respond.never() }),
    ]);
    const sides = page.match(/<thead><tr><th scope="col"><\/th><th scope="col" class="num">([^<]*)<\/th><th scope="col" class="num">([^<]*)<\/th>/);
    expect(sides?.slice(1)).toEqual(["Dealer speed-to-lead v1", "B2B outbound (SDR) v1"]);
    expect(page).toContain("<h1>Dealer speed-to-lead v1 and B2B outbound (SDR) v1 for lead lead-ny-1042</h1>");
    // The same plan and version twice (say, under other presets) still gets two names.
    const same = renderTimelineHtml([
      simulate(plan, fridayLead(), { until: "P14D", responder: respond.never() }),
      simulate(plan, fridayLead(), { until: "P14D", responder: respond.never(), presets: ["us-federal"] }),
    ]);
    const twice = same.match(/<thead><tr><th scope="col"><\/th><th scope="col" class="num">([^<]*)<\/th><th scope="col" class="num">([^<]*)<\/th>/);
    expect(twice?.[1]).not.toBe(twice?.[2]);
  });

  it("colours a sooner exit as better only when both exits are the lead answering, not the cadence giving up sooner", () => {
    const shorter = { ...plan, version: 2, steps: plan.steps.slice(0, 4) };
    const exitAfter = (page: string): string => page.match(/<tr><th scope="row">Exit after<\/th>[\s\S]*?<\/tr>/)?.[0] ?? "";
    // Both complete: v2 merely gives up days sooner.
    const gaveUp = exitAfter(
      renderTimelineHtml([
        simulate(plan, fridayLead(), { until: "P14D", responder: respond.never() }),
        simulate(shorter, fridayLead(), { until: "P14D", responder: respond.never() }),
      ]),
    );
    expect(gaveUp).toContain("−");
    expect(gaveUp).not.toMatch(/delta-(up|down)/);
    // Both connect on the second follow-up call, v2's before quiet hours: sooner is better.
    const connects = (touch: { stepId: string; attempt: number }) =>
      touch.stepId === "call-day-1" && touch.attempt === 2 ? ("connected" as const) : undefined;
    const retriesSooner = { ...plan, version: 2, steps: plan.steps.map((s) => (s.id === "call-day-1" ? { ...s, attempts: { max: 3, every: "PT15M" } } : s)) };
    const reached = exitAfter(
      renderTimelineHtml([
        simulate(plan, fridayLead(), { until: "P14D", responder: connects }),
        simulate(retriesSooner, fridayLead(), { until: "P14D", responder: connects }),
      ]),
    );
    expect(reached).toMatch(/delta-up/);
  });

  it("rejects what is not a timeline with a typed error saying what came", () => {
    expect(() => renderTimelineHtml([])).toThrow(/non-empty list/);
    expect(() => renderTimelineHtml({} as Timeline)).toThrow(ArgumentError);
    expect(() => renderTimelineHtml([population[0] as Timeline, null as unknown as Timeline])).toThrow(/timelines\[1\].*got null/);
    expect(() => renderTimelineHtml(population[0] as Timeline, { chartWidth: 10 })).toThrow(/chartWidth/);
    expect(() => renderTimelineHtml(population, { mode: "lead" })).toThrow(/one timeline/);
  });
});
