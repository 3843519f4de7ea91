import { Worker } from 'node:worker_threads';
import type { ValidationResult } from '../core/file-format/validate';

/**
 * Runs the validation worker with a memory ceiling and a deadline, so a pathological file
 * (deep nesting, millions of tiny events) ends in a clear error instead of an out-of-memory
 * or frozen main process. Rejects with a sentence a user can read.
 */
export interface WorkerLimits {
  /** V8 old-generation ceiling of the worker, in MB. */
  readonly maxOldGenerationSizeMb: number;
  readonly timeoutMs: number;
}

/** A 200 MB file parses into well under 2 GB of objects; beyond that something is wrong. */
export const DEFAULT_WORKER_LIMITS: WorkerLimits = { maxOldGenerationSizeMb: 2048, timeoutMs: 120_000 };

export function validateInWorker(
  workerUrl: URL,
  text: string,
  fileName: string,
  limits: WorkerLimits = DEFAULT_WORKER_LIMITS,
): Promise<ValidationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: { text, fileName },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(new Error(`checking the file took longer than ${Math.round(limits.timeoutMs / 1000)} s`)),
        ),
      limits.timeoutMs,
    );
    worker.once('message', (result: ValidationResult) => settle(() => resolve(result)));
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          new Error(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `checking the file needed more than ${limits.maxOldGenerationSizeMb} MB of memory`
              : `the file checker failed: ${error.message}`,
          ),
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the file checker stopped unexpectedly (exit code ${code})`))),
    );
  });
}
