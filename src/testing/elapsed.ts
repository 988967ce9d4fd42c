/**
 * Time since the simulation start, as timelines print it: `+0m`, `+5m`, `+2h 5m`, `+1d 2h`; an entry
 * before the start (an exit the lead's history already held) is negative: `-1h 10m`.
 */
export function elapsed(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts = [d > 0 ? `${d}d` : "", h > 0 ? `${h}h` : "", m > 0 ? `${m}m` : ""].filter((p) => p !== "");
  return parts.length === 0 ? "+0m" : `${ms < 0 ? "-" : "+"}${parts.join(" ")}`;
}
