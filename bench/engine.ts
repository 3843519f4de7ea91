import type { Page } from 'playwright-core';
import { heapAfterGcMB } from './cdp';
import { isTimedOut, type Settled, type Timed } from './probe';
import { Recorder, runFilterSteps, runZoomSequence } from './sequence';

export type EngineName = 'chronoscope' | 'raw' | 'raw-cluster';

/** Everything measured for one engine at one size. */
export interface EngineRun {
  readonly engine: EngineName;
  readonly n: number;
  readonly samples: Record<string, Timed[]>;
  readonly heapMB: Record<string, number>;
  readonly timedOutAt?: string;
  readonly notes: string[];
  readonly chromium?: string;
  readonly profileTop?: string[];
}

export const LOAD_READ = 'load: read file';
export const LOAD_RENDER = 'load: first render after read';
export const LOAD_TOTAL = 'load: total';

/** Splits one timed open into read / render / total using the probe's "fileRead" mark. */
export function recordLoad(recorder: Recorder, timed: Timed): boolean {
  if (isTimedOut(timed)) return recorder.record(LOAD_TOTAL, timed);
  const read = timed.marks.fileRead;
  const part = (ms: number): Settled => ({ ...timed, ms, marks: {} });
  if (read !== undefined) {
    recorder.record(LOAD_READ, part(read));
    recorder.record(LOAD_RENDER, part(timed.ms - read));
  }
  return recorder.record(LOAD_TOTAL, timed);
}

/** The part every engine shares after its first render: the zoom walk and the filter, `reps` times, then the heap. */
export async function runInteractions(
  page: Page,
  recorder: Recorder,
  reps: number,
  capMs: number,
  heapMB: Record<string, number>,
  extra?: (rep: number) => Promise<void>,
): Promise<void> {
  for (let rep = 0; rep < reps && recorder.alive; rep++) {
    await runZoomSequence(page, recorder, capMs);
    if (recorder.alive) await runFilterSteps(page, recorder, capMs);
    if (recorder.alive && extra) await extra(rep);
  }
  if (recorder.alive) heapMB['after interactions'] = await heapAfterGcMB(page);
}
