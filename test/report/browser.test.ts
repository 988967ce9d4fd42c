import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LeadInput } from "../../src/index.js";
import { renderTimelineHtml } from "../../src/report/index.js";
import { respond, simulate, type Timeline } from "../../src/testing/index.js";
import { BROWSER_REQUIRED, startBrowser, type Browser } from "./browser.js";
import { dealerPlan, fridayLead, fridayTimeline } from "./fixtures.js";

// Page-side code below runs in Chromium; the project compiles without the DOM library, so its globals are declared here only.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const getComputedStyle: (element: unknown) => any;
declare const Image: any;

// Reports are opened from files, as a user opens them; screenshots go to docs/ with LEAD_CADENCE_UPDATE_SCREENSHOTS=1.
const started = await startBrowser();
const browser = typeof started === "string" ? undefined : started;
if (typeof started === "string") {
  if (BROWSER_REQUIRED) throw new Error(`LEAD_CADENCE_BROWSER=required, but ${started}`);
  console.warn(
    `browser tests skipped: ${started}; install it with \`apt-get install -y chromium\` (or set LEAD_CADENCE_CHROMIUM), and LEAD_CADENCE_BROWSER=required makes this a failure`,
  );
}

const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));
const out = mkdtempSync(join(tmpdir(), "lead-cadence-report-"));
const docs = new URL("../../docs/", import.meta.url);
const writeDocs = process.env["LEAD_CADENCE_UPDATE_SCREENSHOTS"] === "1";

function file(name: string, html: string): string {
  const path = join(out, name);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}

interface Opened {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
}

async function open(url: string, width: number, scheme: "light" | "dark" = "light"): Promise<Opened> {
  const page = await (browser as Browser).context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("request", (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, errors, requests };
}

/** The page is no wider than the viewport: nothing overflows sideways (charts and tables scroll inside their cards). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Standard deviation of the luminance of a PNG's pixels, decoded by the browser on a blank page. */
async function pixelSpread(png: Buffer): Promise<number> {
  const page = await (browser as Browser).context.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d");
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let sum = 0;
      let sq = 0;
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const y = 0.2126 * (data[i] as number) + 0.7152 * (data[i + 1] as number) + 0.0722 * (data[i + 2] as number);
        sum += y;
        sq += y * y;
      }
      return Math.sqrt(sq / n - (sum / n) ** 2);
    }, png.toString("base64"));
  } finally {
    await page.close();
  }
}

