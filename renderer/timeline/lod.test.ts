import { describe, expect, it } from 'vitest';
import { buildEventIndex, queryWindow } from '../../core/event-index';
import { laneList } from '../../core/lanes';
import type { TimelineEvent } from '../../core/model';
import { generateSyntheticTimeline } from '../../core/synthetic';
import { CLUSTER_MAX, MAX_ITEMS, diffItems, isBand, planWindow } from './lod';
import { barExtent, paddedWindow } from './zoom-targets';

const big = buildEventIndex(generateSyntheticTimeline(5000, 7).events);
const all = new Uint8Array(big.size).fill(1);
const lanes = laneList(big, 'type', all);
const startMs = big.startMs[0]!;
const endMs = big.maxEndMs;

const day = (id: string, start: string): TimelineEvent => ({
  id,
  title: id,
  type: 'summit',
  start,
  precision: 'day',
  approximate: false,
  status: 'reported',
  actors: [],
  countries: [],
  sources: [],
  related: [],
  tags: [],
});

describe('planWindow', () => {
  it('aggregates a crowded window and never hands vis more than the cap', () => {
    const plan = planWindow(big, all, lanes.laneOf, startMs, endMs, 1200);
    expect(plan.mode).toBe('aggregate');
    expect(plan.items.length).toBeLessThanOrEqual(2 * MAX_ITEMS);
    const counted = plan.items.reduce((sum, i) => sum + (i.kind === 'aggregate' ? i.count : 1), 0);
    expect(counted).toBeGreaterThan(MAX_ITEMS);
    expect(plan.items.some((i) => i.kind === 'aggregate' && i.count > 1)).toBe(true);
  });

  it('shows individual events, with their lane, once the window is quiet', () => {
    const pos = Math.floor(big.size / 2);
    const from = big.startMs[pos]!;
    const plan = planWindow(big, all, lanes.laneOf, from, from + 3_600_000, 1200);
    expect(plan.mode).toBe('items');
    expect(plan.items.length).toBeLessThanOrEqual(MAX_ITEMS);
    const ev = plan.items.find((i) => i.kind === 'event' && i.pos === pos);
    expect(ev).toMatchObject({ lane: lanes.laneOf(pos) });
  });

  it('includes a margin of one window each side, and no further', () => {
    const index = buildEventIndex([day('near', '2021-03-05'), day('far', '2021-02-01')]);
    const mask = new Uint8Array(index.size).fill(1);
    // A one-week window starting 10 March: "near" is within a week before it, "far" is not.
    const from = Date.UTC(2021, 2, 10);
    const plan = planWindow(index, mask, () => 'summit', from, from + 7 * 86_400_000, 1200);
    expect(plan.items.map((i) => i.id)).toEqual(['near']);
  });

  it('respects the filter mask', () => {
    const mask = new Uint8Array(big.size);
    for (let p = 0; p < big.size; p += 50) mask[p] = 1;
    const plan = planWindow(big, mask, lanes.laneOf, startMs, endMs, 1200);
    expect(plan.mode).toBe('items');
    expect(plan.items.length).toBe(queryWindow(big, startMs, endMs, mask).length);
    for (const item of plan.items) if (item.kind === 'event') expect(mask[item.pos]).toBe(1);
  });

  it('marks eras and spans over five years as bands', () => {
    const small = buildEventIndex(generateSyntheticTimeline(400, 3).events);
    for (let pos = 0; pos < small.size; pos++) {
      const long = small.endMs[pos]! - small.startMs[pos]! > 5 * 365.25 * 86_400_000;
      expect(isBand(small, pos)).toBe(long || small.events[pos]!.type === 'era');
    }
  });
});

