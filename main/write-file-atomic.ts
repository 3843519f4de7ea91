import { randomBytes } from 'node:crypto';
import { lstat, open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Saving without ever leaving a half-written file behind. No Electron import, so it is
 * unit-tested in plain Node; main/files.ts re-exports it.
 */

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** Turns a write failure into a sentence a user can act on. */
export function describeWriteError(error: unknown, path: string): string {
  const prefix = `Could not save ${path}:`;
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `${prefix} the disk is full`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `${prefix} ${path} is not writable (or its folder is not; is it open in another program?)`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `${prefix} the folder ${dirname(path)} does not exist`;
    case 'EISDIR':
      return `${prefix} it is a folder`;
    default:
      return `${prefix} ${(error as Error | null)?.message ?? String(error)}`;
  }
}

/**
 * The file a save really lands in: the target of a symbolic link (so saving through a link
 * updates the linked file instead of replacing the link with a plain file), else the path.
 */
async function saveTarget(path: string): Promise<string> {
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isSymbolicLink()) return path;
  try {
    return await realpath(path);
  } catch (error) {
    throw new Error(`${path} is a link to a file that does not exist`, { cause: error });
  }
}

/** Flushes a folder's entry list so a rename survives a power cut; not possible on Windows. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}

/**
 * The temp name of a save by process `pid`: short and fixed in length (so a target name at the
 * file-system limit still saves), and naming its process, so a later save can tell a crashed
 * save's leftover (process gone) from one in progress in another window.
 */
export function tempNameFor(pid: number): string {
  return `.cs-${pid.toString(36)}-${randomBytes(5).toString('hex')}.tmp`;
}

/** The process that wrote a temp file named by {@link tempNameFor}, or undefined for any other name. */
export function tempOwner(name: string): number | undefined {
  const match = /^\.cs-([0-9a-z]{1,8})-[0-9a-f]{10}\.tmp$/.exec(name);
  return match ? parseInt(match[1]!, 36) : undefined;
}

/**
 * Saves so that the target is either the old file or the complete new one, never a torn mix:
 * write a temp file in the same folder (same file system, so rename is atomic), flush it to
 * disk, rename over the target, then flush the folder. The temp name is short and fixed in
 * length, so a target name at the file-system limit still saves. A symbolic link at the target
 * is written through to the file it points to. On failure the temp file is removed and a
 * clear Error is thrown (the original error is its `cause`).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  let handle: FileHandle | undefined;
  let temp: string | undefined;
  try {
    const target = await saveTarget(path);
    temp = join(dirname(target), tempNameFor(process.pid));
    const mode = await stat(target).then(
      (info) => info.mode & 0o777,
      () => 0o666,
    );
    handle = await open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
    await syncFolder(dirname(target));
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (temp) await rm(temp, { force: true }).catch(() => undefined);
    throw new Error(describeWriteError(error, path), { cause: error });
  }
}
