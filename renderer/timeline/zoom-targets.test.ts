import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../core/index/event-index';
import type { TimelineEvent } from '../../core/file-format/model';
import { testEvent } from '../../core/testing/test-event';
import { barExtent, paddedWindow } from './zoom-targets';

const day = (id: string, start: string): TimelineEvent => testEvent({ id, start });

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
