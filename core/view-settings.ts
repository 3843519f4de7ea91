import type { FilterState } from './filter';
import type { LaneMode } from './lanes';
import { STATUSES, type Status } from './model';
import { isEventType } from './taxonomy';

/**
 * The view the renderer saves between sessions. It is read back from a settings file on disk
 * that anyone may have edited, so `readSavedView` checks every field and drops what is wrong
 * one field at a time: a bad width must not cost the user their filters.
 */
export interface SavedView {
  path?: string;
  window?: { startMs: number; endMs: number };
  laneMode?: LaneMode;
  filter?: FilterState;
  selectedId?: string;
  detail?: { visible: boolean; width: number };
  query?: string;
}

export const PANE_MIN_WIDTH = 260;
export const PANE_MAX_WIDTH = 800;

/** Keeps the detail pane usable: narrower hides its text, wider hides the timeline. */
export function clampPaneWidth(width: number): number {
  return Math.round(Math.min(PANE_MAX_WIDTH, Math.max(PANE_MIN_WIDTH, width)));
}

const LANE_MODES: readonly LaneMode[] = ['type', 'country', 'actor', 'none'];
/** Saved times are UTC ms within ±275,000 years, what Date can represent. */
const MAX_MS = 8.64e15;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isMs = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_MS;
const shortString = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;

function strings(v: unknown, max: number): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => shortString(s, max)).slice(0, 1000) : [];
}

function readFilter(v: unknown): FilterState | undefined {
  if (!isRecord(v)) return undefined;
  const filter: FilterState = {
    types: strings(v.types, 50).filter(isEventType),
    countries: strings(v.countries, 10),
    actors: strings(v.actors, 200),
    statuses: strings(v.statuses, 20).filter((s): s is Status => (STATUSES as readonly string[]).includes(s)),
  };
  if (isMs(v.fromMs)) filter.fromMs = v.fromMs;
  if (isMs(v.toMs)) filter.toMs = v.toMs;
  return filter;
}

/** Validates saved settings field by field; anything unexpected is left out, never thrown. */
export function readSavedView(raw: unknown): SavedView {
  if (!isRecord(raw)) return {};
  const view: SavedView = {};
  if (shortString(raw.path, 4096)) view.path = raw.path;
  const w = raw.window;
  if (isRecord(w) && isMs(w.startMs) && isMs(w.endMs) && w.endMs > w.startMs)
    view.window = { startMs: w.startMs, endMs: w.endMs };
  if (LANE_MODES.includes(raw.laneMode as LaneMode)) view.laneMode = raw.laneMode as LaneMode;
  const filter = readFilter(raw.filter);
  if (filter) view.filter = filter;
  if (shortString(raw.selectedId, 200)) view.selectedId = raw.selectedId;
  const d = raw.detail;
  if (isRecord(d) && typeof d.visible === 'boolean' && isMs(d.width))
    view.detail = { visible: d.visible, width: clampPaneWidth(d.width) };
  if (typeof raw.query === 'string' && raw.query.length <= 500) view.query = raw.query;
  return view;
}
