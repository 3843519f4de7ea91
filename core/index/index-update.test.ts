import { describe, expect, it } from 'vitest';
import { buildEventIndex, type EventIndex, type InternedLists } from './event-index';
import { facetValues } from './filter';
import { updateIndex } from './index-update';
import { prepareSearch, searchEvents } from './search';
import type { TimelineEvent } from '../file-format/model';
import { generateSyntheticTimeline, seededRandom } from '../testing/synthetic';

const namesAt = (lists: InternedLists, pos: number) =>
  [...lists.values.subarray(lists.offsets[pos]!, lists.offsets[pos + 1]!)].map((code) => lists.names[code]);

/** Everything a query can observe, independent of how names happen to be numbered. */
function observable(index: EventIndex) {
  const positions = index.events.map((e) => index.positionById.get(e.id));
  return {
    ids: index.events.map((e) => e.id),
    positions,
    startMs: [...index.startMs],
    endMs: [...index.endMs],
    typeCode: [...index.typeCode],
    statusCode: [...index.statusCode],
    countries: index.events.map((_, pos) => namesAt(index.countries, pos)),
    actors: index.events.map((_, pos) => namesAt(index.actors, pos)),
    maxEndMs: index.maxEndMs,
    durationClasses: index.durationClasses.map((c) => ({
      maxDurationMs: c.maxDurationMs,
      starts: [...c.starts],
      positions: [...c.positions],
    })),
    facets: facetValues(index),
  };
}

describe('updateIndex', () => {
  it('gives what a full build of the edited events gives, edit after edit', () => {
    const random = seededRandom(11);
    const pool = generateSyntheticTimeline(3000, 5).events;
    let events: TimelineEvent[] = pool.slice(0, 1500);
    const spare = pool.slice(1500);
    let index = buildEventIndex(events);
    prepareSearch(index); // so each edit carries the search text over instead of folding anew
    const queries = ['tokyo', 'summit', 'a', 'e m', 'ev-0012'];
    for (let round = 0; round < 40; round++) {
      const removed = events.filter(() => random() < 0.004);
      // Moves and retypes keep the id: the old record goes, the new one comes.
      const changed = events
        .filter((e) => !removed.includes(e) && random() < 0.003)
        .map((e) => ({
          ...e,
          type: random() < 0.5 ? ('death' as const) : e.type,
          start: spare[0]!.start,
          end: spare[0]!.end,
          precision: spare[0]!.precision,
        }));
      const fresh = spare.splice(0, Math.floor(random() * 4));
      const gone = [...removed, ...events.filter((e) => changed.some((c) => c.id === e.id))];
      events = [...events.filter((e) => !gone.includes(e)), ...changed, ...fresh];
      index = updateIndex(index, gone, [...changed, ...fresh]);
      const rebuilt = buildEventIndex(events);
      expect(observable(index)).toEqual(observable(rebuilt));
      for (const query of queries)
        expect(searchEvents(index, query), query).toEqual(searchEvents(rebuilt, query));
    }
    expect(prepareSearch(index).length).toBeGreaterThan(1); // the carried text, in slices
  });

  it('finds no position for a deleted id and one for an added id', () => {
    const events = generateSyntheticTimeline(200, 2).events;
    const index = updateIndex(buildEventIndex(events), [events[10]!], [{ ...events[10]!, id: 'new-one' }]);
    expect(index.positionById.has(events[10]!.id)).toBe(false);
    const pos = index.positionById.get('new-one');
    expect(index.events[pos!]!.id).toBe('new-one');
    expect(index.size).toBe(200);
  });

  it('drops a country no event names any more from the facet list', () => {
    const events = generateSyntheticTimeline(50, 3).events.map((e) => ({
      ...e,
      countries: ['FR'],
      place: undefined,
    }));
    const loner = { ...events[0]!, id: 'loner', countries: ['IS'], place: undefined };
    const index = updateIndex(buildEventIndex([...events, loner]), [loner], []);
    expect(facetValues(index).countries.map((c) => c.value)).toEqual(['FR']);
  });
});
