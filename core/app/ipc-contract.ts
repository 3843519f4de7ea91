import type { Problem } from '../file-format/problem';
import type { TimelineFile } from '../file-format/model';
import type { PublishedMetadata } from '../extract/publication-date';

/**
 * Every message that crosses between the main process and the renderer, in one place.
 * Main registers one handler per invoke channel, the preload exposes exactly one function per
 * channel, and the e2e harness bridges the same channels, so nothing can be called that is not
 * declared here.
 */

export type ThemeSource = 'system' | 'light' | 'dark';

/** A loaded timeline file, or every problem that stopped it from loading. */
export type LoadResult =
  | { ok: true; path: string; name: string; file: TimelineFile; warnings: Problem[] }
  | {
      ok: false;
      path: string;
      name: string;
      problems: Problem[];
      truncated: boolean;
      /** Not a Chronoscope file but one the importers read (TimelineJS, CSV, …): offer an import. */
      foreign?: { format: string; text: string };
    };

export interface RecentFile {
  readonly path: string;
  readonly name: string;
}

/** The persisted view, restored on next start. Opaque to main: the renderer owns its shape. */
export type ViewSettings = Record<string, unknown>;

export interface InitialState {
  /**
   * The file `file:open-startup` will open: a path from the command line, else the last file
   * opened (main's own record), else the bundled dataset. Told to the page only so it can
   * restore that file's view; the page never sends a path back.
   */
  readonly startupPath: string;
  readonly bundledPath: string;
  readonly recent: RecentFile[];
  readonly view: ViewSettings;
  readonly theme: ThemeSource;
  readonly platform: string;
  readonly version: string;
  /** Messages for the user from start-up (e.g. recent files that were pruned). */
  readonly notices: readonly string[];
}

export type ExportFormat = 'png' | 'svg' | 'pdf';
/** Data exports (core/export-data): the page converts, main only saves the text. */
export type DataExportFormat = 'chronoscope' | 'csv' | 'timelinejs' | 'markwhen';

/**
 * A file chosen for import, read and decoded by main: the page runs the pure importers
 * (core/import) on the text, so the preview can re-run them with another column mapping.
 */
export type ImportTextResult =
  { ok: true; name: string; text: string } | { ok: false; name: string; problems: Problem[] };

export type SaveResult =
  { saved: true; path: string } | { saved: false; canceled: true } | { saved: false; error: string };

/** How Save, Save As… or the save in the unsaved-changes question ended. */
export type DocumentSaveResult =
  | { status: 'saved'; path: string; name: string }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

/** The answer to "Save the changes to this timeline?" before it is closed or replaced. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/**
 * What main needs to know about the shown document after each change: the Edit menu's labels,
 * the window's edited marker (macOS), and whether closing must ask first.
 */
export interface DocumentStatus {
  readonly dirty: boolean;
  /** "Undo Move Event", absent when there is nothing to undo. */
  readonly undoLabel?: string;
  readonly redoLabel?: string;
}
/** An article file the user chose, read by main (HTML through Readability) into plain data. */
export type ArticleFileResult =
  | {
      ok: true;
      name: string;
      text: string;
      headline?: string;
      url?: string;
      /** Publication metadata of an HTML page (article:published_time, JSON-LD, <time>). */
      metadata: PublishedMetadata[];
      /** Opening words of page blocks left out as not part of the article. */
      cut: string[];
    }
  | { ok: false; name: string; error: string };

/** Invoke channels: request and response types. */
export interface InvokeContract {
  'app:initial-state': { request: void; response: InitialState };
  'file:open-dialog': { request: void; response: LoadResult | null };
  /** Main picks the file (see InitialState.startupPath); the page names none. */
  'file:open-startup': { request: void; response: LoadResult };
  'file:open-bundled': { request: void; response: LoadResult };
  /** The page names an entry of Open Recent by its position, not a path. */
  'file:open-recent': { request: { index: number }; response: LoadResult };
  /** A one-time token main issued for a path it obtained: a drop, an OS open-file, a menu click. */
  'file:open-granted': { request: { token: string }; response: LoadResult };
  'file:open-bytes': { request: { name: string; bytes: Uint8Array }; response: LoadResult };
  /** File › Import…: main shows the open dialog and returns the chosen file's text; null if cancelled. */
  'file:import-dialog': { request: void; response: ImportTextResult | null };
  'recent:list': { request: void; response: RecentFile[] };
  'recent:clear': { request: void; response: RecentFile[] };
  'settings:save-view': { request: ViewSettings; response: void };
  'theme:set': { request: ThemeSource; response: void };
  'export:save': {
    request: { suggestedName: string; format: ExportFormat | DataExportFormat; data: Uint8Array | string };
    response: SaveResult;
  };
  'shell:open-external': { request: { url: string }; response: boolean };
  /** Main shows an open dialog for an article (.txt, .md, .html) and returns its text; null if cancelled. */
  'article:open-dialog': { request: void; response: ArticleFileResult | null };
  /** Reads an article the page already holds (a dropped .txt, .md or .html file); no path crosses. */
  'article:open-bytes': { request: { name: string; bytes: Uint8Array }; response: ArticleFileResult };
  /**
   * Save: to the file main opened, when it may write it (not the bundled dataset, not dropped
   * bytes); otherwise this is Save As. A file another program changed since it was opened is
   * not overwritten without asking. The page sends the text only, never a path.
   */
  'document:save': { request: { text: string; suggestedName: string }; response: DocumentSaveResult };
  /** Save As…: main asks for the file; the page only suggests a base name. */
  'document:save-as': { request: { text: string; suggestedName: string }; response: DocumentSaveResult };
  /** New timeline: main forgets the current file and returns an empty, untitled one. */
  'document:new': { request: void; response: LoadResult };
  'document:status': { request: DocumentStatus; response: void };
  /** Main asks Save / Don't Save / Cancel about the shown document's unsaved changes. */
  'document:confirm-discard': { request: void; response: UnsavedChoice };
  /** The page has dealt with unsaved changes: main closes the window for real. */
  'window:close': { request: void; response: void };
  /** Autosave of unsaved changes to the recovery file in userData (crash recovery). */
  'recovery:write': { request: { text: string }; response: void };
  'recovery:discard': { request: void; response: void };
  /**
   * At start-up: main looks for unsaved changes a crashed run left, asks whether to restore
   * them, and returns the recovered timeline (as a load of its file) or null.
   */
  'recovery:restore': { request: void; response: LoadResult | null };
  /**
   * Preload only, never exposed to the page: the preload's own listener for trusted drop
   * events reports the dropped files' paths and gets one token per path back.
   */
  'drop:grant': { request: { paths: string[] }; response: string[] };
}

