import type { Timeline } from 'vis-timeline/peer';
import { timeExtent, type EventIndex } from '../../core/index/event-index';
import { laneList, type LaneLayout } from '../../core/index/lanes';
import { actions, doc, laneMode, openingWindow, search, selectedId, selectedIds, shown } from '../app-state';
import { createAggLayer } from '../timeline/agg-layer';
import { createTimeline } from '../timeline/create-timeline';
import { buildGroup, buildItem, itemElementId, itemKey } from '../timeline/item-factory';
import { diffItems } from '../timeline/item-diff';
import { planWindow } from '../../core/lod/plan-window';
import { focusWindow } from '../../core/lod/focus-window';
import { flipEdgeLabels } from '../timeline/label-flip';
import { initReframeOffer } from '../timeline/reframe-offer';
import type { BarSpec, ItemSpec } from '../../core/lod/types';
import { createRefreshScheduler } from '../timeline/refresh-scheduler';
import { initSelectionNav, reveal } from '../timeline/selection-nav';
import { initTimelineEditing } from '../timeline/timeline-editing';
import { initRectangleSelect } from '../timeline/multi-select';
import { registerViewCommands } from '../timeline/view-commands';
import { barExtent, paddedWindow } from '../timeline/zoom-targets';

/**
 * The zoomable timeline. vis-timeline only ever holds what the window needs (see core/lod/plan-window):
 * on every range change the index is queried for the window and the DataSet is patched by id,
 * so a century of events pans as smoothly as one afternoon. Count bars are ours (agg-layer).
 */
