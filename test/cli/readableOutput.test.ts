import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run.js";

// The text outputs as a person reads them: zones named for what they are, local times, no misleading words.
const repo = new URL("../../", import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "lead-cadence-cli-readable-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PLAN = new URL("examples/plans/dealer-speed-to-lead.json", repo).pathname;
const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(path, repo), "utf8")) as Record<string, unknown>;

function cli(...args: string[]): { status: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false, stderrIsTTY: false, cwd: dir };
  const status = runCli(args, io, "0.0.0");
  return { status, out: out.join(""), err: err.join("") };
}

function writeLead(name: string, lead: Record<string, unknown>): string {
  writeFileSync(join(dir, name), JSON.stringify(lead));
  return name;
}

describe("where the zone came from", () => {
  // No `timezone`: the zone comes from the +91 phone number (Asia/Kolkata), not from the plan (America/New_York).
  const lead = writeLead("by-phone.json", {
    id: "lead-by-phone",
    enrolledAt: "2026-03-07T15:00:00Z",
    contacts: { phone: "+919830012345", email: "a@example.com" },
  });

  it("simulate and explain say a zone read from the phone number is that, not the plan's fallback", () => {
    const simulated = cli("simulate", PLAN, "--lead", lead, "--until", "P1D");
    expect(simulated.status).toBe(0);
    expect(simulated.out.split("\n")[0]).toBe("Plan dealer-speed-to-lead v1 · lead lead-by-phone · Asia/Kolkata (from the lead's phone number)");
    const explained = cli("explain", PLAN, "--lead", lead, "--at", "2026-03-07T15:00:00Z");
    expect(explained.status).toBe(0);
    expect(explained.out.split("\n")[1]).toBe("At Sat 2026-03-07 20:30 +05:30 (2026-03-07T15:00:00.000Z) · zone Asia/Kolkata (from the lead's phone number)");
  });

  it("names the plan's fallback only when the zone is the plan's", () => {
    const fallback = writeLead("no-zone.json", { id: "lead-no-zone", enrolledAt: "2026-03-07T15:00:00Z", contacts: { email: "a@example.com" } });
    expect(cli("simulate", PLAN, "--lead", fallback, "--until", "P1D").out.split("\n")[0]).toContain("America/New_York (the plan's fallback zone)");
    const own = writeLead("own-zone.json", readJson("examples/leads/new-york-fresh.json"));
    expect(cli("explain", PLAN, "--lead", own, "--at", "2026-03-09T14:00:00Z").out.split("\n")[1]).toContain("zone America/New_York (the lead's zone)");
  });
});

describe("a zone known only to be one of several", () => {
  it("explain names the other zones the lead may be in (windows must be open in all of them)", () => {
    const lead = writeLead("us-address.json", {
      id: "lead-us",
      enrolledAt: "2026-03-09T14:00:00Z",
      address: { country: "US" },
      contacts: { email: "a@example.com" },
    });
    const line = cli("explain", PLAN, "--lead", lead, "--at", "2026-03-09T14:00:00Z").out.split("\n")[1];
    expect(line).toContain("zone America/New_York (from the lead's address; may also be in America/Chicago, America/Denver,");
    expect(line).toContain("Pacific/Honolulu)");
  });
});

describe("instants on the command line", () => {
  it("--at, --from and --until refuse a date without a time, instead of reading it as UTC midnight", () => {
    const lead = writeLead("ny.json", readJson("examples/leads/new-york-fresh.json"));
    for (const args of [
      ["explain", PLAN, "--lead", lead, "--at", "2026-03-10"],
      ["explain", PLAN, "--lead", lead, "--at", "2026-03"],
      ["simulate", PLAN, "--lead", lead, "--from", "2026-03-09"],
      ["simulate", PLAN, "--lead", lead, "--until", "2026-03-20"],
    ]) {
      const r = cli(...args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.err, args.join(" ")).toMatch(/--(at|from|until).*with Z or an offset/);
      expect(r.out).toBe("");
    }
  });
});

