import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type {
  DocumentSaveResult,
  DocumentStatus,
  InvokeChannel,
  RequestOf,
  ResponseOf,
  UnsavedChoice,
} from '../core/app/ipc-contract';
import { newTimelineFile } from '../core/edit/new-timeline';
import { nodeSaveFs, saveDocument, stampFile, type DiskStamp, type SaveFs } from './document-save';
import { maySaveInPlace } from './grants';
import {
  discardRecovery,
  findRecoveries,
  nodeRecoveryFs,
  recoveryFolder,
  recoveryKey,
  writeRecovery,
  type RecoveryFs,
} from './recovery';
import { chooseSaveTarget } from './save-target';
import type { SettingsStore } from './settings-store';

/**
 * The document side of main: which file the shown timeline belongs to (main's own record, so
 * the page never names a path), Save / Save As / New, the unsaved-changes question, the
 * changed-on-disk question, and the crash-recovery file. Questions go through `ask`, which is
 * Electron's message box in the app and a scripted answer in tests and the e2e harness.
 */

/** A question with buttons; `ask` resolves the index of the button chosen. */
export interface Question {
  readonly message: string;
  readonly detail?: string;
  readonly buttons: readonly string[];
  readonly defaultId: number;
  /** The answer when the box is dismissed (Esc, closing it). */
  readonly cancelId: number;
}

/** The document as main reports it to the window (menu labels, edited marker, title). */
export interface ShownDocumentStatus extends DocumentStatus {
  readonly name: string;
  readonly path: string | null;
}

export interface DocumentDeps {
  readonly settings: SettingsStore;
  readonly bundledPath: string;
  /** The recovery file lives in `<userData>/recovery`. */
  readonly userDataDir: string;
  readonly saveFs?: SaveFs;
  readonly recoveryFs?: RecoveryFs;
  showSaveDocumentDialog(options: { defaultPath: string }): Promise<string | undefined>;
  ask(question: Question): Promise<number>;
  documentStatusChanged(status: ShownDocumentStatus): void;
  /** Closes the window without asking again: the page has dealt with unsaved changes. */
  closeWindow(): void;
}

/** The shown document as main knows it; `path` is null for a new timeline or dropped bytes. */
interface OpenDocument {
  readonly path: string | null;
  readonly name: string;
  /** The file as it was on disk when opened or last saved: the changed-on-disk check. */
  readonly stamp: DiskStamp | null;
  /** Its recovery file's key (by path, or by this run's id for an untitled document). */
  readonly key: string;
}

export const UNTITLED_NAME = 'Untitled';
const TIMELINE_EXT = '.json';
const TIMELINE_SUFFIX = '.chronoscope.json';

const UNSAVED_CHOICES: readonly UnsavedChoice[] = ['save', 'discard', 'cancel'];

type DocumentChannel = Extract<InvokeChannel, `document:${string}` | `recovery:${string}` | 'window:close'>;
type DocumentHandlers = {
  [C in DocumentChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>>;
};

/** The page suggests a file name only: no folder part, and the timeline extension. */
function suggestedFileName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.replace(/^\.+/, '') || 'timeline';
  return base.toLowerCase().endsWith(TIMELINE_EXT) ? base : base + TIMELINE_SUFFIX;
}

/** What handlers.ts does for the document handlers. */
export interface DocumentHooks {
  /** Adds a saved file to Open Recent and makes it the file the next start opens. */
  remember(path: string): Promise<void>;
  /** Tells the user about a problem that does not stop them (a notice in the page). */
  warn(message: string): void;
}

/**
 * Creates the document handlers. `opened` must be called by whoever loads a file for the page
 * (handlers.ts), so main's record follows what is shown.
 */
