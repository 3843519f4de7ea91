import { basename } from 'node:path';
import { MAX_RECENT, recentListSchema } from '../core/app/settings-schema';
import type { RecentFile } from '../core/app/ipc-contract';

export { MAX_RECENT } from '../core/app/settings-schema';

/** Moves a just-opened file to the front, without duplicates, keeping at most ten. */
export function pushRecent(list: readonly RecentFile[], path: string): RecentFile[] {
  return [{ path, name: basename(path) }, ...list.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
}

/** How long start-up waits for one recent file's check (an offline network drive never answers). */
export const RECENT_CHECK_TIMEOUT_MS = 1000;

/** Resolves `fallback` if `check` has not answered in time, so a hung disk cannot hold start-up. */
function within<T>(check: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    check.then(
      (value) => (clearTimeout(timer), resolve(value)),
      () => (clearTimeout(timer), resolve(fallback)),
    );
  });
}

/**
 * Drops entries whose file is gone, so Open Recent never offers a dead path; returns the
 * names dropped so the user can be told. Checks run in parallel, each within `timeoutMs`: an
 * entry whose check does not answer in time is kept, since it may only be on a slow drive.
 */
export async function pruneRecent(
  list: readonly RecentFile[],
  exists: (path: string) => Promise<boolean>,
  timeoutMs = RECENT_CHECK_TIMEOUT_MS,
): Promise<{ kept: RecentFile[]; dropped: RecentFile[] }> {
  const present = await Promise.all(list.map((r) => within(exists(r.path), timeoutMs, true)));
  return {
    kept: list.filter((_, i) => present[i]),
    dropped: list.filter((_, i) => !present[i]),
  };
}

/** Accepts only well-formed entries from the settings file, which a user may have edited. */
export function sanitizeRecent(value: unknown): RecentFile[] {
  return recentListSchema.parse(value);
}
