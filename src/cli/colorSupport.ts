/**
 * Whether to colour a stream, by the conventions most command lines follow (and Node itself):
 * - `FORCE_COLOR` set to `1`, `2`, `3`, `true` or the empty string: colour, even when piped; set to
 *   anything else (`0`, `false`): no colour. When it is set, `NO_COLOR` is not read.
 * - otherwise `NO_COLOR` set to a non-empty value (https://no-color.org): no colour;
 * - otherwise colour when the stream is a terminal.
 */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return ["", "1", "2", "3", "true"].includes(force);
  const noColor = env["NO_COLOR"];
  if (noColor !== undefined && noColor !== "") return false;
  return isTTY;
}
