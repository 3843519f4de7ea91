import { basename } from 'node:path';
import type { RecentFile } from '../core/ipc-contract';

export const MAX_RECENT = 10;

/** Moves a just-opened file to the front, without duplicates, keeping at most ten. */
export function pushRecent(list: readonly RecentFile[], path: string): RecentFile[] {
  return [{ path, name: basename(path) }, ...list.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
}

/**
 * Drops entries whose file is gone, so Open Recent never offers a dead path; returns the
 * names dropped so the user can be told.
 */
export async function pruneRecent(
  list: readonly RecentFile[],
  exists: (path: string) => Promise<boolean>,
): Promise<{ kept: RecentFile[]; dropped: RecentFile[] }> {
  const present = await Promise.all(list.map((r) => exists(r.path)));
  return {
    kept: list.filter((_, i) => present[i]),
    dropped: list.filter((_, i) => !present[i]),
  };
}

/** Accepts only well-formed entries from the settings file, which a user may have edited. */
export function sanitizeRecent(value: unknown): RecentFile[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((r): r is RecentFile => typeof r?.path === 'string' && typeof r?.name === 'string')
    .slice(0, MAX_RECENT);
}
