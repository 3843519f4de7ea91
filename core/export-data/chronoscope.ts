import type { TimelineFile } from '../file-format/model';
import { serializeTimeline } from '../file-format/serialize';
import type { ExportResult } from './export-result';

/** Chronoscope's own JSON: Save's bytes, so nothing is lost. */
export function exportChronoscope(file: TimelineFile): ExportResult {
  return { text: serializeTimeline(file), notes: [] };
}
