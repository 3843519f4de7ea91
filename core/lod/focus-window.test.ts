import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEventIndex, timeExtent } from '../index/event-index';
import { timelineFileSchema } from '../file-format/model';
import { parseIsoDate } from '../time/iso';
import { testEvent } from '../testing/test-event';
import { focusWindow } from './focus-window';

const ms = (iso: string) => parseIsoDate(iso)!.ms;
const days = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    testEvent({ id: `${prefix}${i}`, start: `2024-07-${String(10 + i).padStart(2, '0')}` }),
  );

describe('focusWindow', () => {
  it('leaves a long era and a lone outlier out of the first view', () => {
    const index = buildEventIndex([
      testEvent({ id: 'era', type: 'era', precision: 'year', start: '1910', end: '1945' }),
      testEvent({ id: 'outlier', start: '1990-05-01' }),
      ...days('d', 9),
    ]);
    const w = focusWindow(index, undefined)!;
    // 8 of the 10 dated events: the latest eight days, without 1990.
    expect(w.startMs).toBe(ms('2024-07-11'));
    expect(w.endMs).toBeLessThanOrEqual(ms('2024-07-19') + 86_400_000);
  });

  it('follows the filter: only shown events decide', () => {
    const index = buildEventIndex([...days('d', 5), testEvent({ id: 'x', start: '2001-01-01' })]);
    const mask = new Uint8Array(index.size);
    mask[0] = 1; // the 2001 event, first in time order
    expect(focusWindow(index, mask)).toEqual({ startMs: ms('2001-01-01'), endMs: ms('2001-01-02') });
    expect(focusWindow(index, new Uint8Array(index.size))).toBeUndefined();
  });

  it('shows the bands when they are all there is', () => {
    const index = buildEventIndex([
      testEvent({ id: 'era', type: 'era', precision: 'year', start: '1910', end: '1945' }),
    ]);
    expect(focusWindow(index, undefined)).toEqual({ startMs: ms('1910'), endMs: ms('1910') + 86_400_000 });
  });

  it('frames the bundled dataset on 2021–2024, not on 1910–2024', () => {
    const url = new URL('../../data/us-asia-diplomacy-2021-2024.chronoscope.json', import.meta.url);
    const file = timelineFileSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
    const index = buildEventIndex(file.events);
    const w = focusWindow(index, undefined)!;
    expect(timeExtent(index)!.startMs).toBe(ms('1910'));
    expect(w.startMs).toBeGreaterThanOrEqual(ms('2020-11'));
    expect(w.endMs).toBeLessThanOrEqual(ms('2024-09'));
  });
});
