import { buildEventIndex, type EventIndex } from '../core/event-index';
import { applyFilter, emptyFilter, type FilterState } from '../core/filter';
import type { LaneMode } from '../core/lanes';
import type { TimelineFile } from '../core/model';
import { Observable } from './store';

/*
 * The renderer's shared state. Views read and write these observables; none of them talk to
 * each other directly. Positions ("pos") are ranks in the loaded index (time order); ids are
 * the events' file ids and survive a reload of the same file.
 */

/** The timeline on screen. Replaced only by a file that loaded without problems. */
export interface LoadedTimeline {
  readonly name: string;
  readonly path: string;
  readonly file: TimelineFile;
  readonly index: EventIndex;
}

export const loaded = new Observable<LoadedTimeline | undefined>(undefined);

/** Builds the index once per loaded file; every view queries it rather than the raw events. */
export function setLoaded(name: string, path: string, file: TimelineFile): void {
  selectedId.set(undefined);
  loaded.set({ name, path, file, index: buildEventIndex(file.events) });
  filter.set(emptyFilter());
}

/** The id of the selected event, if any. */
export const selectedId = new Observable<string | undefined>(undefined);

export const filter = new Observable<FilterState>(emptyFilter());

/**
 * What the timeline shows: the index with a mask (1 per position that passes the filter).
 * Index and mask travel together so no view ever pairs a new index with an old mask.
 */
export const shown = new Observable<{ index: EventIndex; mask: Uint8Array } | undefined>(undefined);

filter.subscribe((f) => {
  const doc = loaded.value;
  if (doc) shown.set({ index: doc.index, mask: applyFilter(doc.index, f) });
});

export const laneMode = new Observable<LaneMode>('type');

/** The current search: its query, the matching positions in time order, and which one is current. */
export interface SearchState {
  readonly query: string;
  readonly matches: readonly number[];
  readonly current: number;
}

export const search = new Observable<SearchState>({ query: '', matches: [], current: -1 });

export const detailPane = new Observable<{ visible: boolean; width: number }>({ visible: true, width: 380 });

/** The time window on screen, written by the timeline view whenever the user pans or zooms. */
export const visibleWindow = new Observable<{ startMs: number; endMs: number } | undefined>(undefined);

/**
 * A window to show instead of "fit all" when the next file loads (the view restored from the
 * last session). The timeline view consumes it once.
 */
export const pendingWindow = new Observable<{ path: string; startMs: number; endMs: number } | undefined>(
  undefined,
);
