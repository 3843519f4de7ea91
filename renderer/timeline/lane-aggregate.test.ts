import { describe, expect, it } from 'vitest';
import { aggregate, buildEventIndex } from '../../core/event-index';
import { laneList } from '../../core/lanes';
import { generateSyntheticTimeline } from '../../core/synthetic';
import { chooseBucketUnit } from '../../core/calendar-buckets';
import { aggregateLanes, unitForWidth } from './lane-aggregate';

const index = buildEventIndex(generateSyntheticTimeline(3000, 11).events);
const YEAR = 365.25 * 86_400_000;
const mid = index.startMs[Math.floor(index.size / 2)]!;
const windows: [string, number, number][] = [
  ['century', Date.UTC(1900, 0, 1), Date.UTC(2030, 0, 1)],
  ['decade', mid - 5 * YEAR, mid + 5 * YEAR],
  ['month', mid - YEAR / 24, mid + YEAR / 24],
  ['day', mid - 43_200_000, mid + 43_200_000],
];

describe('aggregateLanes', () => {
  for (const mode of ['type', 'country'] as const) {
    for (const [name, from, to] of windows) {
      it(`counts what core aggregate counts (${mode} lanes, ${name} window, filtered)`, () => {
        const mask = Uint8Array.from(index.events, (_, pos) => (pos % 3 === 0 ? 0 : 1));
        const { laneOf } = laneList(index, mode, mask);
        const ours = aggregateLanes(index, mask, laneOf, from, to, chooseBucketUnit(to - from, 40));
        const core = aggregate(index, from, to, 40, laneOf, mask);
        expect(ours.unit).toBe(core.unit);
        const sorted = (b: typeof core.buckets) =>
          [...b].sort((x, y) => (x.lane < y.lane ? -1 : x.lane > y.lane ? 1 : x.startMs - y.startMs));
        expect(sorted(ours.buckets)).toEqual(sorted(core.buckets));
        expect([...ours.long].sort((a, b) => a - b)).toEqual([...core.long].sort((a, b) => a - b));
      });
    }
  }
});

describe('unitForWidth', () => {
  const perPx = (years: number, px: number) => (years * YEAR) / px;
  it('keeps 25 px decades rather than 250 px centuries (a century on a narrow panel)', () => {
    expect(unitForWidth(perPx(120, 300))).toBe('decade');
    expect(unitForWidth(perPx(120, 300), 30)).toBe('century');
  });
  it('otherwise takes the finest unit at least 48 px wide', () => {
    expect(unitForWidth(perPx(300, 500))).toBe('century'); // 167 px; decades 17 px
    expect(unitForWidth(perPx(12, 500))).toBe('year'); // 42 px, as decades would be 417 px
    expect(unitForWidth(perPx(30 / 365.25, 500))).toBe('week'); // a month: 117 px weeks
  });
});
