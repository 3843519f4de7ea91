import { computed, type ReadonlySignal } from '@preact/signals-core';
import type { EventIndex } from '../../core/index/event-index';
import { isDirty, redoLabel as redoLabelOf, undoLabel as undoLabelOf } from '../../core/edit/history';
import { applyFilter, facetValues, isFilterActive, type FacetValue } from '../../core/index/filter';
import { STATUSES, type Status, type TimelineEvent } from '../../core/file-format/model';
import { searchEvents } from '../../core/index/search';
import { select } from './store';

/*
 * Everything views read: pieces of the state and values derived from it. Derived values are
 * computed here, once, when what they depend on changes, instead of being stored by the views
 * that first needed them (search results used to live in the search box, so a restored query
 * had no matches).
 */

export const doc = select((s) => s.doc);
export const filter = select((s) => s.filter);
export const query = select((s) => s.query);
export const selectedId = select((s) => s.selectedId);
const alsoSelected = select((s) => s.alsoSelected);
/** Every selected event's id, the primary first. */
export const selectedIds: ReadonlySignal<readonly string[]> = computed(() => {
  const primary = selectedId.value;
  return primary === undefined ? [] : [primary, ...alsoSelected.value];
});
export const laneMode = select((s) => s.laneMode);
export const detailPane = select((s) => s.detailPane);
export const sidebarVisible = select((s) => s.sidebarVisible);
export const legendOpen = select((s) => s.legendOpen);
export const theme = select((s) => s.theme);
export const visibleWindow = select((s) => s.window);
export const openingWindow = select((s) => s.openingWindow);

export const history = select((s) => s.history);
/** Unsaved changes: the title's marker and the question before closing. */
export const dirty = computed(() => isDirty(history.value));
/** "Undo Move Event", or undefined when there is nothing to undo. */
export const undoLabel = computed(() => undoLabelOf(history.value));
export const redoLabel = computed(() => redoLabelOf(history.value));

export const filterActive = computed(() => isFilterActive(filter.value));

/**
 * What the timeline shows: the index with a mask (1 per position that passes the filter).
 * Index and mask travel together so no view ever pairs a new index with an old mask.
 */
export interface ShownEvents {
  readonly index: EventIndex;
  readonly mask: Uint8Array;
}

export const shown: ReadonlySignal<ShownEvents | undefined> = computed(() => {
  const d = doc.value;
  return d ? { index: d.index, mask: applyFilter(d.index, filter.value) } : undefined;
});

/** How many events the filters let through. */
export const shownCount = computed(() => {
  const mask = shown.value?.mask;
  let count = 0;
  if (mask) for (let i = 0; i < mask.length; i++) count += mask[i]!;
  return count;
});

/** Position of the selected event in the loaded index, if it is there. */
export const selectedPos = computed(() => {
  const id = selectedId.value;
  return id === undefined ? undefined : doc.value?.index.positionById.get(id);
});

export const selectedEvent: ReadonlySignal<TimelineEvent | undefined> = computed(() => {
  const pos = selectedPos.value;
  return pos === undefined ? undefined : doc.value?.index.events[pos];
});

/** The matches of the query among the shown events, in time order (positions). */
export const searchMatches: ReadonlySignal<readonly number[]> = computed(() => {
  const s = shown.value;
  const q = query.value;
  return s && q.trim() ? searchEvents(s.index, q, s.mask) : [];
});

/** The current search: its query, its matches and which one is selected (-1: none). */
export interface SearchState {
  readonly query: string;
  readonly matches: readonly number[];
  readonly current: number;
}

export const search: ReadonlySignal<SearchState> = computed(() => {
  const matches = searchMatches.value;
  const pos = selectedPos.value;
  return { query: query.value, matches, current: pos === undefined ? -1 : matches.indexOf(pos) };
});

/** Per value, how many events of the file have it (the facet lists' counts). */
export interface FacetCounts {
  readonly types: ReadonlyMap<string, number>;
  readonly statuses: ReadonlyMap<Status, number>;
  readonly countries: readonly FacetValue[];
  readonly actors: readonly FacetValue[];
}

function countCodes<V>(codes: ArrayLike<number>, values: readonly V[]): Map<V, number> {
  const counts = new Map<V, number>();
  for (let i = 0; i < codes.length; i++) {
    const value = values[codes[i]!]!;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export const facetCounts: ReadonlySignal<FacetCounts> = computed(() => {
  const index = doc.value?.index;
  if (!index) return { types: new Map(), statuses: new Map(), countries: [], actors: [] };
  return {
    types: countCodes(
      index.typeCode.subarray(0, index.size),
      index.types.map((t) => t.id),
    ),
    statuses: countCodes(index.statusCode.subarray(0, index.size), STATUSES),
    ...facetValues(index),
  };
});
