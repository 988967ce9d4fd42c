import { instantMs } from "../../../primitives/index.js";
import type { Touch } from "../../../schedule/index.js";
import type { LeadResponse, SimulatedEvent, TimelineTouch } from "../../../testing/index.js";
import type { RawFinding } from "../finding.js";
import { example, type ProbeRun } from "../probe.js";
import type { LintRule, RuleContext } from "../rule.js";

const MESSAGE_CHANNELS = /* @__PURE__ */ new Set(["sms", "whatsapp", "email"]);

/** The lead does `event` shortly after the first touch; every touch is otherwise ignored. */
function afterFirstTouch(event: (touch: Touch) => SimulatedEvent, after: string) {
  return (touch: Touch, _lead: unknown, context: { readonly touchIndex: number }): LeadResponse | undefined =>
    context.touchIndex === 0 ? { events: [{ after, event: event(touch) }] } : undefined;
}

/** Touches after the first lead event of the run, except the opt-out confirmation. */
function touchesAfterEvent(run: ProbeRun): TimelineTouch[] {
  const event = run.timeline.entries.find((e) => e.kind === "lead");
  if (event === undefined) return [];
  const at = instantMs(event.at);
  return run.timeline.touches.filter((t) => instantMs(t.at) > at && t.stepId !== "opt-out-confirmation");
}

function exitRule(context: RuleContext, key: string, event: (touch: Touch) => SimulatedEvent, after: string, what: string): RawFinding[] {
  const runs = context.probe.runs(key, context.probe.midday, afterFirstTouch(event, after));
  const bad = runs.filter((r) => touchesAfterEvent(r).length > 0);
  const first = bad[0];
  if (first === undefined) return [];
  const more = touchesAfterEvent(first);
  return [
    {
      message: `The cadence goes on after ${what}: ${more.length} more touch${more.length === 1 ? "" : "es"} in the simulated case (${more
        .map((t) => t.stepId)
        .slice(0, 4)
        .join(", ")}${more.length > 4 ? ", ..." : ""})`,
      evidence: {
        summary: `${bad.length} of ${runs.length} simulated leads were touched after ${what}`,
        cases: bad.length,
        of: runs.length,
        example: example(first, (e) => e.kind !== "deferral"),
      },
      path: ["exits"],
    },
  ];
}

/** Replies to the first touch (a text on a messaging channel; an SMS after a call). */
export const exitOnReply: LintRule = {
  id: "exit-on-reply",
  title: "The cadence stops when the lead replies",
  rationale: "Automated touches after a lead has answered read as a machine ignoring the answer, and undo the conversation the reply started.",
  source: "Sequence tools stop on reply by default (Outreach, Salesloft, HubSpot sequences); practice.",
  defaultSeverity: "error",
  check: (context) =>
    exitRule(
      context,
      "reply",
      (touch) => ({ type: "inbound", channel: MESSAGE_CHANNELS.has(touch.channel) ? touch.channel : "sms", text: "Thanks, yes I am interested" }),
      "PT10M",
      "the lead replied",
    ),
};

/** Books a meeting an hour after the first touch. */
export const exitOnMeeting: LintRule = {
  id: "exit-on-meeting",
  title: "The cadence stops when a meeting is booked",
  rationale: "A lead with a booked meeting or appointment must not keep receiving chase messages.",
  source: "Sequence tools stop on a booked meeting (HubSpot sequences unenrol on a meeting); practice.",
  defaultSeverity: "error",
  check: (context) => exitRule(context, "meeting", () => ({ type: "meeting", note: "booked by lint" }), "PT1H", "a meeting was booked"),
};

/** Opts out of the first touch's channel. */
export const exitOnOptOut: LintRule = {
  id: "exit-on-opt-out",
  title: "The cadence stops on an opt-out",
  rationale: "A lead who says STOP on one channel rarely wants to be chased on the others; a global opt-out or an opt_out exit honours that.",
  source: "TCPA revocation by any reasonable means (FCC 2024 order, 47 CFR 64.1200(a)(10)); CAN-SPAM; practice.",
  defaultSeverity: "warn",
  check: (context) => exitRule(context, "opt-out", (touch) => ({ type: "opt_out", channel: touch.channel }), "PT10M", "the lead opted out"),
};