/** Events main sends to the renderer. */
export interface EventContract {
  'menu:command': string;
  /** Main obtained a file for the page to open (OS open-file, second launch, Open Recent). */
  'file:open-request': { token: string; name: string };
  'load:progress': { name: string; fraction: number; phase: 'reading' | 'validating' };
  'recent:changed': RecentFile[];
  notice: { message: string };
  /** The user asked to close the window: the page deals with unsaved changes, then calls `closeWindow`. */
  'window:close-requested': null;
}

export type InvokeChannel = keyof InvokeContract;
export type EventChannel = keyof EventContract;
export type RequestOf<C extends InvokeChannel> = InvokeContract[C]['request'];
export type ResponseOf<C extends InvokeChannel> = InvokeContract[C]['response'];

/** The method names the preload exposes, one per invoke channel. */
export const INVOKE_METHODS = {
  getInitialState: 'app:initial-state',
  openFileDialog: 'file:open-dialog',
  openStartup: 'file:open-startup',
  openBundled: 'file:open-bundled',
  openRecent: 'file:open-recent',
  openGranted: 'file:open-granted',
  openBytes: 'file:open-bytes',
  importFileDialog: 'file:import-dialog',
  listRecent: 'recent:list',
  clearRecent: 'recent:clear',
  saveView: 'settings:save-view',
  setTheme: 'theme:set',
  saveExport: 'export:save',
  openExternal: 'shell:open-external',
  saveDocument: 'document:save',
  saveDocumentAs: 'document:save-as',
  newDocument: 'document:new',
  setDocumentStatus: 'document:status',
  confirmDiscard: 'document:confirm-discard',
  closeWindow: 'window:close',
  writeRecovery: 'recovery:write',
  discardRecovery: 'recovery:discard',
  restoreRecovery: 'recovery:restore',
  openArticleDialog: 'article:open-dialog',
  openArticleBytes: 'article:open-bytes',
} as const satisfies Record<string, InvokeChannel>;

/** Subscription names the preload exposes, one per event channel. */
export const EVENT_METHODS = {
  onMenuCommand: 'menu:command',
  onOpenRequest: 'file:open-request',
  onLoadProgress: 'load:progress',
  onRecentChanged: 'recent:changed',
  onNotice: 'notice',
  onCloseRequested: 'window:close-requested',
} as const satisfies Record<string, EventChannel>;

type InvokeMethods = typeof INVOKE_METHODS;
type EventMethods = typeof EVENT_METHODS;

export type ChronoscopeApi = {
  [M in keyof InvokeMethods]: RequestOf<InvokeMethods[M]> extends void
    ? () => Promise<ResponseOf<InvokeMethods[M]>>
    : (request: RequestOf<InvokeMethods[M]>) => Promise<ResponseOf<InvokeMethods[M]>>;
} & {
  [M in keyof EventMethods]: (listener: (payload: EventContract[EventMethods[M]]) => void) => () => void;
} & {
  /** The token main issued for a file the user really dropped, for `openGranted`; else undefined. */
  grantForDroppedFile(file: File): Promise<string | undefined>;
};

/** Channels only the preload itself invokes; buildApi gives the page no function for them. */
export const PRELOAD_CHANNELS = ['drop:grant'] as const satisfies readonly InvokeChannel[];

/** Every channel main answers. */
export const INVOKE_CHANNELS: readonly InvokeChannel[] = [
  ...Object.values(INVOKE_METHODS),
  ...PRELOAD_CHANNELS,
];

/** The transport a preload needs: Electron's ipcRenderer, or the e2e harness's bridge. */
export interface IpcTransport {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
  grantForDroppedFile(file: File): Promise<string | undefined>;
  /** True while the page is handling a user gesture (a click, a key), per the browser. */
  hasUserGesture(): boolean;
}

/** Builds the renderer API from a transport, so the preload and tests expose the very same surface. */
export function buildApi(transport: IpcTransport): ChronoscopeApi {
  const api: Record<string, unknown> = {
    grantForDroppedFile: (file: File) => transport.grantForDroppedFile(file),
  };
  for (const [method, channel] of Object.entries(INVOKE_METHODS)) {
    api[method] = (request?: unknown) => transport.invoke(channel, request);
  }
  // A link opens only from a click or key press, never from a script running on its own.
  const openExternal = api.openExternal as (request: unknown) => Promise<unknown>;
  api.openExternal = (request: unknown) =>
    transport.hasUserGesture() ? openExternal(request) : Promise.resolve(false);
  for (const [method, channel] of Object.entries(EVENT_METHODS)) {
    api[method] = (listener: (payload: unknown) => void) => transport.on(channel, listener);
  }
  return api as ChronoscopeApi;
}
