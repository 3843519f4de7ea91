import { PRECISIONS, type Precision } from '../time/units';
import { joinValues, parseDateText, type DateValue } from '../time/date-value';
import type { ReadOptions } from '../time/parse-input';
import { TimelineBuilder } from './builder';
import { cell, headerKey, readTable, rowPath, type Table } from './csv-table';
import { failedImport, type ImportResult } from './report';

/**
 * Plain CSV: the documented Chronoscope column set (docs/data-format.md#csv), or any other
 * header through a column mapping (header → field) chosen in the import preview. Without a
 * mapping, headers are matched by name and by common synonyms ("date" → start).
 */

export const CSV_FIELDS = [
  'title',
  'start',
  'end',
  'precision',
  'type',
  'status',
  'place',
  'country',
  'actors',
  'summary',
  'source url',
  'excerpt',
  'tags',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Header names (reduced by headerKey) people use for each field. */
const SYNONYMS: Readonly<Record<CsvField, readonly string[]>> = {
  title: ['title', 'headline', 'name', 'event', 'what', 'content'],
  start: ['start', 'date', 'startdate', 'from', 'begin', 'when', 'year'],
  end: ['end', 'enddate', 'to', 'until', 'finish'],
  precision: ['precision'],
  type: ['type', 'category', 'group', 'kind', 'lane'],
  status: ['status'],
  place: ['place', 'location', 'where', 'city'],
  country: ['country', 'countries', 'countrycode'],
  actors: ['actors', 'people', 'who', 'participants'],
  summary: ['summary', 'description', 'text', 'details', 'notes'],
  'source url': ['sourceurl', 'source', 'url', 'link'],
  excerpt: ['excerpt', 'quote'],
  tags: ['tags', 'tag', 'keywords', 'labels'],
};

/** Header → field; a header mapped to undefined is ignored. */
export type ColumnMapping = Readonly<Record<string, CsvField | undefined>>;

/** The mapping the importer would use for a header, for the preview to show and let people change. */
export function guessMapping(headers: readonly string[]): Record<string, CsvField | undefined> {
  const taken = new Set<CsvField>();
  const mapping: Record<string, CsvField | undefined> = {};
  for (const header of headers) {
    const key = headerKey(header);
    const field = CSV_FIELDS.find((f) => !taken.has(f) && SYNONYMS[f].includes(key));
    if (field) taken.add(field);
    mapping[header] = field;
  }
  return mapping;
}

export interface CsvOptions extends ReadOptions {
  readonly mapping?: ColumnMapping;
}

const list = (text: string) => text.split(/\s*[;|]\s*/).filter(Boolean);

function withPrecision(date: DateValue, precision: string): DateValue | string {
  if (!precision) return date;
  if (!(PRECISIONS as readonly string[]).includes(precision))
    return `precision "${precision.slice(0, 20)}" is not one of ${PRECISIONS.join(', ')}`;
  const wanted = precision as Precision;
  if (wanted === date.precision) return date;
  if (PRECISIONS.indexOf(wanted) < PRECISIONS.indexOf(date.precision))
    return `precision "${wanted}" is finer than the date written (${date.start})`;
  const { approximate } = date;
  const joined = joinValues(
    { start: date.start, precision: wanted, approximate },
    { start: date.end ?? date.start, precision: wanted, approximate },
  );
  return joined.ok ? joined.value : date;
}

export function importCsv(text: string, file: string, options: CsvOptions = {}): ImportResult {
  let table: Table;
  try {
    table = readTable(text);
  } catch {
    return failedImport(file, 'csv', 'the file could not be read as CSV');
  }
  if (table.headers.length === 0)
    return failedImport(file, 'csv', 'the file is empty: expected a header row');
  const mapping = options.mapping ?? guessMapping(table.headers);
  const b = new TimelineBuilder(file, 'csv');
  const column = new Map<CsvField, number>();
  table.headers.forEach((header, i) => {
    const field = mapping[header];
    if (field && !column.has(field)) {
      column.set(field, i);
      b.map(header, field);
    } else if (header)
      b.problems.add(`column "${header.slice(0, 60)}" is not mapped and was ignored`, {}, 'import-unmapped');
  });
  if (!column.has('start'))
    return failedImport(
      file,
      'csv',
      `no date column: map one of ${table.headers.slice(0, 20).join(', ')} to "start"`,
    );
  table.rows.forEach((row, i) => {
    const get = (f: CsvField) => cell(row, column.get(f));
    const path = rowPath(i);
    const start = parseDateText(get('start'), options);
    if (!start.ok) return b.problems.add(`row left out: start: ${start.reason}`, { path }, 'import-skipped');
    let date = start.value;
    if (get('end')) {
      const end = parseDateText(get('end'), options);
      if (!end.ok) b.problems.add(`end ignored: ${end.reason}`, { path }, 'import-changed');
      else {
        const joined = joinValues(date, end.value);
        if (joined.ok) date = joined.value;
        else b.problems.add(`end ignored: ${joined.reason}`, { path }, 'import-changed');
      }
    }
    const precise = withPrecision(date, get('precision').toLowerCase());
    if (typeof precise === 'string')
      b.problems.add(`${precise}; the date's own precision is used`, { path }, 'import-changed');
    else date = precise;
    const url = get('source url');
    const status = get('status').toLowerCase();
    const countries = list(get('country').toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c));
    const type = get('type');
    b.add(
      {
        // Plain CSV cells are plain text: markup is kept literally, never interpreted.
        title: get('title'),
        date,
        era: type.toLowerCase() === 'era',
        category: type ? b.category(type) : undefined,
        status: status === 'planned' ? 'planned' : 'reported',
        place: get('place')
          ? {
              name: get('place').slice(0, 200),
              ...(countries.length === 1 ? { country: countries[0]! } : {}),
            }
          : undefined,
        countries,
        actors: list(get('actors')),
        summary: get('summary'),
        links: [...(/^https?:\/\//i.test(url) && !get('excerpt') ? [{ url }] : [])],
        excerpt: get('excerpt') ? { url, text: get('excerpt') } : undefined,
        tags: list(get('tags')),
      },
      { path },
    );
  });
  return b.finish(undefined);
}
