import type { LoadResult } from '../core/ipc-contract';
import { api } from './api';
import { setLoaded } from './state';
import { hideProblems, showProblems } from './views/error-panel';
import { endProgress, setProgress, startProgress } from './views/progress';

/**
 * Applies a load result: a good file replaces the timeline; a bad one only reports its
 * problems, so nothing already on screen is lost.
 */
function apply(result: LoadResult): boolean {
  if (!result.ok) {
    showProblems(result.name, result.problems, result.truncated);
    return false;
  }
  hideProblems();
  setLoaded(result.name, result.path, result.file);
  return true;
}

async function withProgress(label: string, load: () => Promise<LoadResult | null>): Promise<boolean> {
  startProgress(label);
  try {
    const result = await load();
    return result ? apply(result) : false;
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
  api.onLoadProgress(({ name, fraction, phase }) =>
    setProgress(`${phase === 'reading' ? 'Reading' : 'Checking'} ${name}`, fraction),
  );
  api.onOpenRequest(({ path }) => void openPath(path));
}
