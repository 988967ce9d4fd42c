import { ArgumentError, describeValue } from "../errors/index.js";
import type { LeadResponse, SimulatedEvent } from "./responders.js";

/**
 * A responder's answer as a response: an outcome (any string: `checkOutcome` judges it) becomes
 * `{ outcome }`, nothing (`undefined`, `null`) becomes `{}`; a response object is checked where
 * the simulation reads it without a check of its own (`events`).
 * @throws {ArgumentError} for anything else (a number, an array, a function, a boxed string), and
 * for `events` that is not a list of objects each with an `event` object.
 */
export function checkResponse(answer: unknown, name: string): LeadResponse {
  if (typeof answer === "string") return { outcome: answer as NonNullable<LeadResponse["outcome"]> };
  if (answer === undefined || answer === null) return {};
  if (typeof answer !== "object" || Array.isArray(answer) || answer instanceof String || answer instanceof Number || answer instanceof Boolean) {
    throw new ArgumentError(name, `Expected \`${name}\` to be an outcome, a response object or nothing, got ${describeValue(answer)}`);
  }
  const { events } = answer as LeadResponse;
  if (events !== undefined) checkEventList(events, `${name} events`);
  return answer as LeadResponse;
}

/**
 * `list` as a list of objects (each read by field): a hole or a non-object fails at its index.
 * @throws {ArgumentError} naming `name` or `name[i]`.
 */
export function checkObjectList<T extends object>(list: unknown, name: string): readonly T[] {
  if (!Array.isArray(list)) throw new ArgumentError(name, `Expected \`${name}\` to be a list, got ${describeValue(list)}`);
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (item === null || typeof item !== "object")
      throw new ArgumentError(`${name}[${i}]`, `Expected \`${name}[${i}]\` to be an object, got ${describeValue(item)}`);
  }
  return list as readonly T[];
}

/**
 * `list` as a list of objects each holding a lead `event` object (`{ after, event }`, `{ at, event }`);
 * what the event says is checked where it is recorded.
 * @throws {ArgumentError} naming `name`, `name[i]` or `name[i].event`.
 */
export function checkEventList<T extends { readonly event: SimulatedEvent }>(list: unknown, name: string): readonly T[] {
  const items = checkObjectList<T>(list, name);
  for (const [i, item] of items.entries()) {
    const event: unknown = item.event;
    if (event === null || typeof event !== "object")
      throw new ArgumentError(
        `${name}[${i}].event`,
        `Expected \`${name}[${i}].event\` to be a lead event like { type: "inbound", channel: "sms" }, got ${describeValue(event)}`,
      );
  }
  return items;
}
