import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSettings, type Settings } from '../core/app/settings-schema';
import { writeFileAtomic } from './files';

export type { Settings, WindowBounds } from '../core/app/settings-schema';

const DEFAULTS: Settings = { recent: [], view: {}, theme: 'system' };

/**
 * The user's settings in userData/settings.json. Writes are atomic and serialised, so a crash
 * mid-write or two quick updates never leave a torn file; a corrupt file, or one bad field in
 * it, falls back to defaults field by field (core/app/settings-schema) instead of stopping the
 * app from starting.
 *
 * Settings are best-effort: `update` never rejects, because an unwritable userData folder must
 * not fail the user's action (opening a file, an export) that caused the write. A failed write
 * is reported once per run of failures to `onWriteError`, which main turns into a notice.
 */
export class SettingsStore {
  private current: Settings = { ...DEFAULTS };
  private writing: Promise<void> = Promise.resolve();
  private failing = false;

  constructor(
    private readonly dir: string,
    private readonly onWriteError: (message: string) => void = () => undefined,
  ) {}

  get file(): string {
    return join(this.dir, 'settings.json');
  }

  async load(): Promise<Settings> {
    try {
      this.current = readSettings(JSON.parse(await readFile(this.file, 'utf8')));
    } catch {
      this.current = { ...DEFAULTS };
    }
    return this.current;
  }

  get(): Settings {
    return this.current;
  }

  /** Applies a change and persists it; resolves once this change is on disk or has failed. */
  update(change: Partial<Settings>): Promise<void> {
    this.current = { ...this.current, ...change };
    const snapshot = JSON.stringify(this.current, null, 2);
    this.writing = this.writing.then(() =>
      writeFileAtomic(this.file, snapshot).then(
        () => void (this.failing = false),
        (error: unknown) => {
          if (this.failing) return;
          this.failing = true;
          this.onWriteError(`Settings could not be saved (${(error as Error).message}).`);
        },
      ),
    );
    return this.writing;
  }
}
