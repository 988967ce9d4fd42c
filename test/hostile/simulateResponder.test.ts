import { describe, expect, it } from "vitest";
import { ArgumentError } from "../../src/index.js";
import { respond, simulate, type Responder } from "../../src/testing/index.js";
import { caught } from "../support/caught.js";
import { dealerPlan, newYorkLead } from "../testing/fixtures.js";

const run = (responder: Responder) => () => simulate(dealerPlan(), newYorkLead(), { until: "P1D", responder });
const answering = (answer: unknown): Responder => (() => answer) as unknown as Responder;
const holey = (): unknown[] => {
  const list: unknown[] = [];
  list[1] = { event: { type: "inbound", channel: "sms" } };
  return list;
};

describe("simulate: what a responder answers", () => {
  // Each was taken as an answer with no fields (the default outcome), silently.
  for (const [name, answer] of [
    ["a number", 5],
    ["true", true],
    ["a bigint", 5n],
    ["an array", ["connected"]],
    ["a function", () => "connected"],
    ["a boxed string", new String("connected")],
  ] as const) {
    it(`${name} is an ArgumentError saying what a responder may answer`, () => {
      const error = caught(run(answering(answer)));
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument: "responder result" });
      expect((error as Error).message).toMatch(/^Expected `responder result` to be an outcome, a response object or nothing, got /);
    });
  }

  // Each was a TypeError from inside the simulation.
  for (const [name, answer, argument] of [
    ["events that are not a list", { events: 5 }, "responder result events"],
    ["an events list with null", { events: [null] }, "responder result events[0]"],
    ["an events list with a hole", { events: holey() }, "responder result events[0]"],
    ["an events item without an event", { events: [{ after: "PT1M" }] }, "responder result events[0].event"],
    ["an events item whose event is null", { events: [{ event: null }] }, "responder result events[0].event"],
  ] as const) {
    it(`${name} is an ArgumentError naming ${argument}`, () => {
      const error = caught(run(answering(answer)));
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
      expect((error as Error).message).toMatch(/Expected .*, got /);
    });
  }

  for (const [name, scheduled, argument] of [
    ["scheduled events that are not a list", 5, "responder.scheduled"],
    ["a scheduled list with null", [null], "responder.scheduled[0]"],
    ["a scheduled list with a hole", holey(), "responder.scheduled[0]"],
    ["a scheduled item without an event", [{ at: "PT1M" }], "responder.scheduled[0].event"],
    ["a scheduled item whose event is null", [{ at: "PT1M", event: null }], "responder.scheduled[0].event"],
  ] as const) {
    it(`${name} is an ArgumentError naming ${argument}`, () => {
      const responder = Object.assign(() => undefined, { scheduled }) as unknown as Responder;
      const error = caught(run(responder));
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
    });
  }

  it("outcomes, response objects (plain or prototype-less) and nothing are still answers", () => {
    for (const answer of ["connected", { outcome: "connected" }, Object.assign(Object.create(null), { outcome: "connected" }), undefined, null]) {
      expect(simulate(dealerPlan(), newYorkLead(), { until: "P1D", responder: answering(answer) }).firstTouch?.outcome).toBe(
        answer === undefined || answer === null ? "no_answer" : "connected",
      );
    }
    expect(simulate(dealerPlan(), newYorkLead(), { until: "P1D", responder: respond.never() }).touches.length).toBeGreaterThan(0);
  });
});

describe("respond: options that are no responder are refused when the responder is built", () => {
  // Each was accepted, and failed with a TypeError at the first touch it answered (or, for null options, at once).
  const notResponder = "connected" as unknown as Responder;
  for (const [argument, build] of [
    ["options", () => respond.sequence(["no_answer"], null as never)],
    ["options.then", () => respond.sequence(["no_answer"], { then: notResponder })],
    ["otherwise", () => respond.byChannel({ call: "busy" }, notResponder)],
    ["otherwise", () => respond.at("PT1H", { type: "meeting" }, notResponder)],
  ] as const) {
    it(`${argument} of ${String(build).match(/respond\.(\w+)/)?.[1]}: an ArgumentError naming it`, () => {
      const error = caught(build);
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
      expect((error as Error).message).toMatch(/^Expected `.*` to be .*, got /);
    });
  }

  it("left out, they are still the defaults", () => {
    expect(simulate(dealerPlan(), newYorkLead(), { until: "P1D", responder: respond.sequence(["busy"], { channel: "call" }) }).firstTouch?.outcome).toBe(
      "busy",
    );
    expect(simulate(dealerPlan(), newYorkLead(), { until: "P1D", responder: respond.byChannel({ sms: "replied" }, undefined) }).firstTouch?.outcome).toBe(
      "no_answer",
    );
  });
});
