import { describe, expect, it } from "vitest";
import {
  ArgumentError,
  backoffDelay,
  DEFAULT_WHATSAPP_TEMPLATE_RULES,
  optOutReviewRecord,
  presetIdsForLead,
  templateBlocked,
  usStatesOf,
} from "../../src/index.js";
import { caught } from "../support/caught.js";

const lead = { id: "l", enrolledAt: "2026-03-09T14:00:00Z", contacts: { phone: "+13055550100" }, address: { country: "US", region: "FL" } };
const retry = { attempts: 5, baseMs: 1000, factor: 2, maxMs: 300_000, jitter: 0, random: () => 0.5 };
const detection = { rule: "en.stop", reason: "question" as const };

describe("the exported policy and retry helpers refuse what they cannot read with an ArgumentError", () => {
  // Each was a TypeError: reading `address` of null, iterating a number, `length` of undefined, `maxMs` of null,
  // `rule` of undefined; or a NaN delay.
  for (const [name, call, argument] of [
    ["usStatesOf(null)", () => usStatesOf(null as never), "lead"],
    ["presetIdsForLead of a number", () => presetIdsForLead(5 as never, lead), "ids"],
    ["presetIdsForLead for a null lead", () => presetIdsForLead(["us-states"], null as never), "lead"],
    ["templateBlocked with rules that are a number", () => templateBlocked(5 as never, "marketing", lead, ["whatsapp", "phone"]), "rules"],
    ["templateBlocked for a null lead", () => templateBlocked(DEFAULT_WHATSAPP_TEMPLATE_RULES, "marketing", null as never, ["phone"]), "lead"],
    ["templateBlocked with kinds that are a string", () => templateBlocked(DEFAULT_WHATSAPP_TEMPLATE_RULES, "marketing", lead, "phone" as never), "kinds"],
    ["backoffDelay(null, 1)", () => backoffDelay(null as never, 1), "retry"],
    ["backoffDelay(42, 1)", () => backoffDelay(42 as never, 1), "retry"],
    ["backoffDelay with a negative jitter", () => backoffDelay({ ...retry, jitter: -1 }, 1), "retry.jitter"],
    ["backoffDelay after a string of failures", () => backoffDelay(retry, "3" as never), "failed"],
    ["backoffDelay after -1 failures", () => backoffDelay(retry, -1), "failed"],
    ["optOutReviewRecord without a detection", () => optOutReviewRecord("sms", "2026-03-09T14:00:00Z", undefined as never), "detection"],
    ["optOutReviewRecord with a detection without rule", () => optOutReviewRecord("sms", "2026-03-09T14:00:00Z", {} as never), "detection"],
    ["optOutReviewRecord for a channel that is a number", () => optOutReviewRecord(5 as never, "2026-03-09T14:00:00Z", detection), "channel"],
    ["optOutReviewRecord at no instant", () => optOutReviewRecord("sms", "yesterday", detection), "at"],
    ["optOutReviewRecord at epoch milliseconds", () => optOutReviewRecord("sms", 5 as never, detection), "at"],
  ] as const) {
    it(`${name} names ${argument}`, () => {
      const error = caught(call);
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
      expect((error as Error).message).toMatch(/Expected .*, got /);
    });
  }

  it("backoffDelay and optOutReviewRecord still give the delay (defaults for options left out) and the record", () => {
    expect(backoffDelay(retry, 1)).toBe(1000);
    expect(backoffDelay(retry, 3)).toBe(4000);
    expect(backoffDelay({ baseMs: 10, jitter: 0 }, 2)).toBe(20);
    expect(optOutReviewRecord("sms", "2026-03-09T14:00:00Z", detection)).toMatchObject({
      type: "event",
      at: "2026-03-09T14:00:00Z",
      data: { channel: "sms", rule: "en.stop", reason: "question" },
    });
  });

  it("an address whose fields are not strings is read as no address (it was a TypeError from trim)", () => {
    expect(usStatesOf({ ...lead, address: { country: 5, region: {} } } as never)).toEqual(["FL"]);
    expect(usStatesOf(lead)).toEqual(["FL"]);
    expect(presetIdsForLead(["us-federal", "us-states"], lead)).toContain("us-fl");
  });
});
