/** Minutes after midnight for `HH:MM` (00:00–24:00), or `undefined` when malformed. */
export function parseClock(text: string): number | undefined {
  const m = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/.exec(text);
  if (m === null) return undefined;
  return m[1] === undefined ? 1440 : Number(m[1]) * 60 + Number(m[2]);
}