describe("elapsed time before the simulation start", () => {
  it("an exit the lead's history already held, before its latest record, shows a negative elapsed time, not +0m", () => {
    // Opted out at 02:00 local; the latest history record (a meeting) is at 03:10, where the simulation starts.
    const lead = writeLead("chatham.json", readJson("examples/leads/chatham-opted-out.json"));
    const lines = cli("simulate", PLAN, "--lead", lead).out.split("\n");
    expect(lines[1]).toBe("Simulated from Sun 2026-04-05 03:10 +13:45 to Tue 2026-05-05 03:10 +12:45");
    expect(lines[4]).toMatch(/^ {2}-1h 10m +Sun 2026-04-05 02:00 \+13:45 +exit +opted_out \(sms\)$/);
  });
});

describe("simulate --population", () => {
  it("says when each lead's run ended on the lead's clock and in words, also for leads that did not exit", () => {
    const leads = ["new-york-fresh", "chatham-opted-out", "kolkata-replied"].map((name) => JSON.stringify(readJson(`examples/leads/${name}.json`)));
    writeFileSync(join(dir, "leads.ndjson"), `${leads.join("\n")}\n`);
    const r = cli("simulate", PLAN, "--population", "leads.ndjson", "--until", "P1D");
    expect(r.status).toBe(0);
    const rows = r.out.split("\n");
    expect(rows[0]).toBe("lead-ny-1042\t(still running)\t7 touches\tTue 2026-03-10 10:00 EDT");
    expect(rows[1]).toBe("lead-nz-0451\topted_out\t0 touches\tSun 2026-04-05 02:00 +13:45");
    expect(rows.at(-2)).toBe("3 leads · 7 touches · 2.3 per lead · exits: (still running) 1, opted_out 1, replied 1");
    expect(r.out).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });
});

describe("an empty file or standard input", () => {
  it("is called empty, not 'Expected object, got null'", () => {
    writeFileSync(join(dir, "empty.yaml"), "");
    writeFileSync(join(dir, "comments.yaml"), "# nothing yet\n\n");
    for (const [args, name] of [
      [["validate", "empty.yaml"], "empty.yaml"],
      [["validate", "comments.yaml"], "comments.yaml"],
      [["explain", PLAN, "--lead", "empty.yaml", "--at", "2026-03-09T14:00:00Z"], "empty.yaml"],
    ] as const) {
      const r = cli(...args);
      expect(r.status, args.join(" ")).toBe(1);
      expect(r.out + r.err, args.join(" ")).toContain(`${name}: expected a JSON or YAML document, got an empty file`);
      expect(r.out + r.err, args.join(" ")).not.toContain("got null");
    }
    const json = cli("validate", "--format", "json", "empty.yaml");
    expect(JSON.parse(json.out)).toEqual({ file: "empty.yaml", valid: false, error: "empty.yaml: expected a JSON or YAML document, got an empty file" });
  });
});

describe("explain: the next wake-up", () => {
  it("with touches due and nothing after them, says to evaluate again once they are recorded, not that it waits for an event", () => {
    // Both emails before day 7 sent: what is due is on four channels, so none waits for another's minute.
    const base = readJson("examples/leads/brussels-whatsapp.json") as { history: unknown[] };
    const emailed = (stepId: string, at: string) => ({
      type: "touch",
      touchId: `lead-be-0007/dealer-speed-to-lead@1/${stepId}#1`,
      planId: "dealer-speed-to-lead",
      stepId,
      channel: "email",
      attempt: 1,
      at,
      outcome: "delivered",
    });
    const history = [...base.history, emailed("email-intro", "2026-03-27T15:56:00Z"), emailed("email-day-3", "2026-03-30T07:30:00Z")];
    const lead = writeLead("brussels.json", { ...base, history });
    const out = cli("explain", PLAN, "--lead", lead, "--at", "2026-04-14T12:00:00Z").out;
    expect(out).toContain("Due now:\n");
    expect(out.trimEnd().split("\n").at(-1)).toBe("Next wake-up: none until the due touches are recorded (then evaluate again)");
  });

  it("a step waiting past 2200-12-31, the last accepted instant, is explained, not an unexpected error", () => {
    // With WhatsApp consent, the day-2 message is not a second SMS waiting a minute: the step past the last instant is the wake-up.
    const ny = readJson("examples/leads/new-york-fresh.json") as { consent: Record<string, unknown> };
    const lead = writeLead("far.json", { ...ny, enrolledAt: "2200-12-30T14:00:00Z", consent: { ...ny.consent, whatsapp: { status: "granted" } } });
    const r = cli("explain", PLAN, "--lead", lead, "--at", "2200-12-31T23:00:00Z");
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/video-day-2 +waiting .* until 2201-01-01T16:00:00\.000Z \(after the last accepted instant\) \(its time lies after/);
  });
});

