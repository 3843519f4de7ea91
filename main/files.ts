import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { decodeTimelineBytes, MAX_FILE_BYTES } from '../core/decode';
import type { LoadResult } from '../core/ipc-contract';
import { validateTimelineText, type Problem, type ValidationResult } from '../core/validate';

/**
 * File access for the main process: loading timeline files with clear problems instead of
 * exceptions, and saving without ever leaving a half-written file behind. No Electron import,
 * so it is unit-tested in plain Node.
 */

export type { LoadResult } from '../core/ipc-contract';

export type LoadPhase = 'reading' | 'validating';
/** Progress callback: `fraction` runs 0..0.8 while reading and reaches 1 when validated. */
export type LoadProgress = (fraction: number, phase: LoadPhase) => void;

export interface ReadOptions {
  /**
   * Worker script that validates off-thread; `null` forces in-thread validation. Defaults to
   * validate-worker.js beside this module (present in the built app, absent under vitest).
   */
  readonly workerUrl?: URL | null;
  /** Texts longer than this (characters) are validated in the worker. */
  readonly workerThreshold?: number;
}

const READ_CHUNK_BYTES = 2 * 1024 * 1024;
const DEFAULT_WORKER_THRESHOLD = 2 * 1024 * 1024;
/** Share of the progress bar given to reading; the rest is parsing and validation. */
const READ_SHARE = 0.8;

const defaultWorkerUrl = (): URL => new URL('./validate-worker.js', import.meta.url);

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function readProblem(path: string, error: unknown): Problem {
  const file = basename(path);
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { file, rule: 'not-found', message: `file not found: ${path}` };
    case 'EISDIR':
      return { file, rule: 'is-folder', message: `${path} is a folder, not a file` };
    case 'EACCES':
    case 'EPERM':
      return { file, rule: 'permission', message: `permission denied: cannot read ${path}` };
    default:
      return { file, rule: 'read-error', message: `cannot read ${path}: ${(error as Error).message}` };
  }
}

/** Reads a whole file in chunks so a progress bar can move while 200 MB load. */
async function readInChunks(
  handle: FileHandle,
  size: number,
  onProgress?: LoadProgress,
): Promise<Uint8Array> {
  let buffer = new Uint8Array(Math.max(size, 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= MAX_FILE_BYTES + 1) break; // the file grew past the limit while reading
      const bigger = new Uint8Array(Math.min(buffer.length * 2, MAX_FILE_BYTES + 1));
      bigger.set(buffer);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(
      buffer,
      length,
      Math.min(READ_CHUNK_BYTES, buffer.length - length),
      null,
    );
    if (bytesRead === 0) break;
    length += bytesRead;
    if (size > 0) onProgress?.(Math.min(length / size, 1) * READ_SHARE, 'reading');
  }
  return buffer.subarray(0, length);
}

function validateInWorker(workerUrl: URL, text: string, fileName: string): Promise<ValidationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: { text, fileName } });
    let settled = false;
    worker.once('message', (result: ValidationResult) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`validation worker exited with code ${code}`));
    });
  });
}

/**
 * Validates big texts in a worker thread so the main process stays responsive; falls back to
 * validating in this thread when the worker script is missing (tests, dev) or fails to run,
 * because a slow load is better than no load.
 */
async function validate(text: string, fileName: string, options: ReadOptions): Promise<ValidationResult> {
  const workerUrl = options.workerUrl === undefined ? defaultWorkerUrl() : options.workerUrl;
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  if (workerUrl && text.length > threshold && existsSync(fileURLToPath(workerUrl))) {
    try {
      return await validateInWorker(workerUrl, text, fileName);
    } catch {
      // fall through to in-thread validation
    }
  }
  return validateTimelineText(text, fileName);
}

/**
 * Decodes and validates bytes that did not come from a path (drag and drop, the bundled
 * dataset read elsewhere), with the same worker offloading as files; `path` is '' then.
 */
export async function loadTimelineBytes(
  bytes: Uint8Array,
  name: string,
  path = '',
  onProgress?: LoadProgress,
  options: ReadOptions = {},
): Promise<LoadResult> {
  const decoded = decodeTimelineBytes(bytes, name);
  if (!decoded.ok) return { ok: false, path, name, problems: [decoded.problem], truncated: false };
  onProgress?.(READ_SHARE, 'validating');
  const result = await validate(decoded.text, name, options);
  onProgress?.(1, 'validating');
  return result.ok
    ? { ok: true, path, name, file: result.file, warnings: result.warnings }
    : { ok: false, path, name, problems: result.problems, truncated: result.truncated };
}

/**
 * Loads and validates a timeline file. Never throws for a bad or missing file: every failure
 * is returned as problems naming the file, so the UI has one path for showing them.
 * Big files are read in chunks (progress phase 'reading', 0..0.8) and validated in a worker
 * thread (phase 'validating', ending at 1).
 */
export async function readTimelineFile(
  path: string,
  onProgress?: LoadProgress,
  options: ReadOptions = {},
): Promise<LoadResult> {
  const name = basename(path);
  const fail = (problem: Problem): LoadResult => ({
    ok: false,
    path,
    name,
    problems: [problem],
    truncated: false,
  });
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail(readProblem(path, Object.assign(new Error(), { code: 'EISDIR' })));
    if (!info.isFile())
      return fail({ file: name, rule: 'not-a-file', message: `${path} is not a regular file` });
    if (info.size > MAX_FILE_BYTES) {
      const mb = Math.round(info.size / 1048576);
      return fail({
        file: name,
        rule: 'too-large',
        message: `the file is too large (${mb} MB); the limit is 200 MB`,
      });
    }
    const handle = await open(path, 'r');
    try {
      bytes = await readInChunks(handle, info.size, onProgress);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fail(readProblem(path, error));
  }
  return loadTimelineBytes(bytes, name, path, onProgress, options);
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
 * Saves so that the target is either the old file or the complete new one, never a torn mix:
 * write a temp file in the same folder (same file system, so rename is atomic), flush it to
 * disk, then rename over the target. On failure the temp file is removed and a clear Error is
 * thrown (the original error is its `cause`).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    const mode = await stat(path).then(
      (info) => info.mode & 0o777,
      () => 0o666,
    );
    handle = await open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw new Error(describeWriteError(error, path), { cause: error });
  }
}
