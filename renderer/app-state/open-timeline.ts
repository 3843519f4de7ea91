import { buildEventIndexAsync, type EventIndex } from '../../core/index/event-index';
import { createHistory } from '../../core/edit/history';
import { emptyFilter } from '../../core/index/filter';
import type { TimelineFile } from '../../core/file-format/model';
import { prepareSearchInSlices } from '../../core/index/search';
import { yieldToEventLoop } from '../../core/index/time-slice';
import { appState, update } from './store';

/** The load being indexed, and the idle search preparation of the file shown; a newer load stops both. */
let indexing: AbortController | undefined;
let preparing: AbortController | undefined;
let openings = 0;

/** One slice of background work per idle period (or at least every half second); a plain turn where there is no idle callback. */
const whenIdle = (): Promise<void> =>
  typeof requestIdleCallback === 'function'
    ? new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 500 }))
    : yieldToEventLoop();

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

export interface OpenedFile {
  readonly name: string;
  readonly path: string;
  readonly file: TimelineFile;
}

/**
 * Opens a file that loaded without problems: builds its index in slices (100k events take about
 * a second, and the window keeps painting), then shows it in one update that also resets the
 * filter and selection, or restores the last session's view of this file. `unsaved`: the
 * contents differ from the file on disk (recovered after a crash). Resolves false when
 * another file started opening meanwhile: the newer wins.
 */
export async function openTimeline(
  opened: OpenedFile,
  onProgress?: (fraction: number) => void,
  { unsaved = false }: { unsaved?: boolean } = {},
): Promise<boolean> {
  indexing?.abort();
  preparing?.abort();
  const mine = new AbortController();
  indexing = mine;
  let index: EventIndex;
  try {
    index = await buildEventIndexAsync(
      opened.file.events,
      { sliceMs: 12, signal: mine.signal, onProgress },
      opened.file.categories,
    );
  } catch (error) {
    if (mine.signal.aborted) return false;
    throw error;
  } finally {
    if (indexing === mine) indexing = undefined;
  }
  if (mine.signal.aborted) return false; // finished in the slice in which a newer load began
  const state = appState.value;
  const restore = state.pendingRestore?.path === opened.path ? state.pendingRestore : undefined;
  const selectedId =
    restore?.selectedId !== undefined && index.positionById.has(restore.selectedId)
      ? restore.selectedId
      : undefined;
  update({
    doc: { ...opened, index, opening: ++openings },
    filter: restore?.filter ?? emptyFilter(),
    query: restore?.query ?? state.query,
    selectedId,
    alsoSelected: [],
    openingWindow: restore?.window,
    pendingRestore: undefined,
    // Changes restored after a crash are not on disk yet: the document opens dirty.
    history: createHistory({ saved: !unsaved }),
  });
  prepareSearchWhenIdle(index);
  return true;
}
