/** A one-line progress bar redrawn in place; silent when the stream is not a terminal. */
export interface ProgressBar {
  update(done: number): void;
  finish(): void;
}

/** A progress bar on `write` (a terminal) for `total` items; a no-op bar when `enabled` is false. */
export function progressBar(write: (text: string) => void, total: number, enabled: boolean, label = "simulating"): ProgressBar {
  if (!enabled || total <= 0) return { update() {}, finish() {} };
  const width = 30;
  let shown = -1;
  const draw = (done: number): void => {
    const filled = Math.round((done / total) * width);
    write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`);
  };
  return {
    update(done) {
      const percent = Math.floor((done / total) * 100);
      if (percent === shown) return;
      shown = percent;
      draw(done);
    },
    finish() {
      draw(total);
      write("\n");
    },
  };
}
