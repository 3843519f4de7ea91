import { createHistory, type History } from '../../core/edit/history';
import type { EventIndex } from '../../core/index/event-index';
import { emptyFilter, type FilterState } from '../../core/index/filter';
import type { ThemeSource } from '../../core/app/ipc-contract';
import type { LaneMode } from '../../core/index/lanes';
import type { TimelineFile } from '../../core/file-format/model';
import type { SavedView } from '../../core/app/view-settings';

/*
 * The renderer's whole state as one immutable value. Views read it through the selectors in
 * derived.ts and change it only by calling actions; nothing else may write it (ESLint keeps
 * store.ts private to the actions). Positions ("pos") are ranks in the loaded index (time
 * order); ids are the events' file ids and survive a reload of the same file.
 */

/** The timeline on screen. Replaced only by a file that loaded without problems. */
export interface LoadedTimeline {
  /** Which opening this is: edits keep it, opening a file (even the same one again) changes it. */
  readonly opening: number;
  readonly name: string;
  readonly path: string;
  readonly file: TimelineFile;
  readonly index: EventIndex;
}

/** A span of time in UTC milliseconds, end exclusive. */
export interface TimeWindow {
  readonly startMs: number;
  readonly endMs: number;
}

export interface DetailPaneState {
  readonly visible: boolean;
  readonly width: number;
}

export interface AppState {
  readonly doc: LoadedTimeline | undefined;
  readonly filter: FilterState;
  /** The search box's text; the matches are derived from it, never stored. */
  readonly query: string;
  /** The event the detail pane shows and N/P step from: the last one clicked. */
  readonly selectedId: string | undefined;
  /**
   * The other selected events (Ctrl/Shift+click, a Shift+drag rectangle), for delete, move and
   * retype of several at once. Never contains `selectedId`; empty without a primary.
   */
  readonly alsoSelected: readonly string[];
  readonly laneMode: LaneMode;
  readonly detailPane: DetailPaneState;
  /** The filters sidebar: collapsed, the timeline gets its width. */
  readonly sidebarVisible: boolean;
  /** The legend in full; folded, it is one line. */
  readonly legendOpen: boolean;
  readonly theme: ThemeSource;
  /** The time window on screen, as the timeline view last reported it. */
  readonly window: TimeWindow | undefined;
  /**
   * Where the timeline should open `doc`: the window restored from the last session, or
   * undefined for "fit all". Set together with `doc`, so the view never sees one without the other.
   */
  readonly openingWindow: TimeWindow | undefined;
  /** The last session's view of a file not opened yet; applied when that file opens. */
  readonly pendingRestore: SavedView | undefined;
  /** The edits of `doc` since it was opened, for undo/redo and the unsaved-changes marker. */
  readonly history: History;
}

export const DEFAULT_PANE_WIDTH = 340;

export function initialState(): AppState {
  return {
    doc: undefined,
    filter: emptyFilter(),
    query: '',
    selectedId: undefined,
    alsoSelected: [],
    laneMode: 'type',
    detailPane: { visible: true, width: DEFAULT_PANE_WIDTH },
    sidebarVisible: true,
    legendOpen: false,
    theme: 'system',
    window: undefined,
    openingWindow: undefined,
    pendingRestore: undefined,
    history: createHistory(),
  };
}
