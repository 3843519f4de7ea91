import { parentPort, workerData } from 'node:worker_threads';
import { validateTimelineText } from '../core/file-format/validate';

/**
 * Worker entry that validates one timeline text off the main thread, so parsing a 50 MB file
 * does not freeze window events and IPC. Started by main/files.ts with
 * `workerData = { text, fileName }`; posts back one ValidationResult and exits.
 * Must be built as its own entry (out/main/validate-worker.js) next to the main bundle.
 */
export interface ValidateRequest {
  readonly text: string;
  readonly fileName: string;
}

const request = workerData as ValidateRequest | undefined;
if (parentPort && request) parentPort.postMessage(validateTimelineText(request.text, request.fileName));