export function createDocumentHandlers(deps: DocumentDeps, { remember, warn }: DocumentHooks) {
  const saveFs = deps.saveFs ?? nodeSaveFs;
  const recoveryFs = deps.recoveryFs ?? nodeRecoveryFs;
  const folder = recoveryFolder(deps.userDataDir);
  const untitledId = randomBytes(6).toString('hex');
  const documentFor = (
    path: string | null,
    name: string,
    stamp: DiskStamp | null,
    key = recoveryKey(path, untitledId),
  ): OpenDocument => ({ path, name, stamp, key });
  let current = documentFor(null, UNTITLED_NAME, null);
  let status: DocumentStatus = { dirty: false };
  let recoveryWarned = false;

  // Recovery writes and discards run one after another, so a discard after a save is never
  // overtaken by an autosave that started before it.
  let recoveryQueue: Promise<unknown> = Promise.resolve();
  const queueRecovery = (step: () => Promise<void>): Promise<void> => {
    const next = recoveryQueue.then(step, step);
    recoveryQueue = next.catch(() => undefined);
    return next;
  };
  // Nothing to discard where nothing could be written.
  const discard = (key: string) =>
    queueRecovery(() => discardRecovery(recoveryFs, folder, key)).catch(() => undefined);

  const reportStatus = () =>
    deps.documentStatusChanged({ ...status, name: current.name, path: current.path });

  /**
   * The page now shows a file main loaded (or dropped bytes: no path), with the stamp of the
   * bytes it read.
   */
  async function opened(path: string | null, name: string, stamp: DiskStamp | null): Promise<void> {
    // Replacing a document means its unsaved changes were saved or let go ("Don't Save").
    const previous = current.key;
    current = documentFor(path, name, stamp);
    status = { dirty: false };
    reportStatus();
    await discard(previous);
  }

  async function savedAs(path: string, stamp: DiskStamp): Promise<DocumentSaveResult> {
    const previous = current.key;
    current = documentFor(path, basename(path), stamp);
    await Promise.all([discard(previous), discard(current.key)]);
    await remember(path).catch(() => undefined);
    return { status: 'saved', path, name: current.name };
  }

  async function saveAs(text: string, suggestedName: string): Promise<DocumentSaveResult> {
    const inPlace = maySaveInPlace(current.path, deps.bundledPath);
    const startFolder = inPlace ? dirname(current.path!) : deps.settings.get().lastOpenFolder;
    const name = suggestedFileName(inPlace ? current.name : suggestedName);
    const target = await chooseSaveTarget(
      (defaultPath) => deps.showSaveDocumentDialog({ defaultPath }),
      startFolder ? join(startFolder, name) : name,
      TIMELINE_EXT,
      TIMELINE_SUFFIX,
    );
    if (target === undefined) return { status: 'canceled' };
    if (!maySaveInPlace(target, deps.bundledPath))
      return { status: 'error', message: 'The bundled dataset is read-only: choose another file name.' };
    // The dialog asked before replacing an existing file, so there is no stamp to compare.
    const outcome = await saveDocument(saveFs, { path: target, text });
    if (outcome.status === 'saved') return savedAs(target, outcome.stamp);
    return { status: 'error', message: outcome.status === 'error' ? outcome.message : 'not saved' };
  }

  async function save(text: string, suggestedName: string): Promise<DocumentSaveResult> {
    const { path, stamp } = current;
    if (!maySaveInPlace(path, deps.bundledPath)) return saveAs(text, suggestedName);
    let outcome = await saveDocument(saveFs, { path, text, ...(stamp ? { opened: stamp } : {}) });
    if (outcome.status === 'changed-on-disk') {
      const choice = await deps.ask({
        message: `${current.name} was changed by another program since you opened it.`,
        detail: 'Saving now replaces those changes with yours. Save As… keeps both.',
        buttons: ['Replace', 'Save As…', 'Cancel'],
        defaultId: 2,
        cancelId: 2,
      });
      if (choice === 1) return saveAs(text, suggestedName);
      if (choice !== 0) return { status: 'canceled' };
      outcome = await saveDocument(saveFs, { path, text, overwrite: true });
    }
    if (outcome.status === 'saved') return savedAs(path, outcome.stamp);
    return { status: 'error', message: outcome.status === 'error' ? outcome.message : 'not saved' };
  }

  // One save at a time: a second Ctrl+S during a long save must compare with the stamp the
  // first one leaves, or it would take the first save for another program's change.
  let saving: Promise<unknown> = Promise.resolve();
  const oneAtATime = (run: () => Promise<DocumentSaveResult>): Promise<DocumentSaveResult> => {
    const next = saving.then(run, run);
    saving = next.catch(() => undefined);
    return next;
  };

  const handlers: DocumentHandlers = {
    'document:save': ({ text, suggestedName }) => oneAtATime(() => save(text, suggestedName)),
    'document:save-as': ({ text, suggestedName }) => oneAtATime(() => saveAs(text, suggestedName)),
    async 'document:new'() {
      await opened(null, UNTITLED_NAME, null);
      return { ok: true, path: '', name: UNTITLED_NAME, file: newTimelineFile(), warnings: [] };
    },
    async 'document:status'(next) {
      status = next;
      reportStatus();
    },
    async 'document:confirm-discard'() {
      const choice = await deps.ask({
        message: `Do you want to save the changes you made to ${current.name}?`,
        detail: "Your changes will be lost if you don't save them.",
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
      });
      return UNSAVED_CHOICES[choice] ?? 'cancel';
    },
    async 'window:close'() {
      await discard(current.key);
      status = { dirty: false };
      deps.closeWindow();
    },
    async 'recovery:write'({ text }) {
      const { path, key } = current;
      // Best effort, like settings: a userData that cannot be written must not break editing.
      await queueRecovery(() =>
        writeRecovery(recoveryFs, folder, key, { documentPath: path, text, savedAt: new Date() }),
      ).catch((error: unknown) => {
        if (recoveryWarned) return;
        recoveryWarned = true;
        warn(`Unsaved changes cannot be kept for crash recovery: ${(error as Error).message}`);
      });
    },
    'recovery:discard': () => discard(current.key),
    async 'recovery:restore'() {
      const { found } = await findRecoveries(recoveryFs, folder);
      const newest = found[0];
      if (!newest) return null;
      const name = newest.documentPath ? basename(newest.documentPath) : UNTITLED_NAME;
      const choice = await deps.ask({
        message: `Chronoscope did not close normally. Restore your unsaved changes to ${name}?`,
        detail: `They were saved automatically at ${new Date(newest.savedAt).toLocaleString()}.`,
        buttons: ['Restore', 'Discard Changes'],
        defaultId: 0,
        // Dismissing the question must not lose the changes.
        cancelId: 0,
      });
      if (choice === 1) {
        await discard(newest.key);
        return null;
      }
      const path = newest.documentPath;
      // The file as it is now: what the crash left unsaved is compared with this on Save.
      const stamp = path ? await stampFile(saveFs, path).catch(() => null) : null;
      current = documentFor(path, name, stamp, newest.key);
      return { ok: true, path: path ?? '', name, file: newest.file, warnings: [] };
    },
  };
  return { handlers, opened };
}
