import { createHash } from 'node:crypto';
import { copyFile, link, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from './files';
import { tempOwner } from './write-file-atomic';

/**
 * Save for timeline documents: refuse to overwrite a file another program changed since it was
 * opened, keep the previous version as `<name>.bak`, write atomically (files.ts), and clean up
 * temp files a crashed save left behind. Plain functions over an injected {@link SaveFs}, so
 * tests can make any step fail.
 */

/** What a file looked like when it was opened or last saved. */
export interface DiskStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

export interface SaveFs {
  stat(path: string): Promise<{ size: number; mtimeMs: number }>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(folder: string): Promise<string[]>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
  writeFileAtomic(path: string, data: string | Uint8Array): Promise<void>;
  isProcessAlive(pid: number): boolean;
}

export const nodeSaveFs: SaveFs = {
  stat,
  readFile,
  readdir,
  link,
  copyFile,
  rename,
  rm: (path) => rm(path, { force: true }),
  writeFileAtomic,
  isProcessAlive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
};

export type SaveOutcome =
  | { readonly status: 'saved'; readonly stamp: DiskStamp }
  /** Another program changed the file: ask, then save again with `overwrite: true`. */
  | { readonly status: 'changed-on-disk'; readonly current: DiskStamp }
  | { readonly status: 'error'; readonly message: string };

export interface SaveRequest {
  readonly path: string;
  readonly text: string;
  /** The stamp from opening (or the last save); absent for Save As. */
  readonly opened?: DiskStamp;
  readonly overwrite?: boolean;
}

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const backupPath = (path: string) => `${path}.bak`;

/** The stamp of bytes read from a file (with its mtime when read). */
export function stampOfBytes(bytes: Uint8Array, mtimeMs: number): DiskStamp {
  return { size: bytes.length, mtimeMs, sha256: sha256(bytes) };
}

/** The stamp of the file at `path` now, or null when there is none. */
export async function stampFile(fs: SaveFs, path: string): Promise<DiskStamp | null> {
  try {
    const [info, bytes] = await Promise.all([fs.stat(path), fs.readFile(path)]);
    return { size: info.size, mtimeMs: info.mtimeMs, sha256: sha256(bytes) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Temp files in `path`'s folder whose process is gone: writeFileAtomic's (see tempOwner) and
 * `.name.bak.<pid>.tmp` from the backup step. A live process's temp may be a save in progress
 * in another window, so it stays.
 */
export async function cleanStaleTemps(fs: SaveFs, path: string): Promise<string[]> {
  const backup = new RegExp(`^\\.${escapeRegExp(basename(path))}\\.bak\\.(\\d+)\\.tmp$`);
  const names = await fs.readdir(dirname(path)).catch(() => []);
  const stale = names.filter((name) => {
    const pid = tempOwner(name) ?? Number(backup.exec(name)?.[1]);
    return Number.isInteger(pid) && pid > 0 && !fs.isProcessAlive(pid);
  });
  await Promise.all(stale.map((name) => fs.rm(join(dirname(path), name)).catch(() => undefined)));
  return stale;
}

/** Keeps the current file under a temp name (a hard link, or a copy where links fail). */
async function holdPrevious(fs: SaveFs, path: string): Promise<string | undefined> {
  const held = join(dirname(path), `.${basename(path)}.bak.${process.pid}.tmp`);
  try {
    await fs.link(path, held);
    return held;
  } catch {
    return fs.copyFile(path, held).then(
      () => held,
      () => undefined,
    );
  }
}

/**
 * Saves `text` to `path`. Never throws: a failure is a message for the user and the file on
 * disk is left as it was (writeFileAtomic renames only a complete, flushed temp file). A file
 * deleted since it was opened is simply written again: there is nothing on disk to lose.
 */
export async function saveDocument(fs: SaveFs, request: SaveRequest): Promise<SaveOutcome> {
  const { path, text } = request;
  try {
    await cleanStaleTemps(fs, path);
    const exists = await fs.stat(path).then(
      () => true,
      (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error)),
    );
    // Reading and hashing the old file is only worth it when there is a stamp to compare with.
    const current = exists && request.opened && !request.overwrite ? await stampFile(fs, path) : null;
    if (
      current &&
      request.opened &&
      (current.size !== request.opened.size || current.sha256 !== request.opened.sha256)
    )
      return { status: 'changed-on-disk', current };
    const held = exists ? await holdPrevious(fs, path) : undefined;
    try {
      await fs.writeFileAtomic(path, text);
    } catch (error) {
      if (held) await fs.rm(held).catch(() => undefined);
      throw error;
    }
    if (held) await fs.rename(held, backupPath(path)).catch(() => fs.rm(held).catch(() => undefined));
    const info = await fs.stat(path);
    return { status: 'saved', stamp: { size: info.size, mtimeMs: info.mtimeMs, sha256: sha256(text) } };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
