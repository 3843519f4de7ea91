import { lowerBound, nextEvent } from '../../core/index/event-index';
import { emptyFilter, type FilterState } from '../../core/index/filter';
import type { ThemeSource } from '../../core/app/ipc-contract';
import type { LaneMode } from '../../core/index/lanes';
import { STATUSES } from '../../core/file-format/model';
import { clampPaneWidth, type SavedView } from '../../core/app/view-settings';
import { doc, facetCounts, search, shown } from './derived';
import { appState, update } from './store';
import type { TimeWindow } from './state';

/*
 * The only writers of the state. Each action is one `update`, so a change that touches
 * several fields (a file opening resets filter and selection and restores the saved view)
 * reaches every view at once. Actions are plain functions of the state and their arguments:
 * unit-tested in Node, no DOM.
 */

export { openTimeline } from './open-timeline';
export { applyEdit, documentSaved, edit, redo, undo } from './edit-actions';

/** Brings back what the last session saved: lanes and pane now, the rest when its file opens. */
export function restoreView(saved: SavedView, pathToOpen: string): void {
  const state = appState.value;
  update({
    laneMode: saved.laneMode ?? state.laneMode,
    detailPane: saved.detail ?? state.detailPane,
    sidebarVisible: saved.sidebar ?? state.sidebarVisible,
    legendOpen: saved.legendOpen ?? state.legendOpen,
    pendingRestore: saved.path === pathToOpen ? saved : undefined,
  });
}

export function setFilter(filter: FilterState): void {
  update({ filter });
}

export function clearFilters(): void {
  update({ filter: emptyFilter() });
}

/**
 * Types and statuses start all shown; unticking hides one. The filter stores the ticked values,
 * "all ticked" as [] (no constraint). Unticking the last one is refused (returns false): an
 * empty list would mean "show everything", the opposite of the intent.
 */
export function setFacetShown(key: 'types' | 'statuses', value: string, isShown: boolean): boolean {
  const counts = facetCounts.value[key] as ReadonlyMap<string, number>;
  const all: readonly string[] = key === 'types' ? (doc.value?.index.types.map((t) => t.id) ?? []) : STATUSES;
  const present = all.filter((v) => counts.has(v));
  const filter = appState.value.filter;
  const ticked = new Set<string>(filter[key].length ? filter[key] : present);
  if (isShown) ticked.add(value);
  else ticked.delete(value);
  if (ticked.size === 0) return false;
  const chosen = present.filter((v) => ticked.has(v));
  setFilter({ ...filter, [key]: chosen.length === present.length ? [] : chosen });
  return true;
}

/** Countries and actors start unconstrained; ticking values keeps only events naming one of them. */
export function setFacetChosen(key: 'countries' | 'actors', value: string, chosen: boolean): void {
  const filter = appState.value.filter;
  const others = filter[key].filter((v) => v !== value);
  setFilter({ ...filter, [key]: chosen ? [...others, value] : others });
}

/** One end of the date filter; undefined opens it. `to` is exclusive. */
export function setDateBound(side: 'from' | 'to', ms: number | undefined): void {
  const key = side === 'from' ? 'fromMs' : 'toMs';
  const next = { ...appState.value.filter };
  if (ms === undefined) delete next[key];
  else next[key] = ms;
  setFilter(next);
}

export function setQuery(query: string): void {
  update({ query });
}

/** Selects one event (or none), dropping any other selected ones. */
export function select(id: string | undefined): void {
  update({ selectedId: id, alsoSelected: [] });
}

/**
 * Selects several events; `primary` (the one just clicked, else the first) is the one the
 * detail pane shows. Ids not in the loaded timeline are dropped.
 */
export function selectMany(ids: readonly string[], primary?: string): void {
  const index = appState.value.doc?.index;
  const known = [...new Set(ids)].filter((id) => index?.positionById.has(id));
  const first = primary !== undefined && known.includes(primary) ? primary : known[0];
  update({ selectedId: first, alsoSelected: known.filter((id) => id !== first) });
}

/** Ctrl/Cmd+click: adds an event to the selection, or takes it out if it was in. */
export function toggleSelected(id: string): void {
  const { selectedId, alsoSelected } = appState.value;
  const all = selectedId === undefined ? alsoSelected : [selectedId, ...alsoSelected];
  if (all.includes(id)) selectMany(all.filter((other) => other !== id));
  else selectMany([...all, id], id);
}

/** Selects a search match by its rank in the results; out of range does nothing. */
export function selectMatch(rank: number): void {
  const pos = search.value.matches[rank];
  const index = shown.value?.index;
  if (pos !== undefined && index) select(index.events[pos]!.id);
}

/** Enter / ↓ go to the next match, Shift+Enter / ↑ to the previous, wrapping; from none, the first or last. */
export function stepMatch(direction: 1 | -1): void {
  const { matches, current } = search.value;
  if (!matches.length) return;
  const n = matches.length;
  selectMatch(current < 0 ? (direction === 1 ? 0 : n - 1) : (current + direction + n) % n);
}

/**
 * N / P: the next or previous shown event in time order. From the selection if there is one,
 * else from the edge of the window on screen, so N starts with what the user sees.
 * Returns false at either end.
 */
export function stepSelection(direction: 1 | -1): boolean {
  const s = shown.value;
  if (!s) return false;
  const { selectedId, window } = appState.value;
  let anchor = selectedId === undefined ? undefined : s.index.positionById.get(selectedId);
  if (anchor === undefined) {
    const edge = direction === 1 ? (window?.startMs ?? -Infinity) : (window?.endMs ?? Infinity);
    // Anchors off the ends (-1, size) are fine: nextEvent steps one position first.
    anchor = direction === 1 ? lowerBound(s.index.startMs, edge) - 1 : lowerBound(s.index.startMs, edge);
  }
  const pos = nextEvent(s.index, anchor, direction, s.mask);
  if (pos === undefined) return false;
  select(s.index.events[pos]!.id);
  return true;
}

/** Home / End on the timeline: the first or last shown event in time order. */
export function selectEdge(edge: 'first' | 'last'): void {
  const s = shown.value;
  if (!s) return;
  const pos = nextEvent(s.index, edge === 'first' ? -1 : s.index.size, edge === 'first' ? 1 : -1, s.mask);
  if (pos !== undefined) select(s.index.events[pos]!.id);
}

export function setLaneMode(laneMode: LaneMode): void {
  update({ laneMode });
}

export function setDetailPaneWidth(width: number): void {
  const { detailPane } = appState.value;
  const clamped = clampPaneWidth(width);
  if (clamped !== detailPane.width) update({ detailPane: { ...detailPane, width: clamped } });
}

export function setDetailPaneVisible(visible: boolean): void {
  const { detailPane } = appState.value;
  if (visible !== detailPane.visible) update({ detailPane: { ...detailPane, visible } });
}

export function toggleDetailPane(): void {
  setDetailPaneVisible(!appState.value.detailPane.visible);
}

export function toggleSidebar(): void {
  update({ sidebarVisible: !appState.value.sidebarVisible });
}

export function toggleLegend(): void {
  update({ legendOpen: !appState.value.legendOpen });
}

/** The timeline view reports where the user panned or zoomed to. */
export function setVisibleWindow(window: TimeWindow): void {
  const current = appState.value.window;
  if (current?.startMs === window.startMs && current.endMs === window.endMs) return;
  update({ window: { startMs: window.startMs, endMs: window.endMs } });
}

export function setTheme(theme: ThemeSource): void {
  update({ theme });
}
