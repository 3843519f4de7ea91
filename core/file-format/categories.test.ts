import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../index/event-index';
import { laneList } from '../index/lanes';
import { applyFilter, emptyFilter } from '../index/filter';
import { assignColors, categoryInfo, stableColor } from './categories';
import { testEvent } from '../testing/test-event';
import { validateTimelineText } from './validate';

const event = (id: string, type: string) => ({
  id,
  title: id,
  type,
  start: '2021',
  precision: 'year' as const,
  status: 'reported' as const,
});

describe('open categories', () => {
  it('accepts a declared category and rejects an undeclared type', () => {
    const ok = validateTimelineText(
      JSON.stringify({
        title: 'T',
        categories: [{ id: 'science', label: 'Science', color: '#112233' }],
        events: [event('a', 'science'), event('b', 'summit')],
      }),
      'f.json',
    );
    expect(ok.ok).toBe(true);
    const bad = validateTimelineText(
      JSON.stringify({ title: 'T', events: [event('a', 'sciense')] }),
      'f.json',
    );
    expect(!bad.ok && bad.problems.map((p) => p.rule)).toEqual(['unknown-type']);
  });

  it('resolves labels and colours: declared first, then the taxonomy', () => {
    expect(categoryInfo('science', [{ id: 'science', label: 'Science', color: '#112233' }])).toEqual({
      id: 'science',
      label: 'Science',
      color: '#112233',
    });
    expect(categoryInfo('summit').label).toBe('Summit');
    expect(categoryInfo('x').color).toBe(stableColor('x'));
  });

  it('gives distinct colours while the palette lasts', () => {
    const colors = assignColors(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(new Set(colors).size).toBe(8);
    expect(assignColors(['a', 'b'])).toEqual(assignColors(['a', 'b']));
  });

  it('gives declared categories lanes and filters like built-in types', () => {
    const declared = [{ id: 'science', label: 'Science' }];
    const index = buildEventIndex(
      [event('a', 'science'), event('b', 'summit'), event('c', 'science')].map(testEvent),
      declared,
    );
    const lanes = laneList(index, 'type').lanes.map((l) => `${l.label}:${l.count}`);
    expect(lanes).toEqual(['Summit:1', 'Science:2']);
    const visible = applyFilter(index, { ...emptyFilter(), types: ['science'] });
    expect([...visible].reduce((a, b) => a + b, 0)).toBe(2);
  });
});
