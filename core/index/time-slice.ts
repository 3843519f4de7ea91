/**
 * Long computations written once as generators of steps, run either to the end at once (tests,
 * workers, a search that needs the result now) or in short slices that give the event loop
 * back between them, so a window indexing 100k events keeps painting and answering input.
 * Each `yield` is a place where the work may pause and says how far it is (0..1).
 */
export type Steps<T> = Generator<number, T, void>;

/** Runs every step now: the same result as the sliced run, for callers that cannot wait. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** How long one slice may hold the thread; a frame is ~16 ms, so keep it well below. */
  readonly sliceMs?: number;
  /** Called between slices with the last fraction reported. */
  readonly onProgress?: (fraction: number) => void;
  /** Stops the work (the promise rejects with the signal's reason) at the next pause. */
  readonly signal?: AbortSignal;
  /** How to wait between slices; by default one turn of the event loop (e.g. idle time instead). */
  readonly pause?: () => Promise<void>;
}

const DEFAULT_SLICE_MS = 10;

/**
 * Gives the event loop one turn: a message to ourselves is a fresh task, so rendering, input
 * and timers queued meanwhile run first, without the 4 ms clamp of nested zero timeouts.
 * (`scheduler.yield` was tried: Chromium resumes its continuations ahead of rendering and
 * painted only every ~140 ms.)
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs the steps in slices of about `sliceMs`, yielding to the event loop between slices. */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  for (;;) {
    options.signal?.throwIfAborted();
    const deadline = performance.now() + sliceMs;
    let step = steps.next();
    while (!step.done && performance.now() < deadline) step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await (options.pause ?? yieldToEventLoop)();
  }
}

/** Re-reports a sub-computation's progress as the part [from, to] of a bigger one. */
export function* within<T>(steps: Steps<T>, from: number, to: number): Steps<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield from + (to - from) * step.value;
  }
}

/** Elements handled between two pauses: small enough for a few per slice, large enough to cost nothing. */
export const STEP_ITEMS = 2048;

/**
 * A stable merge sort in steps: the same order as Array.prototype.sort (also stable) for the
 * same comparator, but 100k elements no longer block the thread for one long sort call.
 * Sorts runs natively, then merges them pairwise, pausing every STEP_ITEMS elements.
 */
export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  const n = items.length;
  const run = STEP_ITEMS * 2;
  let merges = 0;
  for (let width = run; width < n; width *= 2) merges++;
  const total = n * (1 + merges) || 1;
  let done = 0;
  let source: T[] = [];
  for (let lo = 0; lo < n; lo += run) {
    source.push(...items.slice(lo, lo + run).sort(compare));
    done += Math.min(run, n - lo);
    yield done / total;
  }
  for (let width = run; width < n; width *= 2) {
    const target: T[] = new Array<T>(n);
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        target[k] =
          j >= hi || (i < mid && compare(source[i]!, source[j]!) <= 0) ? source[i++]! : source[j++]!;
        if (++done % STEP_ITEMS === 0) yield done / total;
      }
    }
    source = target;
  }
  return source;
}