export function initTimelineView(container: HTMLElement): Timeline {
  const { timeline, items, groups } = createTimeline(container);

  /** What vis holds, by item id, with the look it was built with. */
  const drawn = new Map<string, { spec: ItemSpec; key: string }>();
  let layout: LaneLayout | undefined;
  let matches = new Set<number>();
  let currentMatch = -1;
  /** The opening drawn: a new one starts afresh (fit or restore); an edit only patches. */
  let lastOpening: number | undefined;
  /** Each event record's version: an edit makes a new record, so its item is rebuilt. */
  const versions = new WeakMap<object, number>();
  let nextVersion = 0;
  const versionOf = (spec: ItemSpec, index: EventIndex) => {
    if (spec.kind !== 'event') return '';
    const event = index.events[spec.pos]!;
    let version = versions.get(event);
    if (version === undefined) versions.set(event, (version = nextVersion++));
    return `|v${version}`;
  };
  /** The window of the last refresh: a range change that ends there needs no new plan. */
  let planned = { from: NaN, to: NaN };
  /** The window the last fit chose, and how, to fit again when the timeline changes width. */
  let fitted: { from: number; to: number; again: () => void } | undefined;

  /** Width of the items panel: the timeline minus the lane labels, measured now (vis re-measures late). */
  const centerWidth = () =>
    container.clientWidth - (container.querySelector<HTMLElement>('.vis-panel.vis-left')?.offsetWidth ?? 0);
  const flagsOf = (spec: ItemSpec) => ({
    match: spec.kind === 'event' && matches.has(spec.pos),
    current: spec.kind === 'event' && spec.pos === currentMatch,
  });
  const windowNow = () => {
    const w = timeline.getWindow();
    return { from: w.start.getTime(), to: w.end.getTime() };
  };

  /** vis forgets the selection when items are replaced; screen readers follow it via activedescendant. */
  function reapplySelection(): void {
    timeline.setSelection(selectedIds.value.filter((other) => items.get(other) !== null));
    syncActiveDescendant();
  }
  /** Names the selected item only while vis has it in the DOM (it leaves out lanes scrolled away). */
  function syncActiveDescendant(): void {
    const id = selectedId.value;
    if (id !== undefined && document.getElementById(itemElementId(id)))
      container.setAttribute('aria-activedescendant', itemElementId(id));
    else container.removeAttribute('aria-activedescendant');
  }

  /** Re-plans the window and patches vis (and the count bars) with the difference. */
  function refresh(): void {
    const s = shown.value;
    if (!s || !layout) return;
    const { from, to } = (planned = windowNow());
    const id = selectedId.value;
    const pinned = id === undefined ? undefined : s.index.positionById.get(id);
    const plan = planWindow(s.index, s.mask, layout.laneOf, from, to, bars.width() || centerWidth(), pinned);
    const keyOf = (spec: ItemSpec) => itemKey(spec, flagsOf(spec)) + versionOf(spec, s.index);
    const diff = diffItems(drawn, plan.items, keyOf);
    for (const id of diff.remove) drawn.delete(id);
    if (diff.remove.length) items.remove(diff.remove);
    const changed = [...diff.add, ...diff.update];
    if (changed.length) items.update(changed.map((spec) => buildItem(spec, s.index, flagsOf(spec))));
    for (const spec of changed) drawn.set(spec.id, { spec, key: keyOf(spec) });
    bars.render(plan.bars, laneMode.value === 'type');
    container.dataset.lod = plan.mode;
    reapplySelection();
  }
  const scheduler = createRefreshScheduler(() => {
    const w = windowNow();
    if (w.from !== planned.from || w.to !== planned.to) refresh();
  });

  /** Every programmatic move (keys, go-to, reveal, bar click) plans at once: no wait for vis's settle. */
  function show(startMs: number, endMs: number): void {
    timeline.setWindow(startMs, endMs, { animation: false });
    scheduler.now();
    // Reported at once, not at vis's next "rangechanged": N right after opening a file must
    // start from this file's window, not from the last one's.
    const { from, to } = windowNow();
    actions.setVisibleWindow({ startMs: from, endMs: to });
  }

  function zoomToBar(bar: BarSpec): void {
    if (!shown.value || !layout) return;
    const extent = barExtent(shown.value.index, shown.value.mask, layout.laneOf, bar);
    const w = paddedWindow(extent.startMs, extent.endMs, centerWidth());
    show(w.startMs, w.endMs);
  }
  const bars = createAggLayer(timeline, container, zoomToBar);

  /** Lanes of the shown events; group labels are DOM elements, patched by id like items. */
  function refreshLanes(): void {
    const s = shown.value;
    if (!s) return;
    layout = laneList(s.index, laneMode.value, s.mask);
    const next = layout.lanes.map((lane, i) => buildGroup(lane, laneMode.value, i));
    const keep = new Set(next.map((g) => g.id));
    groups.remove(groups.getIds().filter((id) => !keep.has(String(id))));
    groups.update(next);
    container.dataset.laneMode = laneMode.value;
  }

  /** Frames `extent` with room for the last label on the right, at the panel's real width. */
  function fitTo(extent: { startMs: number; endMs: number } | undefined, again: () => void): void {
    if (!extent) return;
    const w = paddedWindow(extent.startMs, extent.endMs, centerWidth());
    show(w.startMs, w.endMs);
    fitted = { ...windowNow(), again };
  }
  /** Everything shown (Home; "Fit to the 9 shown"). */
  function fitAll(): void {
    fitTo(shown.value && timeExtent(shown.value.index, shown.value.mask), fitAll);
  }
  /** The first view: where most shown events are, not what the extremes span (core/lod/focus-window). */
  function fitFocus(): void {
    fitTo(shown.value && focusWindow(shown.value.index, shown.value.mask), fitFocus);
  }
  // The centre panel's width changes with the lane labels, the detail pane and the window: a
  // view still at its fit is fitted again; one the user moved is left alone.
  new ResizeObserver(() => {
    const w = windowNow();
    if (fitted && w.from === fitted.from && w.to === fitted.to) requestAnimationFrame(fitted.again);
  }).observe(container);

  shown.subscribe((s) => {
    if (!s) return;
    refreshLanes();
    const current = doc.value?.opening;
    if (current !== lastOpening) {
      lastOpening = current;
      planned = { from: NaN, to: NaN };
      drawn.clear();
      items.clear();
      // A file opens where the last session left it (restored with the file), else fitted.
      const opening = openingWindow.value;
      if (opening) {
        show(opening.startMs, opening.endMs);
        if (selectedId.value !== undefined) reveal(timeline, selectedId.value, show);
        return;
      }
      fitFocus();
      // The padding depends on the lane-label column, measured only once vis has drawn the lanes.
      const refit = () => {
        timeline.off('changed', refit);
        fitFocus();
      };
      timeline.on('changed', refit);
      return;
    }
    refresh();
  });
  laneMode.subscribe(() => {
    refreshLanes();
    refresh();
  });
  search.subscribe((s) => {
    matches = new Set(s.matches);
    currentMatch = s.matches[s.current] ?? -1;
    refresh();
  });
  selectedIds.subscribe(refresh);

  timeline.on('changed', () => {
    bars.reposition();
    flipEdgeLabels(container);
    syncActiveDescendant();
  });
  timeline.on('rangechange', () => {
    bars.reposition();
    scheduler.soon();
  });
  timeline.on('rangechanged', () => {
    scheduler.now();
    // vis keeps its root hidden until a redraw follows its first settled range change.
    if (container.querySelector<HTMLElement>('.vis-timeline')?.style.visibility !== 'visible')
      timeline.redraw();
    const { from, to } = windowNow();
    actions.setVisibleWindow({ startMs: from, endMs: to });
  });

  timeline.on('select', ({ items: ids, event }: { items: (string | number)[]; event?: Event }) => {
    // A click on a count bar zooms (agg-layer); it must not clear the selection on its way.
    if (event?.target instanceof Element && event.target.closest('.agg-bar')) return reapplySelection();
    // The clicked event becomes the one the detail pane shows, even when Ctrl+click added it.
    const clicked = event ? timeline.getEventProperties(event).item : null;
    actions.selectMany(ids.map(String), clicked == null ? undefined : String(clicked));
  });

  registerViewCommands(timeline, show, fitAll);
  initReframeOffer(container.parentElement ?? container, fitAll);
  initTimelineEditing(timeline);
  initSelectionNav(timeline, container, show);
  initRectangleSelect(container);
  return timeline;
}
