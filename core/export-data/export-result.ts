import { categoryInfo } from '../file-format/categories';
import type { TimelineEvent, TimelineFile } from '../file-format/model';

/**
 * What an exporter returns: the file's text and what the format could not carry, so the app
 * and the CLI can tell people before they publish a timeline that lost something.
 */
export interface ExportResult {
  readonly text: string;
  readonly notes: readonly string[];
}

export const EXPORT_FORMATS = ['chronoscope', 'csv', 'timelinejs', 'markwhen'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  chronoscope: '.chronoscope.json',
  csv: '.csv',
  timelinejs: '.timelinejs.json',
  markwhen: '.mw',
};

/** The name a format writes for an event's type: built-in ids stay ids, own categories their label. */
export function typeName(event: TimelineEvent, file: TimelineFile): string {
  return file.categories?.some((c) => c.id === event.type)
    ? categoryInfo(event.type, file.categories).label
    : event.type;
}

/** "3 events have excerpts" notes, only for what is present. */
export function lossNotes(
  file: TimelineFile,
  checks: readonly [(e: TimelineEvent) => boolean, string][],
): string[] {
  return checks.flatMap(([has, what]) => {
    const n = file.events.filter(has).length;
    return n ? [`${n} event${n === 1 ? '' : 's'}: ${what}`] : [];
  });
}
