import { describe, expect, it } from 'vitest';
import { buildEventIndex, queryWindow } from '../index/event-index';
import { laneList } from '../index/lanes';
import type { TimelineEvent } from '../file-format/model';
import { generateSyntheticTimeline } from '../testing/synthetic';
import { testEvent } from '../testing/test-event';
import { CLUSTER_MAX, MAX_ITEMS, MAX_TINTS, planWindow } from './plan-window';

const big = buildEventIndex(generateSyntheticTimeline(5000, 7).events);
const all = new Uint8Array(big.size).fill(1);
const lanes = laneList(big, 'type', all);
const startMs = big.startMs[0]!;
const endMs = big.maxEndMs;

const day = (id: string, start: string): TimelineEvent => testEvent({ id, start });

describe('planWindow', () => {
  it('aggregates a crowded window and never hands vis more than the cap', () => {
    const plan = planWindow(big, all, lanes.laneOf, startMs, endMs, 1200);
    expect(plan.mode).toBe('aggregate');
    expect(plan.items.length).toBeLessThanOrEqual(2 * MAX_ITEMS);
    const counted = plan.bars.reduce((sum, b) => sum + b.count, 0);
    expect(counted).toBeGreaterThan(MAX_ITEMS);
    expect(plan.bars.every((b) => b.count > 1)).toBe(true);
    // Each lane with bars gets one row item that reserves their place in vis.
    const rows = plan.items.filter((i) => i.kind === 'row').map((i) => i.lane);
    expect(rows.sort()).toEqual([...new Set(plan.bars.map((b) => b.lane))].sort());
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
    expect(plan.bars).toHaveLength(1);
    expect(plan.bars[0]).toMatchObject({ lane: 'summit', count: crowd.length });
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

describe('era tints', () => {
  it(`tint the background for the ${MAX_TINTS} longest bands only`, () => {
    const era = (id: string, start: string, end: string): TimelineEvent => ({
      ...day(id, start),
      type: 'era',
      end,
      precision: 'year',
    });
    const index = buildEventIndex([
      era('short', '1950', '1960'),
      era('long', '1900', '2000'),
      era('mid', '1930', '1990'),
      era('mid2', '1940', '1985'),
    ]);
    const mask = new Uint8Array(index.size).fill(1);
    const plan = planWindow(index, mask, () => 'era', Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1), 800);
    const tinted = plan.items.filter((i) => i.kind === 'tint').map((i) => index.events[i.pos]!.id);
    expect(tinted.sort()).toEqual(['long', 'mid'].slice(0, MAX_TINTS).sort());
    expect(plan.items.filter((i) => i.kind === 'event')).toHaveLength(4);
  });
});

describe('count bars', () => {
  it('span their events, not their bucket', () => {
    const crowd = ['2021-03-12', '2022-05-01', '2024-07-25', '2023-01-09', '2021-06-30', '2022-02-02'];
    const index = buildEventIndex(crowd.map((d, i) => day(`c${i}`, d)));
    const mask = new Uint8Array(index.size).fill(1);
    // A century-wide window: the bucket is a decade or more, the events cover 2021–2024.
    const plan = planWindow(
      index,
      mask,
      () => 'summit',
      Date.UTC(1950, 0, 1),
      Date.UTC(2050, 0, 1),
      200,
      undefined,
      2,
    );
    expect(plan.bars).toHaveLength(1);
    expect(plan.bars[0]!.endMs - plan.bars[0]!.startMs).toBeGreaterThan(5 * 365 * 86_400_000);
    expect(plan.bars[0]).toMatchObject({ fromMs: Date.UTC(2021, 2, 12), toMs: Date.UTC(2024, 6, 26) });
  });

  it('leave out the events of other lanes and hidden ones from their extent', () => {
    const index = buildEventIndex([
      ...['2021-03-12', '2021-04-01', '2021-05-01'].map((d, i) => day(`s${i}`, d)),
      { ...day('visit', '2024-01-01'), type: 'visit' },
      day('hidden', '2024-06-01'),
    ]);
    const mask = Uint8Array.from(index.events, (e) => (e.id === 'hidden' ? 0 : 1));
    const laneOf = (p: number) => index.events[p]!.type;
    const plan = planWindow(
      index,
      mask,
      laneOf,
      Date.UTC(1950, 0, 1),
      Date.UTC(2050, 0, 1),
      200,
      undefined,
      2,
    );
    const summit = plan.bars.find((b) => b.lane === 'summit');
    expect(summit).toMatchObject({ count: 3, fromMs: Date.UTC(2021, 2, 12), toMs: Date.UTC(2021, 4, 2) });
  });
});

describe('planWindow with a selection', () => {
  it('draws the pinned event itself even inside a count bar', () => {
    const crowd = Array.from({ length: CLUSTER_MAX + 2 }, (_, i) => day(`c${i}`, '2021-03-12'));
    const index = buildEventIndex(crowd);
    const mask = new Uint8Array(index.size).fill(1);
    const plan = planWindow(index, mask, () => 'summit', Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1), 1000, 2);
    expect(plan.items.filter((i) => i.kind === 'event').map((i) => i.id)).toEqual([index.events[2]!.id]);
    expect(plan.bars.some((b) => b.count === crowd.length)).toBe(true);
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
