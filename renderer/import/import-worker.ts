import { importFile, type ImportOptions } from '../../core/import/import-file';

/** Runs an import off the page's thread: a 100k-row file takes seconds, and the window must paint. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ text: string; name: string; options: ImportOptions }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = ({ data }) => scope.postMessage(importFile(data.text, data.name, data.options));
