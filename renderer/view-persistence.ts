import type { InitialState } from '../core/ipc-contract';
import { readSavedView, type SavedView } from '../core/view-settings';
import { api } from './api';
import {
  detailPane,
  filter,
  laneMode,
  loaded,
  pendingWindow,
  search,
  selectedId,
  visibleWindow,
} from './state';

const SAVE_DELAY_MS = 400;

/** What to restore once a given file has loaded: its filters, selection and search belong to it. */
function restoreAfterLoad(saved: SavedView): void {
  let pending: SavedView | undefined = saved;
  loaded.subscribe((doc) => {
    const view = pending;
    pending = undefined;
    if (!doc || !view || doc.path !== view.path) return;
    // setLoaded resets the filter right after announcing the file; restore once it is done.
    queueMicrotask(() => {
      if (loaded.value !== doc) return;
      if (view.filter) filter.set(view.filter);
      if (view.query) search.set({ query: view.query, matches: [], current: -1 });
      if (view.selectedId && doc.index.positionById.has(view.selectedId)) selectedId.set(view.selectedId);
    });
  });
}

function currentView(): SavedView | undefined {
  const doc = loaded.value;
  if (!doc) return undefined;
  const view: SavedView = {
    path: doc.path,
    laneMode: laneMode.value,
    filter: filter.value,
    detail: detailPane.value,
    query: search.value.query,
  };
  if (visibleWindow.value) view.window = { ...visibleWindow.value };
  if (selectedId.value !== undefined) view.selectedId = selectedId.value;
  return view;
}

/**
 * Brings back the last session's view and keeps saving it. The saved view comes from a file
 * on disk, so it is validated field by field (core/view-settings). Its path only says which
 * file the view belongs to: main alone chooses the file to open (InitialState.startupPath).
 * Saving is debounced because panning writes the window many times a second.
 */
export function initViewPersistence(initial: InitialState): void {
  const saved = readSavedView(initial.view);
  if (saved.detail) detailPane.set(saved.detail);
  if (saved.laneMode) laneMode.set(saved.laneMode);
  const path = initial.startupPath;
  if (saved.path === path) {
    if (saved.window) pendingWindow.set({ path, ...saved.window });
    restoreAfterLoad(saved);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const view = currentView();
      if (view)
        void api
          .saveView({ ...view })
          .catch((error: unknown) => console.warn('Could not save the view', error));
    }, SAVE_DELAY_MS);
  };
  loaded.subscribe(schedule);
  filter.subscribe(schedule);
  laneMode.subscribe(schedule);
  selectedId.subscribe(schedule);
  detailPane.subscribe(schedule);
  visibleWindow.subscribe(schedule);
  search.subscribe(schedule);
}
