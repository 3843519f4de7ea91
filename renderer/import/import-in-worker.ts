import { importFile, type ImportOptions } from '../../core/import/import-file';
import type { ImportResult } from '../../core/import/report';

/**
 * The same `importFile`, in a worker so the progress bar moves and the window keeps painting
 * while a large file is parsed. Where a worker cannot start, the import runs here instead: the
 * result is the same, only the wait is frozen.
 */
export function importInWorker(
  text: string,
  name: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(importFile(text, name, options));
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ImportResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(importFile(text, name, options));
    };
    worker.postMessage({ text, name, options });
  });
}