describe.skipIf(browser === undefined)(
  "the HTML report in Chromium",
  () => {
    let timeline: Timeline;
    let leadUrl: string;
    let population: Timeline[];
    let populationUrl: string;
    let compareUrl: string;

    beforeAll(() => {
      timeline = fridayTimeline();
      leadUrl = file("lead.html", renderTimelineHtml(timeline));
      const plan = dealerPlan();
      const zones = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"];
      population = Array.from({ length: 60 }, (_, i) =>
        simulate(
          plan,
          fridayLead({
            id: `lead-${String(i + 1).padStart(3, "0")}`,
            timezone: zones[i % zones.length] as string,
            enrolledAt: new Date(Date.parse("2026-03-09T11:00:00Z") + i * 167 * 60_000).toISOString(),
          }),
          {
            until: "P14D",
            responder: respond.random({ seed: i + 1, rates: { connected: 0.12, replied: 0.06 } }),
          },
        ),
      );
      populationUrl = file("population.html", renderTimelineHtml(population, { detailLeadId: "lead-004" }));
      const v2 = {
        ...plan,
        version: 2,
        steps: plan.steps.map((s) => (s.id === "call-day-1" ? { ...s, attempts: { max: 3, every: "PT30M", until: ["connected" as const] } } : s)),
      };
      compareUrl = file(
        "compare.html",
        renderTimelineHtml([
          simulate(plan, fridayLead(), { until: "P14D", responder: respond.never() }),
          simulate(v2, fridayLead(), { until: "P14D", responder: respond.never() }),
        ]),
      );
    });

    afterAll(async () => {
      await browser?.close();
    });

    it("opens with no console error and no network request, under its content-security policy", async () => {
      for (const url of [leadUrl, populationUrl, compareUrl]) {
        for (const scheme of ["light", "dark"] as const) {
          const { page, errors, requests } = await open(url, 1280, scheme);
          expect(errors, url).toEqual([]);
          expect(requests, url).toEqual([]);
          expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"))).toMatch(
            /^default-src 'none'/,
          );
          await page.close();
        }
      }
    });

    it("draws as many touch marks per channel as the timeline has touches, and the table agrees with the chart", async () => {
      const { page } = await open(leadUrl, 1280);
      for (const [channel, touches] of Object.entries(timeline.byChannel)) {
        expect(await page.locator(`svg.swimlanes [data-kind="touch"][data-channel="${channel}"]`).count(), channel).toBe(touches.length);
        expect(await page.locator(`table.events tr[data-kind="touch"][data-channel="${channel}"]`).count(), channel).toBe(touches.length);
      }
      const read = (selector: string) =>
        page.$$eval(selector, (els) =>
          els
            .map((e: any) => [e.getAttribute("data-entry"), e.getAttribute("data-kind"), e.getAttribute("data-channel"), e.getAttribute("data-at")].join(" "))
            .sort(),
        );
      const chart = await read("svg.swimlanes .mark");
      expect(chart).toHaveLength(timeline.entries.length);
      expect(chart).toEqual(await read("table.events tbody tr"));
      // Each mark is drawn inside the plot, in time order along the axis.
      const xs = await page.$$eval("svg.swimlanes .mark-touch .hit", (els) =>
        els.map((e) => [Number(e.getAttribute("cx")), Date.parse(e.parentElement?.getAttribute("data-at") ?? "")] as const),
      );
      const byTime = [...xs].sort((a, b) => a[1] - b[1]);
      for (let i = 1; i < byTime.length; i++)
        expect((byTime[i] as readonly number[])[0]).toBeGreaterThanOrEqual((byTime[i - 1] as readonly number[])[0] as number);
      await page.close();
    });

    it("shows a deferral's trace entry with its reason on keyboard focus, and a touch's on hover", async () => {
      const { page } = await open(leadUrl, 1280);
      const deferral = page.locator('svg.swimlanes [data-kind="deferral"]').first();
      const tipOf = async (mark: ReturnType<Page["locator"]>) => page.locator(`[id="${await mark.getAttribute("aria-describedby")}"]`);
      const tip = await tipOf(deferral);
      expect(await tip.isVisible()).toBe(false);
      // Tab through the page until the deferral has focus, as a keyboard user would.
      for (let i = 0; i < 40 && !(await deferral.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press("Tab");
      expect(await deferral.evaluate((e) => e === document.activeElement)).toBe(true);
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toMatch(/Call deferred · quiet hours.*Reason: quiet hours.*Goes Sat 2026-03-14 09:00 EDT/);
      const holiday = page.locator('svg.swimlanes [data-kind="deferral"][data-channel="email"]');
      await holiday.focus();
      expect(await (await tipOf(holiday)).textContent()).toMatch(/Reason: holiday: Staff training day/);
      expect(await tip.isVisible()).toBe(false);
      const touch = page.locator('svg.swimlanes [data-kind="touch"][data-channel="video"]');
      await page.locator("h1").click();
      await touch.hover();
      const touchTip = await tipOf(touch);
      expect(await touchTip.isVisible()).toBe(true);
      expect(await touchTip.textContent()).toMatch(/Video · sent.*Personal video from the rep/);
      // The tooltip stays inside the chart.
      const [tipBox, svgBox] = await Promise.all([touchTip.boundingBox(), page.locator("svg.swimlanes").boundingBox()]);
      expect(tipBox && svgBox && tipBox.x >= svgBox.x && tipBox.x + tipBox.width <= svgBox.x + svgBox.width + 1).toBe(true);
      await page.close();
    });

    it("fits a 1280-pixel page and a phone-width page without sideways overflow, in light, dark and print", async () => {
      for (const url of [leadUrl, populationUrl, compareUrl]) {
        for (const [width, scheme] of [
          [1280, "light"],
          [390, url === leadUrl ? "dark" : "light"],
        ] as const) {
          const { page } = await open(url, width, scheme);
          expect(await overflow(page), `${url} at ${width}px ${scheme}`).toBeLessThanOrEqual(0);
          await page.close();
        }
        const { page } = await open(url, 800);
        await page.emulateMedia({ media: "print" });
        expect(await overflow(page), `${url} printed`).toBeLessThanOrEqual(0);
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
        await page.close();
      }
      const light = await open(leadUrl, 1280, "light");
      const dark = await open(leadUrl, 1280, "dark");
      const bg = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await bg(light.page)).not.toBe(await bg(dark.page));
      await Promise.all([light.page.close(), dark.page.close()]);
    });

    it("never shrinks a chart's text below 7.5 pixels to fit a phone: the chart scrolls in its card instead", async () => {
      for (const url of [leadUrl, populationUrl, compareUrl]) {
        const { page } = await open(url, 390);
        const smallest = await page.$$eval("svg.chart", (svgs) =>
          svgs.map((svg: any) => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const sizes = [...svg.querySelectorAll("text")]
              .filter((t: any) => t.closest(".tip") === null)
              .map((t: any) => Number.parseFloat(getComputedStyle(t).fontSize));
            return { chart: svg.getAttribute("class"), px: Math.round(scale * Math.min(...sizes) * 10) / 10 };
          }),
        );
        expect(smallest.length, url).toBeGreaterThan(0);
        expect(
          smallest.filter((c) => c.px < 7.5),
          url,
        ).toEqual([]);
        expect(await overflow(page), url).toBeLessThanOrEqual(0);
        await page.close();
      }
    });

    it("writes a long custom channel's lane label whole, inside the chart", async () => {
      const plan = {
        id: "custom",
        version: 1,
        name: "Custom channels",
        timezone: "America/New_York",
        steps: [
          {
            id: "inmail",
            channel: "sales-navigator-inmail",
            mode: "task" as const,
            at: { after: "PT0S" },
            sla: { within: "PT5M", escalate: { channel: "regional-sales-manager-slack" } },
          },
          { id: "email", channel: "email", at: { after: "PT1H" } },
        ],
        policies: { channels: { "sales-navigator-inmail": { contact: ["email" as const] } } },
      };
      const custom = simulate(plan, fridayLead(), {
        until: "P2D",
        responder: (touch) => (touch.stepId === "inmail" ? { performedAfter: "PT30M" } : undefined),
      });
      for (const width of [1280, 390]) {
        const { page } = await open(file("custom-channels.html", renderTimelineHtml(custom)), width);
        const labels = await page.$$eval("svg.swimlanes .lane-label", (els) => els.map((e: any) => ({ text: e.textContent, x: e.getBBox().x })));
        expect(labels.map((l) => l.text)).toEqual(["sales-navigator-inmail · 1", "Email · 1", "regional-sales-manager-slack · 0"]);
        for (const l of labels) expect(l.x, `${l.text} at ${width}px`).toBeGreaterThanOrEqual(0);
        await page.close();
      }
    });

    it("names the holiday whose column the chart shades, in view and not only on hover", async () => {
      for (const width of [1280, 390]) {
        const { page } = await open(leadUrl, width);
        expect(await page.locator("svg.swimlanes .band-holiday").count()).toBeGreaterThan(0);
        // Outside the event table (which names it in a deferral's reason) and the tooltips and <title>s.
        const named = page.locator("section.lead").getByText("Staff training day").filter({ visible: true });
        const where = await named.evaluateAll((els) => els.filter((e: any) => e.closest("table, .tip, title") === null).length);
        expect(where, `at ${width}px`).toBeGreaterThan(0);
        await page.close();
      }
    });

    it("writes every label and note on a card at 4.5:1 or more, light and dark (WCAG AA)", async () => {
      const seen = new Set<string>();
      // Two weeks with the closure's name under its column (wide enough to hold it), and a comparison with changes for the better and the worse.
      const plan = dealerPlan();
      const quiet = simulate(plan, fridayLead(), { until: "P14D", responder: respond.never() });
      const shorter = simulate({ ...plan, version: 2, steps: plan.steps.slice(0, 4) }, fridayLead(), { until: "P14D", responder: respond.never() });
      const urls = [
        file("contrast-lead.html", renderTimelineHtml(quiet, { chartWidth: 1600 })),
        file("contrast-compare.html", renderTimelineHtml([quiet, shorter])),
        file("contrast-compare-back.html", renderTimelineHtml([shorter, quiet])),
        populationUrl,
      ];
      for (const url of urls) {
        for (const scheme of ["light", "dark"] as const) {
          const { page } = await open(url, 1280, scheme);
          const texts = await page.evaluate(() => {
            const card = getComputedStyle(document.querySelector(".card")).backgroundColor;
            // Text drawn straight on a card: outside the plot (axis, lanes, foot) and in the tables and notes.
            const svgText = ".day-label, .hour-label, .lane-label, .foot-label, .exit-label, .bar-label, .bar-value, .axis-label";
            const htmlText = ".sub, .note, caption, thead th, .kpis .k, td.delta-up, td.delta-down, td.shift";
            return [
              ...[...document.querySelectorAll(svgText)].map((e: any) => ({
                cls: e.getAttribute("class"),
                text: e.textContent,
                colour: getComputedStyle(e).fill,
              })),
              ...[...document.querySelectorAll(htmlText)].map((e: any) => ({
                cls: e.getAttribute("class") ?? e.tagName,
                text: e.textContent,
                colour: getComputedStyle(e).color,
              })),
            ].map((t) => ({ ...t, card }));
          });
          for (const t of texts) seen.add(t.cls);
          expect(
            texts.filter((t) => contrastRatio(t.colour, t.card) < 4.5),
            `${url} ${scheme}`,
          ).toEqual([]);
          await page.close();
        }
      }
      // The coloured ones are among those checked: a holiday's name, and the comparison's changes.
      expect([...seen]).toEqual(expect.arrayContaining(["foot-label holiday-label", "num delta-up", "num delta-down"]));
    });

    it("writes the heat map's counts legibly on every shade of cell, light and dark (WCAG AA, 4.5:1)", async () => {
      for (const scheme of ["light", "dark"] as const) {
        const { page } = await open(populationUrl, 1280, scheme);
        const counts = await page.evaluate(() => {
          const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const card = rgb(getComputedStyle(document.querySelector(".card")).backgroundColor);
          return [...document.querySelectorAll("g.heat")].flatMap((g: any) => {
            const text = g.querySelector("text");
            if (text === null) return [];
            const cell = g.querySelector("rect");
            const opacity = Number(cell.getAttribute("fill-opacity"));
            const behind = `rgb(${rgb(getComputedStyle(cell).fill).map((c, i) => opacity * c + (1 - opacity) * (card[i] as number))})`;
            const style = getComputedStyle(text);
            // A halo (the stroke painted under the glyphs, at least 2 px) is what the digits stand on.
            const halo = style.paintOrder.startsWith("stroke") && style.stroke !== "none" && Number.parseFloat(style.strokeWidth) >= 2;
            return [{ count: g.getAttribute("data-count"), ink: style.fill as string, behind: halo ? (style.stroke as string) : behind }];
          });
        });
        expect(counts.length).toBeGreaterThan(20);
        expect(
          counts.filter((c) => contrastRatio(c.ink, c.behind) < 4.5),
          scheme,
        ).toEqual([]);
        await page.close();
      }
    });

    it("writes day, hour and foot labels that do not run into each other, on two weeks and on months", async () => {
      const long = monthsTimeline();
      const quiet = simulate(dealerPlan(), fridayLead(), { until: "P14D", responder: respond.never() });
      // A lead whose reply before the start ends the cadence at once (exit on the start line), and one who replies on the
      // closed Monday (exit over the holiday's name).
      const repliedBefore = simulate(dealerPlan(), readJson("../../examples/leads/kolkata-replied.json") as LeadInput, {
        until: "P14D",
        responder: respond.never(),
      });
      const onHoliday = simulate(dealerPlan(), fridayLead(), {
        until: "P14D",
        responder: (touch) =>
          touch.stepId === "video-day-2" ? { events: [{ after: "PT25H", event: { type: "inbound", channel: "email", text: "Yes" } }] } : undefined,
      });
      const urls = [
        leadUrl,
        compareUrl,
        file("labels-quiet.html", renderTimelineHtml(quiet)),
        file("labels-months.html", renderTimelineHtml(long)),
        file("labels-replied-before.html", renderTimelineHtml(repliedBefore)),
        file("labels-holiday-exit.html", renderTimelineHtml(onHoliday, { chartWidth: 1600 })),
      ];
      for (const url of urls) {
        const { page } = await open(url, 1280);
        const overlaps = await page.evaluate(() => {
          const found: string[] = [];
          for (const svg of document.querySelectorAll("svg.swimlanes")) {
            // Each row of labels: the days, the hours, and the foot (enrolled, holidays, the exit).
            for (const row of [".day-label", ".hour-label", ".foot-label, .exit-label"]) {
              const boxes = [...svg.querySelectorAll(row)].map((t: any) => ({ text: t.textContent, box: t.getBBox() }));
              for (const [i, a] of boxes.entries())
                for (const b of boxes.slice(i + 1)) if (a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width) found.push(`${a.text} | ${b.text}`);
            }
          }
          return found;
        });
        expect(overlaps, url).toEqual([]);
        // Labels are not dropped to get there: at least every third day column still says which day it is.
        const columns = await page.locator("svg.swimlanes .grid-day, svg.swimlanes .grid-week").count();
        expect(3 * (await page.locator("svg.swimlanes .day-label").count()), url).toBeGreaterThanOrEqual(columns);
        await page.close();
      }
    });

    it("scrolls a timeline of months sideways inside its card instead of shrinking it past reading", async () => {
      const long = monthsTimeline();
      const scaleOf = (p: Page) =>
        p.evaluate(() => {
          const svg = document.querySelector("svg.swimlanes");
          return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        });
      for (const width of [1280, 390]) {
        const usual = await open(leadUrl, width);
        const { page } = await open(file("months.html", renderTimelineHtml(long)), width);
        // Drawn at least at the scale a two-week timeline gets on the same page: its text as large.
        expect(await scaleOf(page), `at ${width}px`).toBeGreaterThanOrEqual(Math.min(1, await scaleOf(usual.page)) - 0.01);
        expect(await page.evaluate(() => document.querySelector(".chart-wrap").scrollWidth > document.querySelector(".chart-wrap").clientWidth)).toBe(true);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await Promise.all([usual.page.close(), page.close()]);
      }
    });

    it("stays responsive for a lead with thousands of events: a tooltip shows at once on focus", async () => {
      const channels = ["call", "sms", "email"];
      const plan = {
        id: "busy",
        version: 1,
        name: "Busy",
        timezone: "America/New_York",
        steps: Array.from({ length: 30 }, (_, i) => ({
          id: `s${i}`,
          channel: channels[i % 3] as string,
          at: { after: `PT${i}H` },
          attempts: { max: 100, every: "PT10M" },
        })),
        policies: { quietHours: [{ from: "21:00", to: "08:00" }] },
      };
      const busy = simulate(plan, fridayLead({ enrolledAt: "2026-03-06T14:00:00Z" }), { until: "P60D", responder: respond.never(), maxIterations: 100_000 });
      expect(busy.entries.length).toBeGreaterThan(3000);
      const { page, errors } = await open(file("busy.html", renderTimelineHtml(busy)), 1280);
      const marks = page.locator("svg.swimlanes .mark");
      for (const i of [0, busy.entries.length - 2]) {
        const mark = marks.nth(i);
        const tip = page.locator(`[id="${await mark.getAttribute("aria-describedby")}"]`);
        const started = performance.now();
        await mark.focus();
        expect(await tip.isVisible()).toBe(true);
        // Each hover or focus re-matched every tooltip rule against the whole chart: seconds per mark at this size.
        expect(performance.now() - started, `focus on mark ${i}`).toBeLessThan(3000);
      }
      expect(errors).toEqual([]);
      await page.close();
    });

    it("writes screenshots that are not blank", async () => {
      const shots: [string, string, number, "light" | "dark"][] = [
        [leadUrl, "report-lead.png", 1280, "light"],
        [populationUrl, "report-population.png", 1280, "light"],
        [leadUrl, "report-lead-dark-phone.png", 390, "dark"],
      ];
      for (const [url, name, width, scheme] of shots) {
        const { page } = await open(url, width, scheme);
        const target = writeDocs && width === 1280 ? new URL(name, docs) : new URL(`file://${join(out, name)}`);
        if (writeDocs) mkdirSync(docs, { recursive: true });
        const png = await page.screenshot({
          path: target.pathname,
          fullPage: name !== "report-lead.png",
          ...(name === "report-lead.png" ? { clip: await leadClip(page) } : {}),
        });
        expect(png.length, name).toBeGreaterThan(20_000);
        expect(await pixelSpread(png), name).toBeGreaterThan(20);
        await page.close();
      }
      // A blank page really measures as blank.
      const { page } = await open(file("blank.html", "<!doctype html><title>x</title>"), 400);
      expect(await pixelSpread(await page.screenshot())).toBeLessThan(1);
      await page.close();
    });
  },
  180_000,
);

/** The WCAG contrast ratio of two CSS colours as the browser computes them (`rgb(…)`, `rgba(…)` read as opaque). */
function contrastRatio(a: string, b: string): number {
  const luminance = (css: string): number => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The dealer plan with monthly emails up to day 150, over 180 days: a chart of months. */
function monthsTimeline(): Timeline {
  const plan = dealerPlan();
  const monthly = [30, 60, 90, 120, 150].map((d) => ({ id: `email-d${d}`, channel: "email", at: { days: d, time: "09:30" } }));
  return simulate({ ...plan, steps: [...plan.steps, ...monthly] }, fridayLead(), { until: "P180D", responder: respond.never() });
}

/** The lead report from its heading to the end of the chart: what the README shows. */
async function leadClip(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const chart = await page.locator("svg.swimlanes").boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  return { x: 0, y: 0, width, height: Math.ceil((chart?.y ?? 0) + (chart?.height ?? 600) + 24) };
}
