import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../file-format/model';
import {
  buildEventIndex,
  buildEventIndexAsync,
  countWindow,
  nextEvent,
  queryWindow,
  timeExtent,
} from './event-index';
import { generateSyntheticTimeline, seededRandom } from '../testing/synthetic';
import { testEvent } from '../testing/test-event';
import { bruteWindow, randomVisible } from '../testing/brute-window';

const YEAR = 365.25 * 86_400_000;

function event(
  id: string,
  start: string,
  end?: string,
  precision: TimelineEvent['precision'] = 'day',
): TimelineEvent {
  return testEvent({ id, type: 'statement', start, ...(end === undefined ? {} : { end }), precision });
}

const file = generateSyntheticTimeline(3000, 7);
const index = buildEventIndex(file.events);

describe('buildEventIndex', () => {
  it('orders positions by start, then end, then id, and skips unparsable dates', () => {
    const idx = buildEventIndex([
      event('b', '2020-01-02'),
      event('a', '2020-01-02'),
      event('bad', '2020-02-30'),
      event('long', '2020-01-02', '2020-01-05'),
      event('first', '2019-12-31'),
    ]);
    expect(idx.events.map((e) => e.id)).toEqual(['first', 'a', 'b', 'long']);
    expect(idx.positionById.get('long')).toBe(3);
    expect(idx.positionById.has('bad')).toBe(false);
  });

  it('keeps every valid synthetic event in non-decreasing start order', () => {
    expect(index.size).toBe(file.events.length);
    for (let pos = 1; pos < index.size; pos++)
      expect(index.startMs[pos]!).toBeGreaterThanOrEqual(index.startMs[pos - 1]!);
  });
});

describe('buildEventIndexAsync', () => {
  // Large enough for several merge passes of the stepped sort.
  const big = generateSyntheticTimeline(20_000, 11);

  it('builds exactly the index buildEventIndex builds, pausing and reporting progress', async () => {
    const fractions: number[] = [];
    const sliced = await buildEventIndexAsync(big.events, {
      sliceMs: 1,
      onProgress: (f) => fractions.push(f),
    });
    const { positionById: slicedLookup, ...slicedData } = sliced;
    const { positionById: lookup, ...data } = buildEventIndex(big.events);
    expect(slicedData).toEqual(data);
    expect(sliced.events.map((e) => slicedLookup.get(e.id))).toEqual(
      sliced.events.map((e) => lookup.get(e.id)),
    );
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it('orders events as a plain sort by start, end and id does', () => {
    const idx = buildEventIndex(big.events);
    const byKey = idx.events.map((e, pos) => ({ id: e.id, start: idx.startMs[pos]!, end: idx.endMs[pos]! }));
    const expected = [...byKey].sort(
      (a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    expect(byKey).toEqual(expected);
  });

  it('can be abandoned, e.g. when another file is opened meanwhile', async () => {
    const controller = new AbortController();
    controller.abort(new Error('another file'));
    await expect(buildEventIndexAsync(big.events, { signal: controller.signal })).rejects.toThrow(
      'another file',
    );
  });
});

describe('queryWindow and countWindow', () => {
  it('match a brute-force scan on random windows, filtered or not', () => {
    const random = seededRandom(42);
    const first = index.startMs[0]!;
    const span = index.maxEndMs - first;
    for (let round = 0; round < 300; round++) {
      const from = first - YEAR + random() * (span + 2 * YEAR);
      const width = [0, 3_600_000, 86_400_000 * 30, YEAR * 5, span][round % 5]! * random();
      const visible = round % 2 ? randomVisible(random, index.size) : undefined;
      const expected = bruteWindow(index, from, from + width, visible);
      expect(queryWindow(index, from, from + width, visible)).toEqual(expected);
      expect(countWindow(index, from, from + width, visible)).toBe(expected.length);
    }
  });

  it('handle an empty index', () => {
    const empty = buildEventIndex([]);
    expect(queryWindow(empty, 0, 1e12)).toEqual([]);
    expect(countWindow(empty, 0, 1e12)).toBe(0);
    expect(timeExtent(empty)).toBeUndefined();
    expect(nextEvent(empty, undefined, 1)).toBeUndefined();
  });

  it('treat a zero-width window as the instant, and find eras spanning the window', () => {
    const idx = buildEventIndex([
      event('era', '1900', '1990', 'year'),
      event('day', '1950-06-25'),
      event('later', '1950-06-26'),
    ]);
    const noon = Date.UTC(1950, 5, 25, 12);
    expect(queryWindow(idx, noon, noon).map((p) => idx.events[p]!.id)).toEqual(['era', 'day']);
    expect(countWindow(idx, noon, noon)).toBe(2);
    // The window end is exclusive: "later" starts exactly at it.
    expect(queryWindow(idx, noon, Date.UTC(1950, 5, 26)).map((p) => idx.events[p]!.id)).toEqual([
      'era',
      'day',
    ]);
    expect(
      queryWindow(idx, Date.UTC(1970, 0, 1), Date.UTC(1971, 0, 1)).map((p) => idx.events[p]!.id),
    ).toEqual(['era']);
  });
});

describe('nextEvent and timeExtent', () => {
  it('walk visible events in time order', () => {
    const visible = randomVisible(seededRandom(5), index.size);
    const shown = bruteWindow(index, -Infinity, Infinity, visible);
    const walked: number[] = [];
    for (
      let p = nextEvent(index, undefined, 1, visible);
      p !== undefined;
      p = nextEvent(index, p, 1, visible)
    )
      walked.push(p);
    expect(walked).toEqual(shown);
    expect(nextEvent(index, undefined, -1, visible)).toBe(shown[shown.length - 1]);
    expect(nextEvent(index, shown[3], -1, visible)).toBe(shown[2]);
    expect(nextEvent(index, index.size - 1, 1)).toBeUndefined();
  });

  it('covers the visible events', () => {
    const visible = randomVisible(seededRandom(6), index.size);
    const shown = bruteWindow(index, -Infinity, Infinity, visible);
    expect(timeExtent(index, visible)).toEqual({
      startMs: Math.min(...shown.map((p) => index.startMs[p]!)),
      endMs: Math.max(...shown.map((p) => index.endMs[p]!)),
    });
    expect(timeExtent(index, new Uint8Array(index.size))).toBeUndefined();
    expect(timeExtent(index)?.endMs).toBe(Math.max(...index.endMs));
  });
});

describe('scale (informational, no timed assertion)', () => {
  it('indexes 100k synthetic events', () => {
    const big = generateSyntheticTimeline(100_000, 1);
    let t = performance.now();
    const idx = buildEventIndex(big.events);
    const built = performance.now() - t;
    t = performance.now();
    let total = 0;
    for (let i = 0; i < 100; i++)
      total += queryWindow(idx, Date.UTC(1960 + (i % 50), 0, 1), Date.UTC(1961 + (i % 50), 0, 1)).length;
    const queried = (performance.now() - t) / 100;
    console.log(`100k: build ${built.toFixed(0)} ms, 1-year window ${queried.toFixed(2)} ms`);
    expect(idx.size).toBe(100_000);
    expect(total).toBeGreaterThan(0);
  });
});
