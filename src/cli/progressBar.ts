/** A one-line progress bar redrawn in place; silent when the stream is not a terminal. */
export interface ProgressBar {
  update(done: number): void;
  finish(): void;
}

/** Nothing is drawn before a run has taken this long: short runs print no bar at all. */
export const PROGRESS_DELAY_MS = 1000;

/**
 * A progress bar on `write` (a terminal) for `total` items, with the rate and the time left; a
 * no-op bar when `enabled` is false. It appears once the run has taken {@link PROGRESS_DELAY_MS}
 * by `now` (monotonic milliseconds), redraws at most once a percent, and `finish` clears it only if
 * it was drawn.
 */
export function progressBar(
  write: (text: string) => void,
  total: number,
  enabled: boolean,
  label = "simulating",
  now: () => number = () => performance.now(),
): ProgressBar {
  if (!enabled || total <= 0) return { update() {}, finish() {} };
  const width = 30;
  const started = now();
  let shown = -1;
  let drawn = false;
  let last = 0;
  const draw = (done: number): void => {
    const elapsed = (now() - started) / 1000;
    const filled = Math.round((done / total) * width);
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? (total - done) / rate : NaN;
    write(
      `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} · ${formatRate(rate)}/s · ${done >= total ? "done" : `ETA ${formatSeconds(eta)}`}  `,
    );
    drawn = true;
  };
  return {
    update(done) {
      last = done;
      if (now() - started < PROGRESS_DELAY_MS) return;
      const percent = Math.floor((done / total) * 100);
      if (percent === shown) return;
      shown = percent;
      draw(done);
    },
    finish() {
      if (!drawn) return;
      draw(Math.max(last, total));
      write("\n");
    },
  };
}

function formatRate(rate: number): string {
  return rate >= 100 ? String(Math.round(rate)) : rate.toFixed(1);
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
