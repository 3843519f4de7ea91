import { describe, expect, it } from 'vitest';
import { runSliced, runToEnd, sortInSteps, within, STEP_ITEMS, type Steps } from './time-slice';
import { seededRandom } from '../testing/synthetic';

function* counter(n: number): Steps<number> {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += i;
    yield i / n;
  }
  return sum;
}

describe('sortInSteps', () => {
  it('gives the same order as the native stable sort, ties included, across several merges', () => {
    const random = seededRandom(3);
    const n = STEP_ITEMS * 9 + 17;
    const items = Array.from({ length: n }, (_, i) => ({ key: Math.floor(random() * 500), i }));
    const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const expected = [...items].sort(compare);
    expect(runToEnd(sortInSteps(items, compare))).toEqual(expected);
  });

  it('handles empty and single-run inputs and leaves the input untouched', () => {
    expect(runToEnd(sortInSteps([], (a: number, b: number) => a - b))).toEqual([]);
    const input = [3, 1, 2];
    expect(runToEnd(sortInSteps(input, (a, b) => a - b))).toEqual([1, 2, 3]);
    expect(input).toEqual([3, 1, 2]);
  });

  it('reports progress that never goes back and stays within 0..1', () => {
    const items = Array.from({ length: STEP_ITEMS * 5 }, (_, i) => (i * 7919) % 1000);
    const steps = sortInSteps(items, (a, b) => a - b);
    let last = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) {
      expect(step.value).toBeGreaterThanOrEqual(last);
      expect(step.value).toBeLessThanOrEqual(1);
      last = step.value;
    }
    expect(last).toBeGreaterThan(0.5);
  });
});

describe('runSliced', () => {
  it('returns what runToEnd returns, reporting progress between slices', async () => {
    const fractions: number[] = [];
    const result = await runSliced(counter(300), { sliceMs: 0, onProgress: (f) => fractions.push(f) });
    expect(result).toBe(runToEnd(counter(300)));
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('gives the event loop a turn between slices', async () => {
    // A timer queued before the run must fire while it is still running; how many steps that
    // takes depends on the machine's load, so the work runs until it sees the tick (or gives up).
    let ticked = false;
    const timer = setTimeout(() => (ticked = true), 0);
    function* untilTicked(limit: number): Steps<number> {
      for (let step = 0; step < limit; step++) {
        if (ticked) return step;
        yield step / limit;
      }
      return -1;
    }
    const stepsBeforeTick = await runSliced(untilTicked(200_000), { sliceMs: 0 });
    clearTimeout(timer);
    expect(stepsBeforeTick).toBeGreaterThan(0);
  });

  it('stops at the next pause when aborted', async () => {
    const controller = new AbortController();
    const run = runSliced(counter(1_000_000), {
      sliceMs: 0,
      signal: controller.signal,
      onProgress: () => controller.abort(new Error('superseded')),
    });
    await expect(run).rejects.toThrow('superseded');
  });
});

describe('within', () => {
  it('maps progress into the given range and passes the result through', () => {
    const steps = within(counter(4), 0.5, 1);
    const seen: number[] = [];
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        expect(step.value).toBe(6);
        break;
      }
      seen.push(step.value);
    }
    expect(seen).toEqual([0.5, 0.625, 0.75, 0.875]);
  });
});
