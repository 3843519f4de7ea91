import { existsSync } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeTimelineBytes, MAX_FILE_BYTES } from '../core/file-format/decode';
import { detectFormat } from '../core/import/detect';
import type { ImportTextResult, LoadResult } from '../core/app/ipc-contract';
import { validateTimelineText, type Problem, type ValidationResult } from '../core/file-format/validate';
import { validateInWorker, type WorkerLimits } from './validate-in-worker';

/**
 * File access for the main process: loading timeline files with clear problems instead of
 * exceptions, and saving without ever leaving a half-written file behind. No Electron import,
 * so it is unit-tested in plain Node.
 */

export type { LoadResult } from '../core/app/ipc-contract';
// Saving lives in its own module; re-exported so callers keep importing it from here.
export { describeWriteError, writeFileAtomic } from './write-file-atomic';

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
  /** Memory and time limits of the worker (defaults in validate-in-worker.ts). */
  readonly workerLimits?: WorkerLimits;
  /**
   * Sees the bytes as read, before they are checked: Save's changed-on-disk stamp is taken
   * from exactly what was loaded, without reading the file a second time.
   */
  readonly onRead?: (bytes: Uint8Array, mtimeMs: number) => void;
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

/**
 * Validates big texts in a worker thread with memory and time limits, so the main process
 * stays responsive and a pathological file cannot exhaust its memory. There is deliberately no
 * fallback to this thread for big texts: when the worker is missing or fails, the file gets a
 * clear problem. `workerUrl: null` (unit tests) validates in this thread.
 */
async function validate(text: string, fileName: string, options: ReadOptions): Promise<ValidationResult> {
  const workerUrl = options.workerUrl === undefined ? defaultWorkerUrl() : options.workerUrl;
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  if (!workerUrl || text.length <= threshold) return validateTimelineText(text, fileName);
  const fail = (message: string): ValidationResult => ({
    ok: false,
    problems: [{ file: fileName, rule: 'check-failed', message }],
    truncated: false,
  });
  if (!existsSync(fileURLToPath(workerUrl)))
    return fail('the file checker is missing from this installation; reinstall Chronoscope');
  try {
    return await validateInWorker(workerUrl, text, fileName, options.workerLimits);
  } catch (error) {
    return fail((error as Error).message);
  }
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
  if (result.ok) return { ok: true, path, name, file: result.file, warnings: result.warnings };
  // Only a file that failed as Chronoscope is sniffed, so good files pay nothing for it.
  const format = detectFormat(name, decoded.text);
  const foreign = format && format !== 'chronoscope' ? { format, text: decoded.text } : undefined;
  return {
    ok: false,
    path,
    name,
    problems: result.problems,
    truncated: result.truncated,
    ...(foreign ? { foreign } : {}),
  };
}

/**
 * Reads a file's bytes with the checks every open applies (regular file, size limit, chunked
 * with progress), or the problem that stopped it, phrased for the user.
 */
export async function readFileBytes(
  path: string,
  onProgress?: LoadProgress,
): Promise<{ ok: true; bytes: Uint8Array; mtimeMs: number } | { ok: false; problem: Problem }> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return { ok: false, problem: readProblem(path, Object.assign(new Error(), { code: 'EISDIR' })) };
    if (!info.isFile())
      return {
        ok: false,
        problem: { file: name, rule: 'not-a-file', message: `${path} is not a regular file` },
      };
    if (info.size > MAX_FILE_BYTES) {
      const mb = Math.round(info.size / 1048576);
      return {
        ok: false,
        problem: {
          file: name,
          rule: 'too-large',
          message: `the file is too large (${mb} MB); the limit is 200 MB`,
        },
      };
    }
    const handle = await open(path, 'r');
    try {
      return { ok: true, bytes: await readInChunks(handle, info.size, onProgress), mtimeMs: info.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: readProblem(path, error) };
  }
}

/** A file to import as text: read like any open, decoded with the same encoding policy. */
export async function readImportText(path: string, onProgress?: LoadProgress): Promise<ImportTextResult> {
  const name = basename(path);
  const read = await readFileBytes(path, onProgress);
  if (!read.ok) return { ok: false, name, problems: [read.problem] };
  const decoded = decodeTimelineBytes(read.bytes, name);
  return decoded.ok
    ? { ok: true, name, text: decoded.text }
    : { ok: false, name, problems: [decoded.problem] };
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
  const read = await readFileBytes(path, onProgress);
  if (!read.ok) return fail(read.problem);
  options.onRead?.(read.bytes, read.mtimeMs);
  return loadTimelineBytes(read.bytes, name, path, onProgress, options);
}
