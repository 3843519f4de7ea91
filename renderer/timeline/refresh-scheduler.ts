/**
 * When the timeline re-plans its items. A debounce would leave the window empty until the user
 * stops moving; refreshing on every range change would re-plan at 60 Hz during a drag. So the
 * first change after a quiet spell refreshes at once (leading edge), later ones at most every
 * `intervalMs`, and one trailing refresh catches the final window.
 */
export interface RefreshScheduler {
  /** Refresh now, cancelling a pending trailing refresh (after a discrete jump: key, go-to). */
  now(): void;
  /** Refresh now if the last refresh is old enough, else once the interval has passed. */
  soon(): void;
}

export function createRefreshScheduler(refresh: () => void, intervalMs = 100): RefreshScheduler {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  function now(): void {
    clearTimeout(timer);
    timer = undefined;
    last = performance.now();
    refresh();
  }
  function soon(): void {
    const wait = last + intervalMs - performance.now();
    if (wait <= 0) now();
    else timer ??= setTimeout(now, wait);
  }
  return { now, soon };
}
