import { describe, expect, it } from 'vitest';
import { buildEventIndex } from './event-index';
import { laneKeyFor, laneList, MISSING_LANE, OTHER_LANE, SINGLE_LANE } from './lanes';
import { EVENT_TYPES, TAXONOMY } from '../file-format/taxonomy';
import { generateSyntheticTimeline, seededRandom } from '../testing/synthetic';

const file = generateSyntheticTimeline(1500, 31);
const index = buildEventIndex(file.events);
const visible = Uint8Array.from({ length: index.size }, seededRandom(8)).map((v) => (v < 0.7 ? 1 : 0));
const shownCount = visible.reduce((s, v) => s + v, 0);

function countsByLane(laneOf: (pos: number) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let pos = 0; pos < index.size; pos++)
    if (visible[pos]) counts.set(laneOf(pos), (counts.get(laneOf(pos)) ?? 0) + 1);
  return counts;
}

describe('laneKeyFor', () => {
  it('uses the first country, the first actor, the type or one lane', () => {
    const event = { ...file.events[0]!, countries: [], actors: [], place: { name: 'Nowhere' } };
    expect(laneKeyFor(event, 'country')).toBe(MISSING_LANE);
    expect(laneKeyFor({ ...event, place: { name: 'Tokyo', country: 'JP' } }, 'country')).toBe('JP');
    expect(laneKeyFor({ ...event, countries: ['KR', 'JP'] }, 'country')).toBe('KR');
    expect(laneKeyFor({ ...event, actors: ['A', 'B'] }, 'actor')).toBe('A');
    expect(laneKeyFor(event, 'type')).toBe(event.type);
    expect(laneKeyFor(event, 'none')).toBe(SINGLE_LANE);
  });
});

describe('laneList', () => {
  it('lists types in taxonomy order with their labels and visible counts', () => {
    const { lanes, laneOf } = laneList(index, 'type', visible);
    const order = lanes.map((l) => EVENT_TYPES.indexOf(l.key as (typeof EVENT_TYPES)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const lane of lanes) expect(lane.label).toBe(TAXONOMY[lane.key as keyof typeof TAXONOMY].label);
    expect(new Map(lanes.map((l) => [l.key, l.count]))).toEqual(countsByLane(laneOf));
  });

  it('orders countries by frequency and agrees with laneKeyFor', () => {
    const { lanes, laneOf } = laneList(index, 'country', visible);
    for (let i = 1; i < lanes.length; i++)
      expect(lanes[i - 1]!.count).toBeGreaterThanOrEqual(lanes[i]!.count);
    for (let pos = 0; pos < index.size; pos++)
      expect(laneOf(pos)).toBe(laneKeyFor(index.events[pos]!, 'country'));
    expect(lanes.find((l) => l.key === 'JP')?.label).toBe('Japan');
  });

  it('caps actors and gathers the rest in an Other lane without losing events', () => {
    const { lanes, laneOf } = laneList(index, 'actor', visible, 5);
    expect(lanes).toHaveLength(5);
    expect(lanes[4]!.key).toBe(OTHER_LANE);
    expect(lanes[4]!.label).toBe('Other');
    expect(new Map(lanes.map((l) => [l.key, l.count]))).toEqual(countsByLane(laneOf));
    expect(lanes.reduce((s, l) => s + l.count, 0)).toBe(shownCount);
  });

  it('uses one lane in "none" mode', () => {
    const { lanes } = laneList(index, 'none', visible);
    expect(lanes).toEqual([{ key: SINGLE_LANE, label: 'Events', count: shownCount }]);
  });
});