describe("--until", () => {
  it("a value that is neither a duration nor an instant is refused naming both forms it takes", () => {
    const lead = writeLead("ny-until.json", readJson("examples/leads/new-york-fresh.json"));
    for (const args of [
      ["simulate", PLAN, "--lead", lead, "--until", "two weeks"],
      ["forecast", PLAN, "--until", "two weeks", "--runs", "1", "--population", "1"],
    ]) {
      const r = cli(...args);
      expect(r.status, args[0]).toBe(2);
      expect(r.err.split("\n")[0], args[0]).toBe(
        `lead-cadence ${args[0]}: Expected --until to be an ISO-8601 duration like P14D or an instant with Z or an offset, got "two weeks" (string)`,
      );
    }
  });
});

describe("diff --leads", () => {
  it("gives each lead's next wake-up on the lead's clock, as every other output does", () => {
    // Version 2 drops sms-intro (and the condition that named it): every lead in flight changes position.
    const v2 = readJson("examples/plans/dealer-speed-to-lead.json") as { version: number; steps: Record<string, unknown>[] };
    v2.version = 2;
    v2.steps = v2.steps.filter((step) => step["id"] !== "sms-intro").map(({ when: _when, ...step }) => step);
    writeFileSync(join(dir, "v2.json"), JSON.stringify(v2));
    const leads = ["new-york-fresh", "kolkata-replied"].map((name) => JSON.stringify(readJson(`examples/leads/${name}.json`)));
    writeFileSync(join(dir, "in-flight.ndjson"), `${leads.join("\n")}\n`);
    const r = cli("diff", PLAN, "v2.json", "--leads", "in-flight.ndjson", "--at", "2026-03-09T12:00:00Z");
    expect(r.err).toBe("");
    expect(r.out).toContain(
      "  lead-ny-1042: next call-now at Mon 2026-03-09 10:00 EDT → next call-now at Mon 2026-03-09 10:00 EDT; skips sms-intro (step_removed)",
    );
  });
});

describe("files given in each other's place", () => {
  it("a lead given as the plan, and a plan as the lead, are named for what they look like", () => {
    const lead = writeLead("swap-lead.json", readJson("examples/leads/new-york-fresh.json"));
    const swapped = cli("simulate", lead, "--lead", PLAN);
    expect(swapped.status).toBe(1);
    expect(swapped.err).toContain("swap-lead.json: invalid plan (");
    expect(swapped.err.trimEnd().split("\n").at(-1)).toBe("  (swap-lead.json is a valid lead, not a plan)");
    const leadAsPlan = cli("explain", PLAN, "--lead", PLAN, "--at", "2026-03-09T14:00:00Z");
    expect(leadAsPlan.status).toBe(1);
    expect(cli("validate", lead).out.trimEnd().split("\n").at(-1)).toBe("  (swap-lead.json is a valid lead, not a plan)");
    expect(cli("lint", lead).err.trimEnd().split("\n").at(-1)).toBe("  (swap-lead.json is a valid lead, not a plan)");
    expect(leadAsPlan.err.trimEnd().split("\n").at(-1)).toMatch(/ \(.*dealer-speed-to-lead\.json is a valid plan, not a lead\)$/);
  });
});
