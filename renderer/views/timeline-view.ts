import { DataSet } from 'vis-data/peer';
import {
  Timeline,
  type DataGroupCollectionType,
  type DataItemCollectionType,
  type TimelineOptions,
} from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import '../styles/timeline.css';
import '../styles/timeline-chrome.css';
import { timeExtent, type EventIndex } from '../../core/event-index';
import { laneList, type LaneLayout } from '../../core/lanes';
import { laneMode, loaded, pendingWindow, search, selectedId, shown, visibleWindow } from '../state';
import { AXIS_FORMAT, utcMoment } from '../timeline/axis-format';
import { buildGroup, buildItem, itemElementId, itemKey, type VisItem } from '../timeline/item-factory';
import { diffItems, planWindow, type ItemSpec } from '../timeline/lod';
import { initSelectionNav } from '../timeline/selection-nav';
import { installTypeColors } from '../timeline/type-colors';
import { registerViewCommands } from '../timeline/view-commands';
import { barExtent, paddedWindow } from '../timeline/zoom-targets';

const YEAR_MS = 365.25 * 86_400_000;
/** Refresh at most this often while a pan or zoom is in progress. */
const REFRESH_MS = 120;

/**
 * The zoomable timeline. vis-timeline only ever holds what the window needs (see timeline/lod):
 * on every range change the index is queried for the window and the DataSet is patched by id,
 * so a century of events pans as smoothly as one afternoon.
 */
export function initTimelineView(container: HTMLElement): Timeline {
  installTypeColors();
  const items = new DataSet<VisItem>();
  const groups = new DataSet<ReturnType<typeof buildGroup>>();
  const options: TimelineOptions = {
    height: '100%',
    zoomMin: 10 * 60_000,
    zoomMax: 250 * YEAR_MS,
    zoomKey: '',
    preferZoom: true,
    horizontalScroll: false,
    verticalScroll: true,
    stack: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 6, vertical: 6 }, axis: 6 },
    groupOrder: 'order',
    format: AXIS_FORMAT,
    moment: utcMoment,
    start: new Date(Date.UTC(1900, 0, 1)),
    end: new Date(Date.UTC(2030, 0, 1)),
  };
  // vis types item content as string; a DOM element is also accepted, and is the safe choice.
  const timeline = new Timeline(
    container,
    items as unknown as DataItemCollectionType,
    groups as unknown as DataGroupCollectionType,
    options,
  );
  container.tabIndex = 0;
  container.setAttribute('role', 'group');
  container.setAttribute('aria-roledescription', 'timeline');
  container.setAttribute(
    'aria-label',
    'Timeline. N or Tab: next event, P or Shift+Tab: previous, + and −: zoom, arrows: pan, Home: fit all',
  );

  /** What vis holds, by item id, with the look it was built with. */
  const drawn = new Map<string, { spec: ItemSpec; key: string }>();
  let layout: LaneLayout | undefined;
  let matches = new Set<number>();
  let currentMatch = -1;
  let lastIndex: EventIndex | undefined;

  /** Width of the items panel (the timeline minus the lane labels). */
  const centerWidth = () =>
    container.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth || container.clientWidth;
  const flagsOf = (spec: ItemSpec) => ({
    match: spec.kind === 'event' && matches.has(spec.pos),
    current: spec.kind === 'event' && spec.pos === currentMatch,
  });

  /** vis forgets the selection when items are replaced; screen readers follow it via activedescendant. */
  function reapplySelection(): void {
    const id = selectedId.value;
    const onScreen = id !== undefined && items.get(id) !== null;
    timeline.setSelection(onScreen ? [id] : []);
    if (onScreen) container.setAttribute('aria-activedescendant', itemElementId(id));
    else container.removeAttribute('aria-activedescendant');
  }

  /** Re-plans the window and patches vis with the difference. */
  function refresh(): void {
    const s = shown.value;
    if (!s || !layout) return;
    const w = timeline.getWindow();
    const id = selectedId.value;
    const pinned = id === undefined ? undefined : s.index.positionById.get(id);
    const [from, to] = [w.start.getTime(), w.end.getTime()];
    const plan = planWindow(s.index, s.mask, layout.laneOf, from, to, centerWidth(), pinned);
    const diff = diffItems(drawn, plan.items, (spec) => itemKey(spec, flagsOf(spec)));
    for (const id of diff.remove) drawn.delete(id);
    items.remove(diff.remove);
    const changed = [...diff.add, ...diff.update];
    const mode = laneMode.value;
    items.update(changed.map((spec) => buildItem(spec, s.index, flagsOf(spec), mode)));
    for (const spec of changed) drawn.set(spec.id, { spec, key: itemKey(spec, flagsOf(spec)) });
    container.dataset.lod = plan.mode;
    reapplySelection();
  }

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

  function fitAll(): void {
    const extent = shown.value && timeExtent(shown.value.index, shown.value.mask);
    if (!extent) return;
    const w = paddedWindow(extent.startMs, extent.endMs, centerWidth());
    timeline.setWindow(w.startMs, w.endMs, { animation: false });
  }

  shown.subscribe((s) => {
    if (!s) return;
    refreshLanes();
    if (s.index !== lastIndex) {
      lastIndex = s.index;
      drawn.clear();
      items.clear();
      const pending = pendingWindow.value;
      if (pending && pending.path === loaded.value?.path) {
        pendingWindow.set(undefined);
        timeline.setWindow(pending.startMs, pending.endMs, { animation: false });
      } else {
        fitAll();
        // The padding depends on the lane-label column, measured only once vis has drawn the lanes.
        const refit = () => {
          timeline.off('changed', refit);
          fitAll();
        };
        timeline.on('changed', refit);
      }
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
  selectedId.subscribe(refresh);

  let pending: ReturnType<typeof setTimeout> | undefined;
  timeline.on('rangechange', () => {
    pending ??= setTimeout(() => {
      pending = undefined;
      refresh();
    }, REFRESH_MS);
  });
  timeline.on('rangechanged', () => {
    refresh();
    // vis stays hidden until a redraw follows its first settled range change; if the patch
    // above changed nothing there would be none, and the timeline would stay blank.
    timeline.redraw();
    const w = timeline.getWindow();
    visibleWindow.set({ startMs: w.start.getTime(), endMs: w.end.getTime() });
  });

  timeline.on('select', ({ items: ids }: { items: (string | number)[] }) => {
    const id = ids[0] === undefined ? undefined : String(ids[0]);
    const spec = id === undefined ? undefined : drawn.get(id)?.spec;
    if (spec?.kind === 'aggregate' && shown.value && layout) {
      const extent = barExtent(shown.value.index, shown.value.mask, layout.laneOf, spec);
      const w = paddedWindow(extent.startMs, extent.endMs, centerWidth());
      timeline.setWindow(w.startMs, w.endMs, { animation: false });
      reapplySelection();
    } else selectedId.set(id);
  });

  registerViewCommands(timeline, fitAll);
  initSelectionNav(timeline, container);
  return timeline;
}
