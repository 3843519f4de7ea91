import { describe, expect, it } from 'vitest';
import { buildEventIndex, eventCountries } from './event-index';
import { applyFilter, emptyFilter, facetValues, isFilterActive, type FilterState } from './filter';
import { EVENT_TYPES } from '../file-format/taxonomy';
import { STATUSES } from '../file-format/model';
import { generateSyntheticTimeline, seededRandom } from '../testing/synthetic';

const index = buildEventIndex(generateSyntheticTimeline(2000, 21).events);
const { countries, actors } = facetValues(index);

function someOf<T>(random: () => number, all: readonly T[]): T[] {
  return random() < 0.4 ? [] : all.filter(() => random() < 0.3);
}

describe('applyFilter', () => {
  it('shows everything for the empty filter', () => {
    expect(isFilterActive(emptyFilter())).toBe(false);
    expect([...applyFilter(index, emptyFilter())].every((v) => v === 1)).toBe(true);
  });

  it('matches a brute-force predicate on random filters', () => {
    const random = seededRandom(4);
    for (let round = 0; round < 100; round++) {
      const filter: FilterState = {
        types: someOf(random, EVENT_TYPES),
        countries: someOf(
          random,
          countries.map((c) => c.value),
        ),
        actors: someOf(
          random,
          actors.map((a) => a.value),
        ),
        statuses: someOf(random, STATUSES),
        ...(random() < 0.5 ? { fromMs: Date.UTC(1900 + Math.floor(random() * 120), 0, 1) } : {}),
        ...(random() < 0.5 ? { toMs: Date.UTC(1950 + Math.floor(random() * 80), 0, 1) } : {}),
      };
      const visible = applyFilter(index, filter);
      index.events.forEach((event, pos) => {
        const shown =
          (filter.types.length === 0 || filter.types.includes(event.type)) &&
          (filter.statuses.length === 0 || filter.statuses.includes(event.status)) &&
          (filter.countries.length === 0 ||
            eventCountries(event).some((c) => filter.countries.includes(c))) &&
          (filter.actors.length === 0 || event.actors.some((a) => filter.actors.includes(a))) &&
          index.endMs[pos]! > (filter.fromMs ?? -Infinity) &&
          index.startMs[pos]! < (filter.toMs ?? Infinity);
        expect(visible[pos], event.id).toBe(shown ? 1 : 0);
      });
      expect(isFilterActive(filter)).toBe(
        [filter.types, filter.countries, filter.actors, filter.statuses].some((l) => l.length > 0) ||
          filter.fromMs !== undefined ||
          filter.toMs !== undefined,
      );
    }
  });

  it('hides everything when a chosen value does not exist', () => {
    expect([...applyFilter(index, { ...emptyFilter(), countries: ['ZZ'] })].some((v) => v === 1)).toBe(false);
  });
});

describe('facetValues', () => {
  it('counts each value once per event, most frequent first', () => {
    for (const facet of [countries, actors]) {
      for (let i = 1; i < facet.length; i++)
        expect(facet[i - 1]!.count).toBeGreaterThanOrEqual(facet[i]!.count);
    }
    for (const { value, count } of countries) {
      expect(count).toBe(index.events.filter((e) => eventCountries(e).includes(value)).length);
    }
    for (const { value, count } of actors)
      expect(count).toBe(index.events.filter((e) => e.actors.includes(value)).length);
  });
});
