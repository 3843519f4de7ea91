import type { LoadResult } from '../core/app/ipc-contract';
import { api } from './api';
import { mayReplaceDocument } from './document/save';
import { actions } from './app-state';
import { hideProblems, showProblems } from './views/error-panel';
import { showImportPreview } from './import/import-dialog';
import { endProgress, setProgress, startProgress } from './views/progress';

/*
 * Every way a timeline reaches the screen. Any that replaces the shown one first lets the user
 * save its unsaved changes (document/save.ts).
 */

/** Loads being indexed here: late progress messages from main must not overwrite theirs. */
let indexing = 0;

/**
 * Applies a load result: a good file replaces the timeline once indexed (with its own progress
 * phase, the window staying responsive); a bad one only reports its problems, so nothing
 * already on screen is lost. True for a good file, even one a newer load replaced meanwhile:
 * callers fall back to another file only when this one failed.
 */
async function apply(result: LoadResult, unsaved = false): Promise<boolean> {
  if (!result.ok && result.foreign) {
    // Open, Open Recent and drops of a TimelineJS, CSV, Markwhen or vis file: preview the import.
    void showImportPreview(result.name, result.foreign.text);
    return false;
  }
  if (!result.ok) {
    showProblems(result.name, result.problems, result.truncated);
    return false;
  }
  hideProblems();
  const label = `Indexing ${result.file.events.length.toLocaleString('en-US')} events`;
  indexing++;
  setProgress(label, 0);
  try {
    await actions.openTimeline(result, (fraction) => setProgress(label, fraction), { unsaved });
    return true;
  } finally {
    indexing--;
  }
}

async function withProgress(
  label: string,
  load: () => Promise<LoadResult | null>,
  unsaved = false,
): Promise<boolean> {
  startProgress(label);
  try {
    const result = await load();
    return result ? await apply(result, unsaved) : false;
  } catch (error) {
    showProblems(
      label,
      [{ file: label, rule: 'io', message: error instanceof Error ? error.message : String(error) }],
      false,
    );
    return false;
  } finally {
    endProgress();
  }
}

/** Opens the file main chose for start-up (command line, last file, bundled dataset). */
export function openStartup(): Promise<boolean> {
  return withProgress('Opening', () => api.openStartup());
}

export function openBundled(): Promise<boolean> {
  return withProgress('Opening', () => api.openBundled());
}

/**
 * At start-up, before any file: unsaved changes a crash left behind, if main finds some and
 * the user wants them back. They open as unsaved changes of their file.
 */
export function openRecovered(): Promise<boolean> {
  return withProgress('Restoring', () => api.restoreRecovery(), true);
}

/** File → New, once unsaved changes of the shown timeline are dealt with. */
export async function openNew(): Promise<boolean> {
  if (!(await mayReplaceDocument())) return false;
  return withProgress('New timeline', () => api.newDocument());
}

/** Opens a file main obtained and handed over as a one-time token (OS open-file, Open Recent, a drop). */
async function openGranted(token: string, name: string): Promise<boolean> {
  if (!(await mayReplaceDocument())) return false;
  return withProgress(name, () => api.openGranted({ token }));
}

export async function openWithDialog(): Promise<boolean> {
  if (!(await mayReplaceDocument())) return false;
  return withProgress('Opening', () => api.openFileDialog());
}

/**
 * A dropped file opens through the token main issued for the real drop (so it joins Open
 * Recent), else by its content.
 */
export async function openDroppedFile(file: File): Promise<boolean> {
  const token = await api.grantForDroppedFile(file);
  if (token) return openGranted(token, file.name);
  if (!(await mayReplaceDocument())) return false;
  return withProgress(file.name, async () =>
    api.openBytes({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
  );
}

export function initLoader(): void {
  api.onLoadProgress(({ name, fraction, phase }) => {
    if (indexing === 0) setProgress(`${phase === 'reading' ? 'Reading' : 'Checking'} ${name}`, fraction);
  });
  api.onOpenRequest(({ token, name }) => void openGranted(token, name));
}
