import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecentFile, ThemeSource, ViewSettings } from '../core/ipc-contract';
import { writeFileAtomic } from './files';
import { sanitizeRecent } from './recent';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Settings {
  recent: RecentFile[];
  view: ViewSettings;
  theme: ThemeSource;
  window?: WindowBounds;
  lastOpenFolder?: string;
  lastExportFolder?: string;
}

const DEFAULTS: Settings = { recent: [], view: {}, theme: 'system' };

function sanitize(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const theme = r.theme === 'light' || r.theme === 'dark' ? r.theme : 'system';
  const view = r.view && typeof r.view === 'object' && !Array.isArray(r.view) ? (r.view as ViewSettings) : {};
  const w = r.window as Partial<WindowBounds> | undefined;
  const window =
    w && typeof w.width === 'number' && typeof w.height === 'number'
      ? { x: w.x, y: w.y, width: w.width, height: w.height, maximized: w.maximized === true }
      : undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    recent: sanitizeRecent(r.recent),
    view,
    theme,
    ...(window ? { window } : {}),
    ...(str(r.lastOpenFolder) ? { lastOpenFolder: str(r.lastOpenFolder) } : {}),
    ...(str(r.lastExportFolder) ? { lastExportFolder: str(r.lastExportFolder) } : {}),
  };
}

/**
 * The user's settings in userData/settings.json. Writes are atomic and serialised, so a crash
 * mid-write or two quick updates never leave a torn file; a corrupt file falls back to defaults
 * instead of stopping the app from starting.
 */
export class SettingsStore {
  private current: Settings = { ...DEFAULTS };
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly dir: string) {}

  get file(): string {
    return join(this.dir, 'settings.json');
  }

  async load(): Promise<Settings> {
    try {
      this.current = sanitize(JSON.parse(await readFile(this.file, 'utf8')));
    } catch {
      this.current = { ...DEFAULTS };
    }
    return this.current;
  }

  get(): Settings {
    return this.current;
  }

  /** Applies a change and persists it; resolves once this change is on disk. */
  update(change: Partial<Settings>): Promise<void> {
    this.current = { ...this.current, ...change };
    const snapshot = JSON.stringify(this.current, null, 2);
    this.writing = this.writing.catch(() => undefined).then(() => writeFileAtomic(this.file, snapshot));
    return this.writing;
  }
}
