import Papa from 'papaparse';
import type { TimelineFile } from '../file-format/model';
import { CSV_FIELDS } from '../import/csv';
import { lossNotes, typeName, type ExportResult } from './export-result';

/**
 * CSV in the documented Chronoscope column set (the same list the CSV importer reads), one row
 * per event, lists joined with "; ". Spreadsheets open it; the importer reads it back.
 */
export function exportCsv(file: TimelineFile): ExportResult {
  const articles = new Map(file.articles.map((a) => [a.id, a]));
  const rows = file.events.map((e) => {
    const source = e.sources[0];
    const url = (source && articles.get(source.article)?.url) ?? (source ? '' : (e.links?.[0]?.url ?? ''));
    const row: Record<(typeof CSV_FIELDS)[number], string> = {
      title: e.title,
      // EDTF's "~" marks an approximate date; the importer reads it back.
      start: e.approximate ? `${e.start}~` : e.start,
      end: e.end ?? '',
      precision: e.precision,
      type: typeName(e, file),
      status: e.status,
      place: e.place?.name ?? '',
      country: [...new Set([...(e.place?.country ? [e.place.country] : []), ...e.countries])].join('; '),
      actors: e.actors.join('; '),
      summary: e.summary ?? '',
      'source url': url,
      excerpt: source?.excerpt ?? '',
      tags: e.tags.join('; '),
    };
    return CSV_FIELDS.map((f) => row[f]);
  });
  const text = `${Papa.unparse({ fields: [...CSV_FIELDS], data: rows }, { newline: '\n' })}\n`;
  const notes = [
    'CSV has no title, description, ids, category colours or article texts',
    ...lossNotes(file, [
      [(e) => e.sources.length > 1, 'only the first source is kept'],
      [(e) => (e.links?.length ?? 0) > (e.sources.length ? 0 : 1), 'links beyond the first are not kept'],
      [(e) => e.related.length > 0, 'related events are not kept'],
      [
        (e) => e.dateNote !== undefined || e.displayDate !== undefined,
        'date notes and display dates are not kept',
      ],
    ]),
  ];
  return { text, notes };
}
