import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { ArgumentError } from "../../src/errors/index.js";
import { lead, quickPlan, recordingAdapter, START } from "./fixtures.js";

// engine.record({ type: "reply" }) said "Expected a valid reply record: type: Invalid discriminator value. Expected
// 'touch' | … | 'skip'", naming the two types record refuses and not the one a reply is; a record missing several
// fields named only the first.

async function refusal(event: unknown): Promise<ArgumentError> {
  const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock: createManualClock(START) });
  await engine.enroll(lead("a"), "quick");
  const before = (await engine.get("a"))?.record.lead.history.length;
  const error = await engine.record("a", event as never).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArgumentError);
  expect((await engine.get("a"))?.record.lead.history.length).toBe(before);
  return error as ArgumentError;
}

const TYPES = '"outcome" | "inbound" | "status" | "meeting" | "event"';

describe("engine.record: a malformed event says which fields are wrong and what each expects", () => {
  it("a reply is named as the inbound record it is, with the types record takes", async () => {
    const error = await refusal({ type: "reply" });
    expect(error.argument).toBe("event.type");
    expect(error.message).toBe(
      `Expected \`event.type\` to be one of ${TYPES}, got "reply" (string) (a message from the lead is an "inbound" record: { type: "inbound", channel, text })`,
    );
  });

  it("a type that is none, or absent, lists the types record takes; a touch or skip says the engine writes it", async () => {
    expect((await refusal({ type: "call", at: START })).message).toBe(`Expected \`event.type\` to be one of ${TYPES}, got "call" (string)`);
    expect((await refusal({ channel: "sms" })).message).toBe(`Expected \`event.type\` to be one of ${TYPES}, got undefined`);
    expect((await refusal({ type: "skip", stepId: "s", reason: "r" })).message).toMatch(/got "skip" \(string\) \(the engine writes those itself\)$/);
  });

  it("every missing field, each with what it expects", async () => {
    const error = await refusal({ type: "outcome" });
    expect(error.argument).toBe("event");
    expect(error.message.split("\n")).toEqual([
      "Expected a valid outcome record (2 issues):",
      "touchId: Missing required field `touchId` (string)",
      expect.stringMatching(/^outcome: Missing required field `outcome` \(one of "connected" \| "no_answer" \| .* \| "bounced"\)$/),
    ]);
  });

  it("one missing or wrong field on one line, with what it expects and what came", async () => {
    expect((await refusal({ type: "inbound" })).message).toBe("Expected a valid inbound record: channel: Missing required field `channel` (string)");
    expect((await refusal({ type: "status", status: "" })).message).toBe(
      'Expected a valid status record: status: Expected at least 1 character(s), got "" (string)',
    );
    expect((await refusal({ type: "inbound", channel: "SMS", extra: 1 })).message).toMatch(
      /^Expected a valid inbound record \(2 issues\):\nchannel: Expected a channel name in lower case .*, got "SMS" \(string\)\nextra: Unknown field "extra"$/,
    );
  });
});
