import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
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
import { loadTimelineBytes, readTimelineFile, writeFileAtomic, type ReadOptions } from './files';
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
  /** Paths main obtained (drops, OS open-file, menu) that the page may open once, by token. */
  readonly grants: PathGrants;
  readonly bundledPath: string;
  /** Where the validation worker is (the e2e harness points at the built one); default: beside main. */
  readonly readOptions?: ReadOptions;
  /** A file named on the command line, already resolved to an absolute path. */
  readonly startupPath?: string;
  readonly platform: string;
  readonly version: string;
  /** `kind: 'article'` asks for a news article (.txt, .md, .html) instead of a timeline file. */
  showOpenDialog(options: { defaultPath?: string; kind?: 'article' }): Promise<string | undefined>;
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

const FORMAT_EXTENSIONS: Record<string, string> = { png: '.png', svg: '.svg', pdf: '.pdf' };
/** How often the save dialog is shown again when the chosen name lacks the extension. */
const SAVE_ATTEMPTS = 3;

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

  async function rememberOpened(result: LoadResult): Promise<void> {
    if (!result.ok || result.path === deps.bundledPath || !result.path) return;
    const recent = pushRecent(settings.get().recent, result.path);
    await settings.update({ recent, lastOpenFolder: dirname(result.path), lastFile: result.path });
    deps.send('recent:changed', recent);
  }

  async function openPath(path: string): Promise<LoadResult> {
    const result = await readTimelineFile(
      path,
      (fraction, phase) => deps.send('load:progress', { name: basename(path), fraction, phase }),
      deps.readOptions,
    );
    await rememberOpened(result);
    return result;
  }

  /** Chosen at start-up by main alone; a last file that has gone is not tried. */
  let startupPath = deps.startupPath ?? settings.get().lastFile ?? deps.bundledPath;

  /** Asks for a file name until it carries the format's extension, so no file is overwritten unasked. */
  async function chooseSaveTarget(defaultPath: string, format: string, ext: string) {
    for (let attempt = 0, suggestion = defaultPath; attempt < SAVE_ATTEMPTS; attempt++) {
      const chosen = await deps.showSaveDialog({ defaultPath: suggestion, format });
      if (chosen === undefined || extname(chosen).toLowerCase() === ext) return chosen;
      suggestion = chosen + ext;
    }
    return undefined;
  }

  return {
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
      return loadTimelineBytes(
        bytes,
        name,
        '',
        (fraction, phase) => deps.send('load:progress', { name, fraction, phase }),
        deps.readOptions,
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
      const name = suggestedBaseName(suggestedName);
      const target = await chooseSaveTarget(folder ? join(folder, name) : name, format, ext);
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
      const path = await deps.showOpenDialog({ defaultPath: settings.get().lastOpenFolder, kind: 'article' });
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
