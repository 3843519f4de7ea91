import { computed } from '@preact/signals-core';
import type { InitialState } from '../core/app/ipc-contract';
import { readSavedView, type SavedView } from '../core/app/view-settings';
import { api } from './api';
import { actions, appState } from './app-state';

const SAVE_DELAY_MS = 400;

/** What is saved between sessions, derived from the state: a new value only when one of its parts changes. */
const savedView = computed((): SavedView | undefined => {
  const { doc, laneMode, filter, detailPane, query, window, selectedId, sidebarVisible, legendOpen } =
    appState.value;
  if (!doc) return undefined;
  const view: SavedView = {
    path: doc.path,
    laneMode,
    filter,
    detail: detailPane,
    query,
    sidebar: sidebarVisible,
    legendOpen,
  };
  if (window) view.window = { ...window };
  if (selectedId !== undefined) view.selectedId = selectedId;
  return view;
});

/**
 * Brings back the last session's view and keeps saving it. The saved view comes from a file
 * on disk, so it is validated field by field (core/view-settings). Its path only says which
 * file the view belongs to: main alone chooses the file to open (InitialState.startupPath).
 * The view of that file (filters, search, selection, window) is applied by the action that
 * opens it, in the same update. Saving is debounced because panning changes the window many
 * times a second.
 */
export function initViewPersistence(initial: InitialState): void {
  actions.restoreView(readSavedView(initial.view), initial.startupPath);

  let timer: ReturnType<typeof setTimeout> | undefined;
  savedView.subscribe((view) => {
    if (!view) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      void api
        .saveView({ ...view })
        .catch((error: unknown) => console.warn('Could not save the view', error));
    }, SAVE_DELAY_MS);
  });
}
