import { buildEventIndexAsync, type EventIndex } from '../core/event-index';
import { applyFilter, emptyFilter, type FilterState } from '../core/filter';
import type { LaneMode } from '../core/lanes';
import type { TimelineFile } from '../core/model';
import { prepareSearchInSlices } from '../core/search';
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

/** The load being indexed, and the idle search preparation of the file shown; a newer load stops both. */
let indexing: AbortController | undefined;
let preparing: AbortController | undefined;

/** One slice of background work per idle period (or at least every half second). */
const whenIdle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 500 }));

/**
 * Folds the search text in idle time once a file is shown, so the first search answers at
 * once; a search typed before it is done finishes the same fold (core/search).
 */
function prepareSearchWhenIdle(index: EventIndex): void {
  preparing = new AbortController();
  prepareSearchInSlices(index, { sliceMs: 8, pause: whenIdle, signal: preparing.signal }).catch(
    () => undefined, // abandoned for a newer file
  );
}

/**
 * Builds the index once per loaded file, in slices so the window keeps painting and answering
 * input (100k events take about a second), then shows the file. `loaded` changes only once the
 * index is complete. Resolves false when another file started loading meanwhile: the newer wins.
 */
export async function setLoaded(
  name: string,
  path: string,
  file: TimelineFile,
  onProgress?: (fraction: number) => void,
): Promise<boolean> {
  indexing?.abort();
  preparing?.abort();
  const mine = new AbortController();
  indexing = mine;
  let index: EventIndex;
  try {
    index = await buildEventIndexAsync(file.events, { sliceMs: 12, signal: mine.signal, onProgress });
  } catch (error) {
    if (mine.signal.aborted) return false;
    throw error;
  } finally {
    if (indexing === mine) indexing = undefined;
  }
  if (mine.signal.aborted) return false; // finished in the slice in which a newer load began
  selectedId.set(undefined);
  loaded.set({ name, path, file, index });
  filter.set(emptyFilter());
  prepareSearchWhenIdle(index);
  return true;
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

export const detailPane = new Observable<{ visible: boolean; width: number }>({ visible: true, width: 340 });

/** The time window on screen, written by the timeline view whenever the user pans or zooms. */
export const visibleWindow = new Observable<{ startMs: number; endMs: number } | undefined>(undefined);

/**
 * A window to show instead of "fit all" when the next file loads (the view restored from the
 * last session). The timeline view consumes it once.
 */
export const pendingWindow = new Observable<{ path: string; startMs: number; endMs: number } | undefined>(
  undefined,
);
