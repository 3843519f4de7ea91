import { importChronoscope } from './chronoscope';
import { importCsv, type CsvOptions } from './csv';
import { detectFormat, tryJson } from './detect';
import { importMarkwhen } from './markwhen';
import { failedImport, FORMAT_NAMES, type ImportFormat, type ImportResult } from './report';
import { importTimelineJs } from './timelinejs';
import { importTimelineJsSheet } from './timelinejs-csv';
import { importVis } from './vis';

/**
 * The one entry point the app and the CLI share: text and file name in, timeline and report
 * out. Nothing escapes as an exception: an importer bug becomes a problem in the report, so a
 * hostile or broken file can never take the app or a batch job down.
 */
export interface ImportOptions extends CsvOptions {
  /** Skip detection. */
  readonly format?: ImportFormat;
}

function run(text: string, file: string, format: ImportFormat, options: ImportOptions): ImportResult {
  if (format === 'csv') return importCsv(text, file, options);
  if (format === 'timelinejs-csv') return importTimelineJsSheet(text, file, options);
  if (format === 'markwhen') return importMarkwhen(text, file);
  if (format === 'chronoscope') return importChronoscope(text, file);
  const json = tryJson(text);
  if (!json)
    return failedImport(file, format, `not valid JSON, so not a ${FORMAT_NAMES[format]} file`, 'syntax');
  return format === 'vis' ? importVis(json.value, file) : importTimelineJs(json.value, file);
}

export function importFile(text: string, file: string, options: ImportOptions = {}): ImportResult {
  const format = options.format ?? detectFormat(file, text);
  if (!format)
    return failedImport(
      file,
      'unknown',
      'unknown format: expected Chronoscope, TimelineJS or vis-timeline JSON, a CSV/TSV table or Markwhen text',
      'unknown-format',
    );
  try {
    return run(text, file, format, options);
  } catch (error) {
    return failedImport(
      file,
      format,
      `the ${FORMAT_NAMES[format]} importer failed: ${String(error).slice(0, 300)}`,
      'internal',
    );
  }
}
