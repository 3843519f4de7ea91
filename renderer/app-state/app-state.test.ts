import { beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEvent, TimelineFile } from '../../core/file-format/model';
import { testEvent } from '../../core/testing/test-event';
import {
  actions,
  appState,
  facetCounts,
  filter,
  search,
  searchMatches,
  selectedEvent,
  shown,
  shownCount,
} from '.';
import { resetState } from './store';

const events: TimelineEvent[] = [
  testEvent({ id: 'quad', title: 'Quad virtual summit', start: '2021-03-12', countries: ['US', 'JP'] }),
  testEvent({ id: 'visit', title: 'Visit to Tokyo', type: 'visit', start: '2021-03-15', countries: ['JP'] }),
  testEvent({ id: 'funeral', title: 'State funeral of Trong', type: 'funeral', start: '2024-07-25' }),
  testEvent({
    id: 'talks',
    title: 'Funeral talks',
    type: 'statement',
    start: '2024-07-26',
    status: 'planned',
  }),
];
const file = { title: 'Test', articles: [], events } as unknown as TimelineFile;
const open = (path = '/t/a.json') => actions.openTimeline({ name: 'a.json', path, file });
const ids = (positions: readonly number[]) => positions.map((pos) => shown.value!.index.events[pos]!.id);

beforeEach(() => resetState());

describe('opening a timeline', () => {
  it('shows the file with every event and resets filter and selection in one update', async () => {
    actions.setFacetChosen('countries', 'JP', true);
    actions.select('nothing');
    const seen: Array<[number, number]> = [];
    const stop = shown.subscribe((s) => seen.push([s?.index.size ?? -1, shownCount.value]));
    expect(await open()).toBe(true);
    stop();
    // Never the new index with the old filter: the subscriber saw "none", then all four.
    expect(seen).toEqual([
      [-1, 0],
      [4, 4],
    ]);
    expect(appState.value.selectedId).toBeUndefined();
    expect(filter.value.countries).toEqual([]);
  });

  it("restores the last session's filter, query, selection and window for the same file only", async () => {
    const saved = {
      path: '/t/a.json',
      laneMode: 'country' as const,
      filter: { types: [], countries: [], actors: [], statuses: ['reported' as const] },
      query: 'funeral',
      selectedId: 'funeral',
      window: { startMs: 1, endMs: 2 },
    };
    actions.restoreView(saved, '/t/a.json');
    expect(appState.value.laneMode).toBe('country'); // at once: it does not depend on the file
    await open();
    expect(appState.value.openingWindow).toEqual({ startMs: 1, endMs: 2 });
    // The bug of 0.1: a restored query showed 0 matches. Derived, it has them at once.
    expect(ids(searchMatches.value)).toEqual(['funeral']); // "Funeral talks" is planned: filtered out
    expect(search.value.current).toBe(0);
    expect(selectedEvent.value?.id).toBe('funeral');
    await open('/t/other.json'); // consumed once
    expect(appState.value.openingWindow).toBeUndefined();
    expect(filter.value.statuses).toEqual([]);
  });

  it('drops a restored selection the file no longer has', async () => {
    actions.restoreView({ path: '/t/a.json', selectedId: 'gone' }, '/t/a.json');
    await open();
    expect(appState.value.selectedId).toBeUndefined();
  });

  it('lets the newer of two overlapping opens win', async () => {
    const first = open('/t/first.json');
    const second = open('/t/second.json');
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(appState.value.doc?.path).toBe('/t/second.json');
  });
});

