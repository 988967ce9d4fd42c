import { describe, expect, it } from "vitest";
import { evaluate, parsePlan, touchRecord, type HistoryEntry } from "../../src/index.js";
import { leadAt, planWith } from "../support/drive.js";

const ENROLLED = "2026-03-10T14:00:00Z"; // Tue 10:00 EDT
const plan = parsePlan(
  planWith({
    steps: [
      { id: "intro", channel: "sms", at: { after: "PT0S" } },
      { id: "details", channel: "sms", at: { after: "PT10M" } },
      { id: "mail", channel: "email", at: { after: "PT10M" } },
    ],
  }),
);
const at = (iso: string) => Date.parse(iso);
type TouchEntry = Extract<HistoryEntry, { type: "touch" }>;

describe("a channel at most once a minute, in one plan's decision", () => {
  it("steps overdue together after a late poll go a minute apart on one channel, at once on different ones", () => {
    const late = evaluate(plan, leadAt(ENROLLED), "2026-03-10T16:00:00Z");
    expect(late.due.map((t) => [t.stepId, t.channel])).toEqual([
      ["intro", "sms"],
      ["mail", "email"],
    ]);
    expect(late.trace[1]).toMatchObject({ stepId: "details", state: "waiting", reason: "channel_busy", channel: "sms", until: "2026-03-10T16:01:00.000Z" });
    expect(late.next).toEqual({ at: "2026-03-10T16:01:00.000Z", stepId: "details" });
    // The host records what it sent and decides again at once: still busy; a minute later, due.
    const history: HistoryEntry[] = late.due.map((t) => touchRecord(t, { at: "2026-03-10T16:00:00Z", outcome: "sent" }));
    expect(evaluate(plan, leadAt(ENROLLED, { history }), "2026-03-10T16:00:30Z").due).toEqual([]);
    expect(evaluate(plan, leadAt(ENROLLED, { history }), "2026-03-10T16:01:00Z").due.map((t) => t.stepId)).toEqual(["details"]);
  });

  it("a re-send of the same touch is not a second touch; a stand-in for another touch, or a failed one, is judged as the touch it is", () => {
    const first = evaluate(plan, leadAt(ENROLLED), "2026-03-10T14:10:00Z");
    expect(first.due.map((t) => t.stepId)).toEqual(["intro", "mail"]);
    const intro = first.due[0];
    if (intro === undefined) throw new Error("no intro");
    // The engine's stand-in for a send of `intro` whose answer was lost, 20 s ago.
    const standIn = (touchId: string, stepId: string): TouchEntry => ({
      type: "touch",
      touchId,
      stepId,
      planId: plan.id,
      channel: "sms",
      attempt: 1,
      at: "2026-03-10T14:09:40Z",
    });
    const withHistory = (history: HistoryEntry[]) => evaluate(plan, leadAt(ENROLLED, { history }), "2026-03-10T14:10:00Z");
    expect(withHistory([standIn(`${intro.id}#unconfirmed`, "intro#unconfirmed")]).due.map((t) => t.stepId)).toEqual(["intro", "mail"]);
    // Another touch's stand-in on the channel keeps it busy: the lead may have had that message.
    const other = withHistory([standIn("L1/other@1/x#1#unconfirmed", "x#unconfirmed")]);
    expect(other.due.map((t) => t.stepId)).toEqual(["mail"]);
    expect(other.trace[0]).toMatchObject({ stepId: "intro", reason: "channel_busy", until: "2026-03-10T14:10:40.000Z" });
    // A touch that failed reached no one: the channel is free.
    const failed: HistoryEntry = { ...standIn("L1/other@1/x#1", "x"), outcome: "failed" };
    expect(withHistory([failed]).due.map((t) => t.stepId)).toEqual(["intro", "mail"]);
    expect(at(other.next?.at ?? "")).toBe(at("2026-03-10T14:10:40Z"));
  });
});
