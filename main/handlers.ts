import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type {
  EventChannel,
  EventContract,
  InitialState,
  InvokeChannel,
  LoadResult,
  RequestOf,
  ResponseOf,
  SaveResult,
} from '../core/ipc-contract';
import { loadTimelineBytes, readTimelineFile, writeFileAtomic } from './files';
import { pruneRecent, pushRecent } from './recent';
import type { SettingsStore } from './settings-store';
import { isSafeExternalUrl } from './url-policy';

/**
 * What the handlers need from the operating system. Electron provides these in the app; the
 * e2e harness and unit tests provide Node versions (a scripted dialog answer, a temp user-data
 * folder), so the same handler code runs everywhere.
 */
export interface HandlerDeps {
  readonly settings: SettingsStore;
  readonly bundledPath: string;
  readonly startupPath?: string;
  readonly platform: string;
  readonly version: string;
  showOpenDialog(options: { defaultPath?: string }): Promise<string | undefined>;
  showSaveDialog(options: { defaultPath: string; format: string }): Promise<string | undefined>;
  openExternal(url: string): Promise<void>;
  setNativeTheme(theme: 'system' | 'light' | 'dark'): void;
  send<E extends EventChannel>(channel: E, payload: EventContract[E]): void;
}

export type Handlers = { [C in InvokeChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

const exists = (p: string) =>
  stat(p).then(
    (s) => s.isFile(),
    () => false,
  );

const FORMAT_EXTENSIONS: Record<string, string> = { png: '.png', svg: '.svg', pdf: '.pdf' };

/** Creates every invoke handler over injected OS dependencies. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { settings } = deps;

  async function rememberOpened(result: LoadResult): Promise<void> {
    if (!result.ok || result.path === deps.bundledPath || !result.path) return;
    const recent = pushRecent(settings.get().recent, result.path);
    await settings.update({ recent, lastOpenFolder: dirname(result.path) });
    deps.send('recent:changed', recent);
  }

  async function openPath(path: string): Promise<LoadResult> {
    const result = await readTimelineFile(path, (fraction, phase) =>
      deps.send('load:progress', { name: basename(path), fraction, phase }),
    );
    await rememberOpened(result);
    return result;
  }

  return {
    async 'app:initial-state'(): Promise<InitialState> {
      const { kept, dropped } = await pruneRecent(settings.get().recent, exists);
      if (dropped.length) await settings.update({ recent: kept });
      const s = settings.get();
      return {
        startupPath: deps.startupPath ?? deps.bundledPath,
        bundledPath: deps.bundledPath,
        recent: kept,
        view: s.view,
        theme: s.theme,
        platform: deps.platform,
        version: deps.version,
        // Returned, not sent: at this point the page has not subscribed to notices yet.
        notices: dropped.length
          ? [`Removed from Open Recent because the file is gone: ${dropped.map((d) => d.name).join(', ')}`]
          : [],
      };
    },
    async 'file:open-dialog'() {
      const path = await deps.showOpenDialog({ defaultPath: settings.get().lastOpenFolder });
      return path === undefined ? null : openPath(path);
    },
    async 'file:open-path'({ path }) {
      return openPath(path);
    },
    async 'file:open-bytes'({ name, bytes }) {
      return loadTimelineBytes(bytes, name, '', (fraction, phase) =>
        deps.send('load:progress', { name, fraction, phase }),
      );
    },
    async 'recent:list'() {
      return settings.get().recent;
    },
    async 'recent:clear'() {
      await settings.update({ recent: [] });
      deps.send('recent:changed', []);
      return [];
    },
    async 'settings:save-view'(view) {
      await settings.update({ view });
    },
    async 'theme:set'(theme) {
      deps.setNativeTheme(theme);
      await settings.update({ theme });
    },
    async 'export:save'({ suggestedName, format, data }): Promise<SaveResult> {
      const ext = FORMAT_EXTENSIONS[format];
      if (!ext) return { saved: false, error: `Unknown export format "${format}".` };
      const folder = settings.get().lastExportFolder;
      const chosen = await deps.showSaveDialog({
        defaultPath: folder ? join(folder, suggestedName) : suggestedName,
        format,
      });
      if (chosen === undefined) return { saved: false, canceled: true };
      const target = extname(chosen).toLowerCase() === ext ? chosen : chosen + ext;
      try {
        await writeFileAtomic(target, data);
      } catch (error) {
        return { saved: false, error: error instanceof Error ? error.message : String(error) };
      }
      await settings.update({ lastExportFolder: dirname(target) });
      return { saved: true, path: target };
    },
    async 'shell:open-external'({ url }) {
      if (!isSafeExternalUrl(url)) return false;
      await deps.openExternal(url);
      return true;
    },
  };
}
