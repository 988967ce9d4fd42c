import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";

/**
 * The runnable examples (`npx tsx examples/<name>.ts`), each run as a user runs it and held to what
 * its comments, the README and the docs say it shows. Each script runs once, at its import.
 */
async function run(name: string): Promise<string[]> {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(...format(...args).split("\n"));
  });
  await import(`../../examples/${name}.ts`);
  return lines;
}

/** The lines whose first lead-local clock time (`Www YYYY-MM-DD HH:MM`) is outside [from, to), or that have none. */
const outside = (text: readonly string[], from: string, to: string): string[] =>
  text.filter((line) => {
    const time = /\b[A-Z][a-z]{2} \d{4}-\d\d-\d\d (\d\d:\d\d)/.exec(line)?.[1];
    return time === undefined || time < from || time >= to;
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("examples/*.ts", () => {
  it("quick-start: the core loop, in the lead's local time, until the reply on day 4 ends it", async () => {
    const out = await run("quick-start");
    expect(out[0]).toBe("Mon 2026-03-09 10:00 EDT  task for the rep: call-now via call");
    expect(out).toContain("Mon 2026-03-09 13:00 EDT  nothing due; next: call-day-1 at Tue 2026-03-10 08:00 EDT (cap)");
    expect(out.at(-1)).toBe("done: replied at Thu 2026-03-12 11:00 EDT");
    const touches = out.filter((l) => / (send|task for the rep): /.test(l));
    expect(touches).toHaveLength(9);
    expect(outside(touches, "08:00", "21:00")).toEqual([]);
  });

  it("demo: the cap holds day 1's third call until the next morning; the Friday-night lead waits out quiet hours and stops at its reply", async () => {
    const out = await run("demo");
    expect(out).toContain(
      "  +5h          Mon 2026-03-09 15:00 EDT  deferred  call     call-day-1 #3      cap 3 per day on call, until Tue 2026-03-10 08:00 EDT",
    );
    expect(out.some((l) => l.includes("whatsapp-day-2 #1  sent (fallback for whatsapp)"))).toBe(true);
    const second = out.slice(out.findIndex((l) => l.startsWith("2. ")));
    const touches = second.filter((l) => /\s touch\s/.test(l));
    expect(touches.length).toBeGreaterThan(0);
    expect(touches.every((l) => l.includes("Sat 2026-03-14"))).toBe(true);
    expect(outside(touches, "08:00", "21:00")).toEqual([]);
    expect(second).toContain("Exit: replied (sms) at Sat 2026-03-14 10:12 EDT · 5 touches (email 1, call 2, sms 2)");
  });

  it("recurring-calls: prints what docs/time-rules.md shows", async () => {
    const doc = readFileSync(new URL("../../docs/time-rules.md", import.meta.url), "utf8");
    const shown = /`npx tsx examples\/recurring-calls\.ts`[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(shown).toBeDefined();
    expect(await run("recurring-calls")).toEqual(shown?.trimEnd().split("\n"));
  });

  it("compliance-presets: the state presets hold the evening call, the registry exemption lapses, the presets abroad apply", async () => {
    const out = (await run("compliance-presets")).join("\n");
    expect(out).toContain("new-york: 1 due now");
    expect(out).toContain("miami: 0 due now\n  call-1   waiting (window) until Wed 2026-03-11 08:00 EDT");
    expect(out).toContain("baltimore: 0 due now\n  call-1   waiting (window) until Wed 2026-03-11 08:00 EDT");
    expect(out).toMatch(/registry lead at Wed 2026-03-11 11:00 EDT:\n {2}call-1 {3}due \(due\) us-national do-not-call registry: inquiry exemption/);
    expect(out).toMatch(/registry lead at Fri 2026-06-12 11:00 EDT:\n {2}call-1 {3}skipped \(do_not_contact\)/);
    expect(out).toContain("au (Australia/Sydney):\n  call-1   waiting (window) until Mon 2026-03-09 09:00");
    expect(out).toContain("be (Europe/Brussels):\n  call-1   due (due)\n  sms-1    skipped (no_consent)");
  });

  it("compliance-opt-out: classifies the replies, sends the one confirmation and nothing after it", async () => {
    const out = (await run("compliance-opt-out")).join("\n");
    expect(out).toMatch(/"I'll stop by the dealership tomorrow" +\{ verdict: 'none'/);
    expect(out).toMatch(/"How do I stop these texts\?"[^}]*verdict: 'uncertain'/);
    expect(out).toContain("due right away (outside calling hours, still sent): [ 'opt-out-confirmation via sms [opt-out-confirmed]' ]");
    expect(out).toContain("next day: 0 due; done: { reason: 'opted_out'");
  });

  it("compliance-multi-plan: one budget, the higher priority first, one touch per channel per minute", async () => {
    const out = await run("compliance-multi-plan");
    expect(out[0]).toBe("due: [ 'sales/call via call', 'service/text via sms' ]");
    expect(out).toContain("  service/call: waiting (channel_busy) until 2026-03-11T14:01:00.000Z");
  });

  it("engine-dealer: the SLA alerts the manager, the SMS and email follow, the reply ends it", async () => {
    const out = await run("engine-dealer");
    expect(out).toEqual(
      expect.arrayContaining([
        "14:00Z  task: call call-now for lead-1042",
        "14:01Z  SLA breached on call-now (level 1)",
        "14:06Z  sms → +12125550142 (sms-intro) sid=SM1",
        "14:10Z  email → jordan@example.com (email-intro)",
      ]),
    );
    expect(out.some((l) => l.endsWith("lead-1042 done: replied"))).toBe(true);
  });

  it("enrollments: two plans under one budget, re-enrolment refused too soon then allowed, erasure", async () => {
    const out = (await run("enrollments")).join("\n");
    expect(out).toContain("2026-03-10 14:05  sms service-due key=lead-42/service-reminder@1/sms-reminder#1");
    expect(out).toContain("complete after the end: after_end");
    expect(out).toContain("reenrollment_too_soon:");
    expect(out).toContain("enrolled again: speed-to-lead:2 (sequence 2)");
    expect(out).toContain("after forget: unknown_lead");
  });

  it("lead-changes: the bounce skips the next email, the corrected address and the consent given make email and WhatsApp go", async () => {
    expect(await run("lead-changes")).toEqual([
      "14:00  email-1   → jo@exampel.com",
      "15:00  email-2   skipped: channel_bounced",
      "16:00  whatsapp  → +12125550142",
      "17:00  email-3   → jo@example.com",
    ]);
  });

  it("whatsapp-window: a template before the lead writes, free-form inside the 24 hours after, the template then the skip outside", async () => {
    expect(await run("whatsapp-window")).toEqual([
      "03-09 14:00Z  hello     template  hello_v2",
      "03-09 15:00Z  lead wrote: the window is open until 03-10 15:00Z",
      "03-09 18:00Z  quote     free-form quote-free-form",
      "03-11 14:00Z  reminder  template  reminder_v3",
      "03-12 14:00Z  last-word skipped: whatsapp_window_closed",
    ]);
  });

  it("pause-resume: no touch while paused; what fell due goes at the pause's end or the resume; a plan paused alone", async () => {
    expect(await run("pause-resume")).toEqual([
      // pause until a date: email-2 (due 03-10) and sms-3 (due 03-11) wait for it
      "03-09 14:00Z  lead-1  nurture/sms-1",
      "03-09 14:00Z  lead-1  paused until 03-12 14:00Z",
      "03-12 14:00Z  lead-1  nurture/email-2",
      "03-12 14:00Z  lead-1  nurture/sms-3",
      // pause until resume: email-2 (due 03-14 14:00) goes at the resume, sms-3 at its own time
      "03-13 14:00Z  lead-2  nurture/sms-1",
      "03-13 14:00Z  lead-2  paused: nurture paused",
      "03-14 20:00Z  lead-2  resume",
      "03-14 20:00Z  lead-2  nurture/email-2",
      "03-15 14:00Z  lead-2  nurture/sms-3",
      // one plan paused: the other plan's reminder goes meanwhile
      "03-15 20:00Z  lead-3  nurture/sms-1",
      "03-15 20:00Z  lead-3  paused: nurture paused, service active",
      "03-16 20:00Z  lead-3  service/reminder",
      "03-17 14:00Z  lead-3  resume nurture",
      "03-17 14:00Z  lead-3  nurture/email-2",
      "03-17 20:00Z  lead-3  nurture/sms-3",
    ]);
  });

  it("cadence-matchers.test.ts: `npx vitest run examples/cadence-matchers.test.ts` runs its four tests and they pass", async () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["node_modules/vitest/vitest.mjs", "run", "examples/cadence-matchers.test.ts", "--reporter=json"],
      { cwd: root, encoding: "utf8", timeout: 120_000 },
    );
    const report = JSON.parse(stdout) as { testResults: { name: string; assertionResults: { title: string; status: string }[] }[] };
    expect(report.testResults.map((file) => file.name)).toEqual([`${root}examples/cadence-matchers.test.ts`]);
    expect(report.testResults[0]?.assertionResults.map(({ title, status }) => `${status}: ${title}`)).toEqual([
      "passed: a lead who never answers: a call at once, three calls on day 1 under the cap, done after the day-7 email",
      "passed: a reply to the intro email ends the cadence: nothing after it",
      "passed: a call connected on the second day-1 attempt ends the cadence",
      "passed: a failing matcher says what it expected and prints the timeline",
    ]);
  });

  it("handling-errors: every hostile input is a typed error with a code", async () => {
    const out = await run("handling-errors");
    expect(out).toHaveLength(5);
    expect(out.filter((l) => l.endsWith(": accepted"))).toEqual([]);
  });

  it("forecast-plan: lint, diff, two forecasts, and one under a model fitted to call outcomes", async () => {
    const out = (await run("forecast-plan")).join("\n");
    expect(out).toContain("dealer-speed-to-lead v1 → v2: 1 changed step, 1 plan change");
    expect(out).toContain("Forecast dealer-speed-to-lead v1: 40 leads × 20 runs, seed 7, P14D");
    expect(out).toContain("Forecast dealer-speed-to-lead v2: 40 leads × 20 runs, seed 7, P14D");
    const fitted = /fitted on 3000 calls, \d+ reached; held-out log loss ([\d.]+) \(defaults ([\d.]+)\)/.exec(out);
    expect(fitted).not.toBeNull();
    expect(Number(fitted?.[1])).toBeLessThan(Number(fitted?.[2]));
    expect(out).toContain("  model: fitted to 3000 touch outcomes");
  });

  it("plan-migration: engine.migrate skips and sends what the preview said", async () => {
    const out = (await run("plan-migration")).join("\n");
    expect(out).toContain("dealer-speed-to-lead v1 → v2: 1 removed, 1 changed step, 1 plan change");
    expect(out).toContain("  touches skipped: 4 (step_removed 3, migration_past_due 1)\n  due at once: 1 touch for 1 lead (sms 1)");
    expect(out).toMatch(/lead-1: .*skips video-day-2 \(step_removed\), sms-intro \(migration_past_due\)/);
    expect(out).toContain(
      "migrated 3 leads; skipped: video-day-2 (step_removed), sms-intro (migration_past_due), video-day-2 (step_removed), video-day-2 (step_removed)",
    );
    expect(out).toContain("sent:\n  14:03Z lead-2/dealer-speed-to-lead@2/sms-intro#1\n  14:04Z lead-3/dealer-speed-to-lead@2/sms-intro#1");
  });

  it("report and testing-speed run to the end", async () => {
    expect((await run("report")).filter((l) => /\/examples\/out\/(lead|compare|population)\.html \(\d+ KB\)$/.test(l))).toHaveLength(3);
    expect(await run("testing-speed")).toHaveLength(3);
  });
});
