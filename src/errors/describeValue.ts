/**
 * Describes a received value for an error message, the one way every "got …" is written:
 * `"Mars/Base" (string)`, `42 (number)`, `null`, `an array of 3`, `an object`, `a function`.
 * Strings longer than 60 characters are cut, so a message stays one readable line.
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `${JSON.stringify(shown)} (string)`;
  }
  // A proxy of a Date, or an object made from Date.prototype, passes `instanceof` but holds no time: it is an object.
  if (value instanceof Date)
    try {
      return Number.isNaN(Date.prototype.getTime.call(value)) ? "an invalid Date" : "a Date";
    } catch {}
  if (typeof value === "function") return "a function";
  if (typeof value === "object") return "an object";
  return `${String(value)} (${typeof value})`;
}
