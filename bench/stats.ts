import { isTimedOut, type Timed } from './probe';

/** A step's summary: median and p95 of its samples, or the cap when any sample exceeded it. */
export type StepStats =
  | {
      readonly timedOut: false;
      readonly n: number;
      readonly median: number;
      readonly p95: number;
      readonly max: number;
    }
  | { readonly timedOut: true; readonly capMs: number; readonly completed: number };

/** Nearest-rank percentile: with three samples p95 is the worst one, which is what we want to see. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function summarize(samples: readonly Timed[]): StepStats {
  const out = samples.find(isTimedOut);
  const ms = samples.flatMap((s) => (isTimedOut(s) ? [] : [s.ms])).sort((a, b) => a - b);
  if (out) return { timedOut: true, capMs: out.capMs, completed: ms.length };
  return {
    timedOut: false,
    n: ms.length,
    median: percentile(ms, 0.5),
    p95: percentile(ms, 0.95),
    max: ms[ms.length - 1]!,
  };
}

/** Median of plain numbers (Node-side timings). */
export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}
