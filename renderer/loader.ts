import type { LoadResult } from '../core/ipc-contract';
import { api } from './api';
import { actions } from './app-state';
import { hideProblems, showProblems } from './views/error-panel';
import { endProgress, setProgress, startProgress } from './views/progress';

/** Loads being indexed here: late progress messages from main must not overwrite theirs. */
let indexing = 0;

/**
 * Applies a load result: a good file replaces the timeline once indexed (with its own progress
 * phase, the window staying responsive); a bad one only reports its problems, so nothing
 * already on screen is lost. True for a good file, even one a newer load replaced meanwhile:
 * callers fall back to another file only when this one failed.
 */
async function apply(result: LoadResult): Promise<boolean> {
  if (!result.ok) {
    showProblems(result.name, result.problems, result.truncated);
    return false;
  }
  hideProblems();
  const label = `Indexing ${result.file.events.length.toLocaleString('en-US')} events`;
  indexing++;
  setProgress(label, 0);
  try {
    await actions.openTimeline(result, (fraction) => setProgress(label, fraction));
    return true;
  } finally {
    indexing--;
  }
}

async function withProgress(label: string, load: () => Promise<LoadResult | null>): Promise<boolean> {
  startProgress(label);
  try {
    const result = await load();
    return result ? await apply(result) : false;
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

export function openPath(path: string): Promise<boolean> {
  return withProgress(path.split(/[\\/]/).pop() ?? path, () => api.openPath({ path }));
}

export function openWithDialog(): Promise<boolean> {
  return withProgress('Opening', () => api.openFileDialog());
}

/** Dropped files open by path when the platform gives one (so they join Open Recent), else by content. */
export async function openDroppedFile(file: File): Promise<boolean> {
  const path = api.pathForFile(file);
  if (path) return openPath(path);
  return withProgress(file.name, async () =>
    api.openBytes({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
  );
}

export function initLoader(): void {
  api.onLoadProgress(({ name, fraction, phase }) => {
    if (indexing === 0) setProgress(`${phase === 'reading' ? 'Reading' : 'Checking'} ${name}`, fraction);
  });
  api.onOpenRequest(({ path }) => void openPath(path));
}
