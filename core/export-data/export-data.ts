import type { TimelineFile } from '../file-format/model';
import { exportChronoscope } from './chronoscope';
import { exportCsv } from './csv';
import type { ExportFormat, ExportResult } from './export-result';
import { exportMarkwhen } from './markwhen';
import { exportTimelineJs } from './timelinejs';

/** One entry point for File › Export Data… and the CLI. */
export function exportData(file: TimelineFile, format: ExportFormat): ExportResult {
  switch (format) {
    case 'chronoscope':
      return exportChronoscope(file);
    case 'csv':
      return exportCsv(file);
    case 'timelinejs':
      return exportTimelineJs(file);
    case 'markwhen':
      return exportMarkwhen(file);
  }
}