describe('planWindow on a quiet window', () => {
  it('turns a lane crowding one bucket into a count bar and keeps sparse lanes as items', () => {
    const crowd = Array.from({ length: CLUSTER_MAX + 2 }, (_, i) => day(`c${i}`, '2021-03-12'));
    const lone = { ...day('lone', '2021-03-12'), type: 'visit' as const };
    const index = buildEventIndex([...crowd, lone]);
    const mask = new Uint8Array(index.size).fill(1);
    const from = Date.UTC(2021, 0, 1);
    const plan = planWindow(index, mask, (p) => index.events[p]!.type, from, Date.UTC(2022, 0, 1), 1000);
    expect(plan.mode).toBe('mixed');
    const bars = plan.items.filter((i) => i.kind === 'aggregate');
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ lane: 'summit', count: crowd.length });
    expect(plan.items.filter((i) => i.kind === 'event').map((i) => i.id)).toEqual(['lone']);
  });

  it(`keeps up to ${CLUSTER_MAX} events of a lane bucket as individual items`, () => {
    const few = Array.from({ length: CLUSTER_MAX }, (_, i) => day(`f${i}`, '2021-03-12'));
    const index = buildEventIndex(few);
    const mask = new Uint8Array(index.size).fill(1);
    const plan = planWindow(index, mask, () => 'summit', Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1), 1000);
    expect(plan.mode).toBe('items');
    expect(plan.items.map((i) => i.id).sort()).toEqual(few.map((e) => e.id));
  });
});

describe('planWindow with a selection', () => {
  it('draws the pinned event itself even inside a count bar', () => {
    const crowd = Array.from({ length: CLUSTER_MAX + 2 }, (_, i) => day(`c${i}`, '2021-03-12'));
    const index = buildEventIndex(crowd);
    const mask = new Uint8Array(index.size).fill(1);
    const plan = planWindow(index, mask, () => 'summit', Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1), 1000, 2);
    expect(plan.items.filter((i) => i.kind === 'event').map((i) => i.id)).toEqual([index.events[2]!.id]);
    expect(plan.items.some((i) => i.kind === 'aggregate' && i.count === crowd.length)).toBe(true);
  });

  it('does not draw a pinned event that the filter hides', () => {
    const index = buildEventIndex(
      Array.from({ length: CLUSTER_MAX + 2 }, (_, i) => day(`c${i}`, '2021-03-12')),
    );
    const mask = new Uint8Array(index.size).fill(1);
    mask[2] = 0;
    const plan = planWindow(index, mask, () => 'summit', Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1), 1000, 2);
    expect(plan.items.some((i) => i.kind === 'event')).toBe(false);
  });
});

describe('diffItems', () => {
  it('adds new ids, updates changed keys, removes missing ids and keeps the rest', () => {
    const current = new Map([
      ['a', { key: 'k1' }],
      ['b', { key: 'k2' }],
      ['c', { key: 'k3' }],
    ]);
    const next = [
      { id: 'a', k: 'k1' },
      { id: 'b', k: 'changed' },
      { id: 'd', k: 'k4' },
    ];
    const diff = diffItems(current, next, (i) => i.k);
    expect(diff.add.map((i) => i.id)).toEqual(['d']);
    expect(diff.update.map((i) => i.id)).toEqual(['b']);
    expect(diff.remove).toEqual(['c']);
  });
});

describe('paddedWindow', () => {
  it('leaves the requested pixels free on each side of the extent', () => {
    const [start, end, width] = [Date.UTC(1910, 0, 1), Date.UTC(2025, 0, 1), 600];
    const w = paddedWindow(start, end, width, 20, 180);
    const msPerPx = (w.endMs - w.startMs) / width;
    expect((start - w.startMs) / msPerPx).toBeCloseTo(20, 6);
    expect((w.endMs - end) / msPerPx).toBeCloseTo(180, 6);
  });
});

describe('barExtent', () => {
  it('covers the events of the bar (its lane, shown ones), not the whole bucket', () => {
    const index = buildEventIndex([
      day('a', '2021-03-12'),
      day('b', '2024-07-25'),
      { ...day('other-lane', '2030-01-01'), type: 'visit' },
      day('hidden', '2040-01-01'),
    ]);
    const mask = Uint8Array.from(index.events, (e) => (e.id === 'hidden' ? 0 : 1));
    const laneOf = (p: number) => index.events[p]!.type;
    const bar = { lane: 'summit', startMs: Date.UTC(2000, 0, 1), endMs: Date.UTC(2100, 0, 1), firstPos: 0 };
    expect(barExtent(index, mask, laneOf, bar)).toEqual({
      startMs: Date.UTC(2021, 2, 12),
      endMs: Date.UTC(2024, 6, 26),
    });
  });
});
