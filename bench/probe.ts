import type { Page } from 'playwright-core';

/**
 * The in-page "settled render" probe, the same for every engine so their numbers compare.
 * `arm(root, watched)` starts a clock and a MutationObserver on `root` (plus the `watched`
 * selectors, e.g. the status-bar count); the clock restarts on the first user input after
 * arming (keydown, wheel, input, click), so the CDP round trip that sends the input is not
 * counted. `settle(quietMs)` resolves once `root` has not mutated for `quietMs` and two
 * animation frames have passed; the settled time is last mutation − start.
 *
 * It is a plain script string rather than a function because tsx (esbuild keepNames) would
 * wrap named functions in a helper that does not exist in the page. Mutations of vis's
 * current-time bar (it ticks on a timer) are ignored.
 */
export const PROBE_SCRIPT = `(() => {
  if (window.__bench) return;
  const IGNORE = '.vis-current-time, .vis-custom-time';
  let armed = false, byInput = false, start = 0, last = 0, count = 0, times = [], observers = [], watched = {};
  const onInput = () => { if (armed && !byInput) { byInput = true; start = performance.now(); } };
  for (const type of ['keydown', 'wheel', 'input', 'click']) window.addEventListener(type, onInput, true);
  // A write of the value already there (dataset.x = same) changes nothing on screen.
  const noop = (r) =>
    (r.type === 'attributes' && r.oldValue === r.target.getAttribute(r.attributeName)) ||
    (r.type === 'characterData' && r.oldValue === r.target.data);
  const relevant = (records) => records.some((r) => {
    const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    return !noop(r) && !(el && el.closest && el.closest(IGNORE));
  });
  const describe = (records) => records.length + ':' + [...new Set(records.filter((r) => !noop(r)).slice(0, 50).map((r) => {
    const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    return r.type + (r.attributeName ? '.' + r.attributeName : '') + '@' + ((el && el.className && String(el.className).split(' ')[0]) || (el && el.tagName));
  }))].slice(0, 6).join(',');
  const observe = (node, onMutation) => {
    const o = new MutationObserver((records) => { if (relevant(records)) onMutation(performance.now(), records); });
    o.observe(node, { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true, characterDataOldValue: true });
    observers.push(o);
  };
  window.__bench = {
    arm(rootSelector, watchSelectors) {
      for (const o of observers) o.disconnect();
      observers = [];
      watched = {};
      armed = true; byInput = false; start = performance.now(); last = start; count = 0; times = [];
      const root = document.querySelector(rootSelector);
      if (!root) throw new Error('bench probe: no ' + rootSelector);
      observe(root, (now, records) => { last = now; count++; if (times.length < 20) times.push(window.__benchDebug ? Math.round(now - start) + ' ' + describe(records) : now); });
      for (const sel of watchSelectors || []) {
        const node = document.querySelector(sel);
        if (node) observe(node, (now) => { if (watched[sel] === undefined) watched[sel] = now; });
      }
    },
    mark(name) { watched[name] = performance.now(); },
    settle(quietMs) {
      return new Promise((resolve) => {
        let frames = 0, firstFrame = 0;
        const check = () => {
          const now = performance.now();
          if (now - last >= quietMs) {
            for (const o of observers) o.disconnect();
            observers = [];
            armed = false;
            const marks = {};
            for (const k of Object.keys(watched)) marks[k] = watched[k] - start;
            resolve({ ms: (count > 0 ? last : firstFrame) - start, mutations: count, marks, startedByInput: byInput,
              mutationTimes: times.map((t) => typeof t === 'number' ? Math.round(t - start) : t) });
          } else setTimeout(check, Math.max(5, quietMs - (now - last)));
        };
        const frame = () => {
          if (frames++ === 0) firstFrame = performance.now();
          if (frames < 2) requestAnimationFrame(frame); else check();
        };
        requestAnimationFrame(frame);
      });
    },
  };
})();`;

/**
 * How long nothing may change before a render counts as settled. Longer than vis-timeline's
 * own 200 ms: after a non-animated setWindow it emits `rangechanged` 200 ms later, and apps
 * (Chronoscope included) redraw on it; a 100 ms window would stop the clock before that work.
 */
export const QUIET_MS = 250;

export interface Settled {
  /** Last mutation under the root − start (first animation frame when nothing mutated). */
  readonly ms: number;
  readonly mutations: number;
  /** First mutation of each watched selector (or named mark) − start. */
  readonly marks: Record<string, number>;
  readonly startedByInput: boolean;
  /** When the observer fired (ms after start, first 20): shows re-layouts after the first redraw. */
  readonly mutationTimes: readonly (number | string)[];
}

export interface TimedOut {
  readonly timedOut: true;
  readonly capMs: number;
}

export type Timed = Settled | TimedOut;

export const isTimedOut = (t: Timed): t is TimedOut => 'timedOut' in t;

export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE_SCRIPT);
}

class CapExceeded extends Error {}

/** Rejects with CapExceeded after `ms`; the timer never keeps Node alive. */
function deadline(ms: number): { promise: Promise<never>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CapExceeded()), ms);
  });
  promise.catch(() => undefined);
  return { promise, cancel: () => clearTimeout(timer) };
}

export interface MeasureOptions {
  readonly root?: string;
  readonly watch?: readonly string[];
  readonly quietMs?: number;
  readonly capMs: number;
  /** Resolves when the UI shows the action's result (e.g. the new title); awaited before settling. */
  readonly until?: () => Promise<unknown>;
}

/**
 * Arms the probe, performs `action` (real input through Playwright), waits for `until` and a
 * settled render. A hung page (raw vis-timeline laying out 100k items blocks its main thread
 * for minutes) cannot answer, so the cap is enforced here in Node: past it the result is
 * `{ timedOut }` and the caller must throw the page away.
 */
export async function measure(
  page: Page,
  action: () => Promise<unknown>,
  options: MeasureOptions,
): Promise<Timed> {
  const {
    root = '#timeline',
    watch = [],
    quietMs = Number(process.env.BENCH_QUIET_MS ?? QUIET_MS),
    capMs,
  } = options;
  const cap = deadline(capMs);
  try {
    await Promise.race([
      page.evaluate(([r, w]) => (window as unknown as BenchWindow).__bench.arm(r, w), [root, watch] as const),
      cap.promise,
    ]);
    await Promise.race([action(), cap.promise]);
    if (options.until) await Promise.race([options.until(), cap.promise]);
    return await Promise.race([
      page.evaluate((q) => (window as unknown as BenchWindow).__bench.settle(q), quietMs),
      cap.promise,
    ]);
  } catch (error) {
    if (error instanceof CapExceeded) return { timedOut: true, capMs };
    throw error;
  } finally {
    cap.cancel();
  }
}

interface BenchWindow {
  __bench: {
    arm(root: string, watch: readonly string[]): void;
    settle(quietMs: number): Promise<Settled>;
  };
}