describe('filters', () => {
  beforeEach(async () => {
    await open();
  });

  it('types start all shown; unticking hides one, and the last one cannot be unticked', () => {
    expect(Object.fromEntries(facetCounts.value.types)).toEqual({
      summit: 1,
      statement: 1,
      visit: 1,
      funeral: 1,
    });
    expect(actions.setFacetShown('types', 'visit', false)).toBe(true);
    expect(filter.value.types).toEqual(['summit', 'funeral', 'statement']);
    expect(shownCount.value).toBe(3);
    for (const t of ['summit', 'statement']) actions.setFacetShown('types', t, false);
    expect(actions.setFacetShown('types', 'funeral', false)).toBe(false);
    expect(filter.value.types).toEqual(['funeral']);
    for (const t of ['summit', 'statement', 'visit']) actions.setFacetShown('types', t, true);
    expect(filter.value.types).toEqual([]); // all ticked again = no constraint
  });

  it('countries narrow to the ticked ones, and clearing brings every event back', () => {
    actions.setFacetChosen('countries', 'JP', true);
    expect(shownCount.value).toBe(2);
    actions.setFacetChosen('countries', 'US', true);
    actions.setFacetChosen('countries', 'JP', false);
    expect(filter.value.countries).toEqual(['US']);
    expect(shownCount.value).toBe(1);
    actions.clearFilters();
    expect(shownCount.value).toBe(4);
  });

  it('date bounds open and close one side at a time', () => {
    actions.setDateBound('from', Date.UTC(2024, 0, 1));
    expect(shownCount.value).toBe(2);
    actions.setDateBound('to', Date.UTC(2024, 6, 26));
    expect(ids([...shown.value!.mask.keys()].filter((p) => shown.value!.mask[p]))).toEqual(['funeral']);
    actions.setDateBound('from', undefined);
    expect(filter.value.fromMs).toBeUndefined();
    expect(shownCount.value).toBe(3);
  });

  it('search only finds what the filters show, and follows the filter as it changes', () => {
    actions.setQuery('funeral');
    expect(ids(search.value.matches)).toEqual(['funeral', 'talks']);
    actions.setFacetShown('statuses', 'planned', false);
    expect(ids(search.value.matches)).toEqual(['funeral']);
  });
});

describe('selection and search steps', () => {
  beforeEach(async () => {
    await open();
  });

  it('Enter steps through matches, wrapping; the current match follows any selection', () => {
    actions.setQuery('funeral');
    actions.stepMatch(1);
    expect(selectedEvent.value?.id).toBe('funeral');
    actions.stepMatch(1);
    expect(selectedEvent.value?.id).toBe('talks');
    actions.stepMatch(1);
    expect(search.value.current).toBe(0);
    actions.select('quad'); // not a match
    expect(search.value.current).toBe(-1);
    actions.stepMatch(-1); // from none, back goes to the last
    expect(selectedEvent.value?.id).toBe('talks');
  });

  it('N / P walk shown events from the selection, or from the edge of the window', () => {
    actions.setVisibleWindow({ startMs: Date.UTC(2021, 2, 14), endMs: Date.UTC(2024, 6, 26) });
    expect(actions.stepSelection(1)).toBe(true);
    expect(selectedEvent.value?.id).toBe('visit');
    actions.setFacetShown('types', 'funeral', false);
    expect(actions.stepSelection(1)).toBe(true);
    expect(selectedEvent.value?.id).toBe('talks'); // the hidden funeral is skipped
    expect(actions.stepSelection(1)).toBe(false); // the end: Tab may leave the timeline
    actions.select(undefined);
    expect(actions.stepSelection(-1)).toBe(true);
    expect(selectedEvent.value?.id).toBe('visit'); // from the window's end, backwards
  });
});

describe('panes and view', () => {
  it('clamps the pane width and toggles the pane', () => {
    actions.setDetailPaneWidth(10_000);
    expect(appState.value.detailPane.width).toBe(800);
    actions.toggleDetailPane();
    expect(appState.value.detailPane.visible).toBe(false);
    actions.setDetailPaneVisible(true);
    expect(appState.value.detailPane).toEqual({ visible: true, width: 800 });
  });

  it('a window report that changes nothing is not a change', () => {
    actions.setVisibleWindow({ startMs: 1, endMs: 2 });
    const before = appState.value;
    actions.setVisibleWindow({ startMs: 1, endMs: 2 });
    expect(appState.value).toBe(before);
  });

  it('panning does not recompute the filtered set', async () => {
    await open();
    const mask = shown.value!.mask;
    actions.setVisibleWindow({ startMs: 5, endMs: 10 });
    actions.setLaneMode('actor');
    expect(shown.value!.mask).toBe(mask);
  });
});
