import { describe, expect, it } from 'vitest';
import { floorToUnit } from '../time/calendar';
import { MAX_BUCKET_MS, type BucketUnit } from '../time/units';
import { buildEventIndex, type EventIndex } from '../index/event-index';
import { laneList } from '../index/lanes';
import { generateSyntheticTimeline, seededRandom } from '../testing/synthetic';
import { bruteWindow, randomVisible } from '../testing/brute-window';
import { aggregateLanes } from './aggregate';
import { BUCKET_PX, chooseBucketUnit, countBarUnit } from './bucket-unit';

const YEAR = 365.25 * 86_400_000;
const index = buildEventIndex(generateSyntheticTimeline(3000, 7).events);
const shownAll = (idx: EventIndex) => new Uint8Array(idx.size).fill(1);

/** Per lane and aligned bucket, the shown events no longer than a bucket that start in it. */
function bruteCounts(
  idx: EventIndex,
  mask: Uint8Array,
  laneOf: (pos: number) => string,
  from: number,
  to: number,
  unit: BucketUnit,
): Map<string, number> {
  const expected = new Map<string, number>();
  for (let pos = 0; pos < idx.size; pos++) {
    if (!mask[pos]) continue;
    const start = idx.startMs[pos]!;
    if (idx.endMs[pos]! - start > MAX_BUCKET_MS[unit]) continue;
    if (start < floorToUnit(from, unit) || floorToUnit(start, unit) >= to) continue;
    const key = `${laneOf(pos)}@${floorToUnit(start, unit)}`;
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  return expected;
}

describe('aggregateLanes', () => {
  const laneOf = (pos: number) => index.events[pos]!.type;

  it('counts short events per lane and aligned bucket like a brute-force pass, and returns long ones apart', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 60; round++) {
      const from = index.startMs[0]! + random() * 100 * YEAR;
      const to = from + random() * 30 * YEAR;
      const visible = round % 2 ? randomVisible(random, index.size) : shownAll(index);
      const unit = countBarUnit(from, to, 40 * BUCKET_PX);
      const { buckets, long } = aggregateLanes(index, visible, laneOf, from, to, unit);
      const maxShort = MAX_BUCKET_MS[unit];
      const got = new Map(buckets.map((b) => [`${b.lane}@${b.startMs}`, b.count]));
      expect(got).toEqual(bruteCounts(index, visible, laneOf, from, to, unit));
      for (const b of buckets) {
        expect(floorToUnit(b.startMs, unit)).toBe(b.startMs);
        expect(laneOf(b.firstPos)).toBe(b.lane);
        expect(floorToUnit(index.startMs[b.firstPos]!, unit)).toBe(b.startMs);
      }
      const expectedLong = bruteWindow(index, from, to, visible).filter(
        (pos) => index.endMs[pos]! - index.startMs[pos]! > maxShort,
      );
      expect(long).toEqual(expectedLong);
    }
  });

  it('keeps bucket boundaries and counts while panning', () => {
    const from = Date.UTC(1960, 3, 7);
    const width = 20 * BUCKET_PX;
    const mask = shownAll(index);
    const at = (start: number) =>
      aggregateLanes(
        index,
        mask,
        laneOf,
        start,
        start + 20 * YEAR,
        countBarUnit(start, start + 20 * YEAR, width),
      );
    const a = at(from);
    const b = at(from + 0.3 * YEAR);
    expect(a.unit).toBe(b.unit);
    const inA = new Map(a.buckets.map((x) => [`${x.lane}@${x.startMs}`, x.count]));
    const shared = b.buckets.filter((x) => inA.has(`${x.lane}@${x.startMs}`));
    expect(shared.length).toBeGreaterThan(0);
    for (const x of shared) expect(x.count).toBe(inA.get(`${x.lane}@${x.startMs}`));
  });

  it('handles an empty index', () => {
    const empty = buildEventIndex([]);
    expect(aggregateLanes(empty, shownAll(empty), () => 'x', 0, 1e12, 'century').buckets).toEqual([]);
  });

  const other = buildEventIndex(generateSyntheticTimeline(3000, 11).events);
  const mid = other.startMs[Math.floor(other.size / 2)]!;
  const windows: [string, number, number][] = [
    ['century', Date.UTC(1900, 0, 1), Date.UTC(2030, 0, 1)],
    ['decade', mid - 5 * YEAR, mid + 5 * YEAR],
    ['month', mid - YEAR / 24, mid + YEAR / 24],
    ['day', mid - 43_200_000, mid + 43_200_000],
  ];
  for (const mode of ['type', 'country'] as const) {
    for (const [name, from, to] of windows) {
      it(`counts what a brute-force pass counts (${mode} lanes, ${name} window, filtered)`, () => {
        const mask = Uint8Array.from(other.events, (_, pos) => (pos % 3 === 0 ? 0 : 1));
        const { laneOf: lanes } = laneList(other, mode, mask);
        const unit = countBarUnit(from, to, 40 * BUCKET_PX);
        const ours = aggregateLanes(other, mask, lanes, from, to, unit);
        expect(ours.unit).toBe(unit);
        const got = new Map(ours.buckets.map((b) => [`${b.lane}@${b.startMs}`, b.count]));
        expect(got).toEqual(bruteCounts(other, mask, lanes, from, to, unit));
        const long = bruteWindow(other, from, to, mask).filter(
          (pos) => other.endMs[pos]! - other.startMs[pos]! > MAX_BUCKET_MS[unit],
        );
        expect([...ours.long].sort((a, b) => a - b)).toEqual(long);
        const short = bruteWindow(other, from, to, mask).filter(
          (pos) =>
            other.startMs[pos]! >= from && other.endMs[pos]! - other.startMs[pos]! <= MAX_BUCKET_MS[unit],
        );
        expect(ours.count).toBe(short.length + long.length);
      });
    }
  }
});

