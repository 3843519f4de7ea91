import { z } from 'zod';
import type { FilterState } from '../index/filter';
import type { LaneMode } from '../index/lanes';
import { STATUSES, type Status } from '../file-format/model';

/**
 * Every shape read back from the settings file, in one place. The file is on disk where anyone
 * may edit it, so each field is parsed on its own and falls back to its default alone: a bad
 * window size must not cost the user their recent files, a bad width not their filters.
 * Main (settings store, recent list) and the renderer (saved view) both read through here.
 */

/** Saved times are UTC ms within ±275,000 years, what Date can represent. */
const MAX_MS = 8.64e15;
export const MAX_RECENT = 10;
export const PANE_MIN_WIDTH = 260;
export const PANE_MAX_WIDTH = 800;

/** Keeps the detail pane usable: narrower hides its text, wider hides the timeline. */
export function clampPaneWidth(width: number): number {
  return Math.round(Math.min(PANE_MAX_WIDTH, Math.max(PANE_MIN_WIDTH, width)));
}

const ms = z.number().finite().min(-MAX_MS).max(MAX_MS);
const text = (max: number) => z.string().min(1).max(max);
/** A field that is simply left out when it is malformed. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** Keeps the well-formed entries of a list and drops the others, one by one. */
function listOf<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((items) =>
      items
        .flatMap((raw) => {
          const parsed = item.safeParse(raw);
          return parsed.success ? [parsed.data as z.output<T>] : [];
        })
        .slice(0, max),
    );
}

export const recentFileSchema = z.object({ path: text(4096), name: text(1024) });
export const recentListSchema = listOf(recentFileSchema, MAX_RECENT);

const LANE_MODES = ['type', 'country', 'actor', 'none'] as const satisfies readonly LaneMode[];

const filterSchema = z.object({
  types: listOf(text(200), 1000),
  countries: listOf(text(10), 1000),
  actors: listOf(text(200), 1000),
  statuses: listOf(text(20), 1000).transform((list) =>
    list.filter((s): s is Status => (STATUSES as readonly string[]).includes(s)),
  ),
  fromMs: optional(ms),
  toMs: optional(ms),
});

export const savedViewSchema = z.object({
  /** Only a key telling which file this view belongs to: main never opens it. */
  path: optional(text(4096)),
  window: optional(
    z.object({ startMs: ms, endMs: ms }).refine((w) => w.endMs > w.startMs, 'window ends before it starts'),
  ),
  laneMode: optional(z.enum(LANE_MODES)),
  filter: optional(filterSchema),
  selectedId: optional(text(200)),
  detail: optional(z.object({ visible: z.boolean(), width: ms.transform(clampPaneWidth) })),
  query: optional(z.string().max(500)),
  /** The filters sidebar shown or collapsed (Ctrl/Cmd+B), and the legend unfolded or on one line. */
  sidebar: optional(z.boolean()),
  legendOpen: optional(z.boolean()),
});

export const windowBoundsSchema = z.object({
  x: z.number().finite().optional().catch(undefined),
  y: z.number().finite().optional().catch(undefined),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
  maximized: z.boolean().catch(false),
});

export const settingsSchema = z.object({
  recent: recentListSchema,
  view: z.record(z.string(), z.unknown()).catch({}),
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
  window: optional(windowBoundsSchema),
  lastOpenFolder: optional(text(4096)),
  lastExportFolder: optional(text(4096)),
  /** The last file opened, restored at start: main's own record, never the page's. */
  lastFile: optional(text(4096)),
});

export interface SavedView {
  path?: string;
  window?: { startMs: number; endMs: number };
  laneMode?: LaneMode;
  filter?: FilterState;
  selectedId?: string;
  detail?: { visible: boolean; width: number };
  query?: string;
  sidebar?: boolean;
  legendOpen?: boolean;
}
export type Settings = z.output<typeof settingsSchema>;
export type WindowBounds = z.output<typeof windowBoundsSchema>;

/** Drops the keys whose value fell back to "left out", so results compare and serialise cleanly. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const asRecord = (raw: unknown): Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};

/** Reads settings.json field by field; never throws. */
export function readSettings(raw: unknown): Settings {
  return withoutUndefined(settingsSchema.parse(asRecord(raw)));
}

/** Reads a saved view field by field; anything unexpected is left out, never thrown. */
export function readSavedView(raw: unknown): SavedView {
  const view = withoutUndefined(savedViewSchema.parse(asRecord(raw))) as SavedView;
  if (view.filter) view.filter = withoutUndefined(view.filter);
  return view;
}
