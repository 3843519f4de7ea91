import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { PathGrants } from './grants';
import type {
  EventChannel,
  EventContract,
  InitialState,
  InvokeChannel,
  LoadResult,
  RequestOf,
  ResponseOf,
  SaveResult,
} from '../core/app/ipc-contract';
import { articleFromBytes, readArticleFile } from './article-file';
import {
  loadTimelineBytes,
  readImportText,
  readTimelineFile,
  writeFileAtomic,
  type ReadOptions,
} from './files';
import { pruneRecent, pushRecent } from './recent';
import type { SettingsStore } from './settings-store';
import { createDocumentHandlers, type DocumentDeps } from './document-handlers';
import { stampOfBytes, type DiskStamp } from './document-save';
import { chooseSaveTarget } from './save-target';
import { isSafeExternalUrl } from './url-policy';

/**
 * What the handlers need from the operating system. Electron provides these in the app; the
 * e2e harness and unit tests provide Node versions (a scripted dialog answer, a temp user-data
 * folder), so the same handler code runs everywhere.
 */
export interface HandlerDeps extends DocumentDeps {
  readonly settings: SettingsStore;
  /** Paths main obtained (drops, OS open-file, menu) that the page may open once, by token. */
  readonly grants: PathGrants;
  readonly bundledPath: string;
  /** Where the validation worker is (the e2e harness points at the built one); default: beside main. */
  readonly readOptions?: ReadOptions;
  /** A file named on the command line, already resolved to an absolute path. */
  readonly startupPath?: string;
  readonly platform: string;
  readonly version: string;
  /** What the dialog asks for: a timeline (default), data to import, or a news article (.txt, .md, .html). */
  showOpenDialog(options: {
    defaultPath?: string;
    purpose?: 'open' | 'import' | 'article';
  }): Promise<string | undefined>;
  showSaveDialog(options: { defaultPath: string; format: string }): Promise<string | undefined>;
  openExternal(url: string): Promise<void>;
  /** Shows the full URL and asks whether to open it; true only when the user agrees. */
  confirmExternal(url: string): Promise<boolean>;
  setNativeTheme(theme: 'system' | 'light' | 'dark'): void;
  send<E extends EventChannel>(channel: E, payload: EventContract[E]): void;
}

export type Handlers = { [C in InvokeChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

const exists = (p: string) =>
  stat(p).then(
    (s) => s.isFile(),
    () => false,
  );

const FORMAT_EXTENSIONS: Record<string, string> = {
  png: '.png',
  svg: '.svg',
  pdf: '.pdf',
  chronoscope: '.json',
  csv: '.csv',
  timelinejs: '.json',
  markwhen: '.mw',
};

/** The page suggests a name only: any folder part (`../`, `C:\\`) is dropped. */
export function suggestedBaseName(name: string): string {
  return name.split(/[\\/]/).pop()?.replace(/^\.+/, '') || 'timeline';
}

const refused = (problem: string): LoadResult => ({
  ok: false,
  path: '',
  name: 'file',
  problems: [{ file: 'file', rule: 'not-granted', message: problem }],
  truncated: false,
});

/** Creates every invoke handler over injected OS dependencies. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { settings } = deps;

  async function remember(path: string): Promise<void> {
    if (path === deps.bundledPath || !path) return;
    const recent = pushRecent(settings.get().recent, path);
    await settings.update({ recent, lastOpenFolder: dirname(path), lastFile: path });
    deps.send('recent:changed', recent);
  }

  const documents = createDocumentHandlers(deps, {
    remember,
    warn: (message) => deps.send('notice', { message }),
  });

  async function openPath(path: string): Promise<LoadResult> {
    let stamp: DiskStamp | null = null;
    const result = await readTimelineFile(
      path,
      (fraction, phase) => deps.send('load:progress', { name: basename(path), fraction, phase }),
      { ...deps.readOptions, onRead: (bytes, mtimeMs) => (stamp = stampOfBytes(bytes, mtimeMs)) },
    );
    if (result.ok) {
      await documents.opened(path, result.name, stamp);
      await remember(path);
    }
    return result;
  }

  /** Chosen at start-up by main alone; a last file that has gone is not tried. */
  let startupPath = deps.startupPath ?? settings.get().lastFile ?? deps.bundledPath;

  return {
    ...documents.handlers,
    async 'app:initial-state'(): Promise<InitialState> {
      const { kept, dropped } = await pruneRecent(settings.get().recent, exists);
      if (dropped.some((d) => d.path === startupPath) && startupPath !== deps.startupPath)
        startupPath = deps.bundledPath;
      if (dropped.length) void settings.update({ recent: kept });
      const s = settings.get();
      return {
        startupPath,
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
    async 'file:open-startup'() {
      return openPath(startupPath);
    },
    async 'file:open-bundled'() {
      const result = await openPath(deps.bundledPath);
      if (result.ok) void settings.update({ lastFile: undefined });
      return result;
    },
    async 'file:open-recent'({ index }) {
      const entry = settings.get().recent[index];
      return entry ? openPath(entry.path) : refused('There is no such entry in Open Recent.');
    },
    async 'file:open-granted'({ token }) {
      const path = deps.grants.take(token);
      return path ? openPath(path) : refused('This file was not chosen by the user, or the request expired.');
    },
    async 'drop:grant'({ paths }) {
      return paths.map((path) => deps.grants.issue(path));
    },
    async 'file:open-bytes'({ name, bytes }) {
      const result = await loadTimelineBytes(
        bytes,
        name,
        '',
        (fraction, phase) => deps.send('load:progress', { name, fraction, phase }),
        deps.readOptions,
      );
      // Bytes have no file main may write: Save of this document means Save As.
      if (result.ok) await documents.opened(null, name, null);
      return result;
    },
    async 'file:import-dialog'() {
      const path = await deps.showOpenDialog({
        defaultPath: settings.get().lastOpenFolder,
        purpose: 'import',
      });
      if (path === undefined) return null;
      const result = await readImportText(path, (fraction, phase) =>
        deps.send('load:progress', { name: basename(path), fraction, phase }),
      );
      if (result.ok) void settings.update({ lastOpenFolder: dirname(path) });
      return result;
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
      const name = suggestedBaseName(suggestedName);
      const target = await chooseSaveTarget(
        (defaultPath) => deps.showSaveDialog({ defaultPath, format }),
        folder ? join(folder, name) : name,
        ext,
      );
      if (target === undefined) return { saved: false, canceled: true };
      try {
        await writeFileAtomic(target, data);
      } catch (error) {
        return { saved: false, error: error instanceof Error ? error.message : String(error) };
      }
      void settings.update({ lastExportFolder: dirname(target) });
      return { saved: true, path: target };
    },
    async 'article:open-dialog'() {
      const path = await deps.showOpenDialog({
        defaultPath: settings.get().lastOpenFolder,
        purpose: 'article',
      });
      return path === undefined ? null : readArticleFile(path);
    },
    async 'article:open-bytes'({ name, bytes }) {
      return articleFromBytes(suggestedBaseName(name), bytes);
    },
    async 'shell:open-external'({ url }) {
      if (!isSafeExternalUrl(url) || !(await deps.confirmExternal(url))) return false;
      await deps.openExternal(url);
      return true;
    },
  };
}
