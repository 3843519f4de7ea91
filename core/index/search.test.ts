import { describe, expect, it } from 'vitest';
import { buildEventIndex } from './event-index';
import {
  foldForSearch,
  highlightRanges,
  prepareSearch,
  prepareSearchInSlices,
  searchEvents,
  searchTerms,
} from './search';
import { generateSyntheticTimeline, seededRandom } from '../testing/synthetic';

const file = generateSyntheticTimeline(2000, 11);
const index = buildEventIndex(file.events);

/** Reference: fold each field separately and test every term with includes. */
function bruteSearch(query: string, visible?: Uint8Array): number[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  return index.events.flatMap((event, pos) => {
    if (visible && !visible[pos]) return [];
    const fields = [
      event.title,
      event.summary ?? '',
      ...event.actors,
      event.place?.name ?? '',
      event.place?.country ?? '',
    ];
    const text = [...fields, ...event.countries, ...event.sources.map((s) => s.excerpt), ...event.tags]
      .map(foldForSearch)
      .join('\n');
    return terms.every((term) => text.includes(term)) ? [pos] : [];
  });
}

describe('searchEvents', () => {
  it('matches a brute-force scan for random multi-term queries', () => {
    const random = seededRandom(9);
    const words = [
      'summit',
      'TOKYO',
      'sao',
      'Müller',
      'zoe',
      'ev-0001',
      'government of',
      'paulo',
      'kr',
      'era',
      'xyzzy',
      '1962-10',
    ];
    for (let round = 0; round < 200; round++) {
      const query = Array.from(
        { length: 1 + Math.floor(random() * 3) },
        () => words[Math.floor(random() * words.length)],
      ).join(' ');
      const visible =
        round % 2 ? Uint8Array.from({ length: index.size }, () => (random() < 0.5 ? 1 : 0)) : undefined;
      expect(searchEvents(index, query, visible)).toEqual(bruteSearch(query, visible));
    }
  });

  it('ignores case and accents in both directions, and returns time order', () => {
    const hits = searchEvents(index, 'SÃO paulo');
    expect(hits.length).toBeGreaterThan(0);
    expect(searchEvents(index, 'sao PAULO')).toEqual(hits);
    expect([...hits].sort((a, b) => a - b)).toEqual(hits);
    for (const pos of hits) expect(index.events[pos]!.place?.name).toBe('São Paulo');
  });

  it('finds nothing for an empty or absent query', () => {
    expect(searchEvents(index, '   ')).toEqual([]);
    expect(searchEvents(index, 'no-such-word-anywhere')).toEqual([]);
    expect(searchEvents(buildEventIndex([]), 'summit')).toEqual([]);
  });

  it('searches 100k events (timing printed, not asserted)', () => {
    const big = buildEventIndex(generateSyntheticTimeline(100_000, 2).events);
    searchEvents(big, 'warm-up');
    const t = performance.now();
    const hits = searchEvents(big, 'summit tokyo müller');
    console.log(`100k search: ${(performance.now() - t).toFixed(1)} ms, ${hits.length} hits`);
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe('prepareSearchInSlices', () => {
  it('folds the same text as prepareSearch, so searches answer the same', async () => {
    const sliced = buildEventIndex(file.events);
    await prepareSearchInSlices(sliced, { sliceMs: 1 });
    expect(prepareSearch(sliced)).toEqual(prepareSearch(buildEventIndex(file.events)));
    for (const query of ['japan', 'sao paulo', 'government of', 'zzz'])
      expect(searchEvents(sliced, query)).toEqual(bruteSearch(query));
  });

  it('lets a search that cannot wait finish a build abandoned half way', async () => {
    const partial = buildEventIndex(file.events);
    const controller = new AbortController();
    let slices = 0;
    const run = prepareSearchInSlices(partial, {
      sliceMs: 0,
      signal: controller.signal,
      onProgress: () => {
        if (++slices === 3) controller.abort(new Error('stop'));
      },
    });
    await expect(run).rejects.toThrow('stop');
    expect(searchEvents(partial, 'japan')).toEqual(bruteSearch('japan'));
    expect(prepareSearch(partial)).toBe(prepareSearch(partial));
  });
});

describe('highlightRanges', () => {
  it('maps folded matches back to the original text, merging overlaps', () => {
    const text = 'Zoë Müller met ZOE in São Paulo';
    const ranges = highlightRanges(text, 'zoe paulo');
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Zoë', 'ZOE', 'Paulo']);
    expect(highlightRanges('abcabc', 'abc bca').map(([s, e]) => [s, e])).toEqual([[0, 6]]);
    expect(highlightRanges(text, '')).toEqual([]);
  });

  it('keeps decomposed accents inside the highlighted range', () => {
    const text = 'Cafe\u0301 au lait';
    const [range] = highlightRanges(text, 'CAFÉ');
    expect(range).toEqual([0, 5]);
  });

  it('finds final sigma either way', () => {
    expect(foldForSearch('ΟΔΟΣ')).toBe(foldForSearch('οδοσ'));
    expect(highlightRanges('Οδός', 'οδος')).toEqual([[0, 4]]);
  });
});
