import { MAX_PROBLEMS, type Problem } from '../file-format/problem';
import type { TimelineFile } from '../file-format/model';

/**
 * What every importer returns: the timeline (undefined when nothing could be imported) and a
 * report a person can act on. Problems reuse the validator's Problem, so the preview dialog,
 * the CLI and the log print them the same way (formatProblem).
 */

export const IMPORT_FORMATS = [
  'chronoscope',
  'timelinejs',
  'timelinejs-csv',
  'csv',
  'markwhen',
  'vis',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_NAMES: Readonly<Record<ImportFormat | 'unknown', string>> = {
  unknown: 'unknown format',
  chronoscope: 'Chronoscope JSON',
  timelinejs: 'TimelineJS3 JSON',
  'timelinejs-csv': 'TimelineJS spreadsheet (CSV/TSV)',
  csv: 'CSV',
  markwhen: 'Markwhen',
  vis: 'vis-timeline data',
};

export interface ImportReport {
  readonly file: string;
  /** The format read, or 'unknown' when detection found none. */
  readonly format: ImportFormat | 'unknown';
  /** Events imported, eras among them. */
  readonly events: number;
  readonly eras: number;
  /** How source fields became Chronoscope fields, e.g. "Headline → title". */
  readonly mapped: readonly string[];
  /** At most MAX_PROBLEMS; `problemCount` says how many there were. */
  readonly problems: readonly Problem[];
  readonly problemCount: number;
}

export interface ImportResult {
  readonly timeline: TimelineFile | undefined;
  readonly report: ImportReport;
}

/** Problems of one import, capped so a broken 100k-row file cannot flood memory or a dialog. */
export class ProblemList {
  readonly items: Problem[] = [];
  count = 0;
  constructor(readonly file: string) {}

  add(message: string, where: { path?: string; line?: number } = {}, rule = 'import'): void {
    this.count++;
    if (this.items.length >= MAX_PROBLEMS) return;
    const problem: Problem = { file: this.file, message, rule };
    this.items.push({
      ...problem,
      ...(where.path !== undefined ? { path: where.path } : {}),
      ...(where.line !== undefined ? { line: where.line } : {}),
    });
  }
}

/** The result when the whole file is unusable (not JSON, wrong shape, no rows). */
export function failedImport(
  file: string,
  format: ImportFormat | 'unknown',
  message: string,
  rule = 'import',
): ImportResult {
  return {
    timeline: undefined,
    report: {
      file,
      format,
      events: 0,
      eras: 0,
      mapped: [],
      problems: [{ file, message, rule }],
      problemCount: 1,
    },
  };
}