describe('chooseBucketUnit', () => {
  const perPx = (years: number, px: number) => (years * YEAR) / px;
  it('keeps 25 px decades rather than 250 px centuries (a century on a narrow panel)', () => {
    expect(chooseBucketUnit(perPx(120, 300))).toBe('decade');
    expect(chooseBucketUnit(perPx(120, 300), 30)).toBe('century');
  });
  it('otherwise takes the finest unit at least 48 px wide', () => {
    expect(chooseBucketUnit(perPx(300, 500))).toBe('century'); // 167 px; decades 17 px
    expect(chooseBucketUnit(perPx(12, 500))).toBe('year'); // 42 px, as decades would be 417 px
    expect(chooseBucketUnit(perPx(30 / 365.25, 500))).toBe('week'); // a month: 117 px weeks
  });
  it('with minPx = idealPx, picks the finest unit at which a given number of buckets covers the span', () => {
    const forBuckets = (spanMs: number, count: number) =>
      chooseBucketUnit(spanMs / (count * BUCKET_PX), BUCKET_PX, BUCKET_PX);
    expect(forBuckets(90 * YEAR, 100)).toBe('year');
    expect(forBuckets(90 * YEAR, 10)).toBe('decade');
    expect(forBuckets(0.9 * YEAR, 12)).toBe('month');
    expect(forBuckets(2.9 * YEAR, 12)).toBe('quarter');
    expect(forBuckets(86_400_000, 24)).toBe('hour');
  });
});

describe('scale (informational, no timed assertion)', () => {
  it('aggregates 100k synthetic events over a century', () => {
    const big = buildEventIndex(generateSyntheticTimeline(100_000, 1).events);
    const laneOf = (p: number) => big.events[p]!.type;
    const mask = shownAll(big);
    const from = Date.UTC(1900, 0, 1);
    const to = Date.UTC(2026, 0, 1);
    let t = performance.now();
    const first = aggregateLanes(big, mask, laneOf, from, to, countBarUnit(from, to, 100 * BUCKET_PX));
    const cold = performance.now() - t;
    t = performance.now();
    aggregateLanes(big, mask, laneOf, from + YEAR, to + YEAR, first.unit);
    const warm = performance.now() - t;
    console.log(
      `100k: century aggregate ${cold.toFixed(1)} ms cold (lanes built), ${warm.toFixed(2)} ms panned`,
    );
    expect(first.buckets.reduce((s, b) => s + b.count, 0) + first.long.length).toBeLessThanOrEqual(100_000);
  });
});
