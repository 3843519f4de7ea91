import { joinValues, parseDateText, partsToInstant, spanValue, type DateResult } from '../time/date-value';
import { TimelineBuilder } from './builder';
import { cell, headerKey, readTable, rowPath, type Table } from './csv-table';
import { htmlToText } from './html-text';
import { failedImport, type ImportResult } from './report';
import type { ReadOptions } from '../time/parse-input';

/**
 * The TimelineJS Google-Sheets template exported as CSV or TSV: Year, Month, Day, Time, End
 * Year, …, Headline, Text, Media, Media Credit, Media Caption, Type (title, era), Group; and
 * the older template's Start Date, End Date and Tag columns.
 */

const COLUMNS = [
  'year',
  'month',
  'day',
  'time',
  'endyear',
  'endmonth',
  'endday',
  'endtime',
  'displaydate',
  'headline',
  'text',
  'media',
  'mediacredit',
  'mediacaption',
  'type',
  'group',
  'startdate',
  'enddate',
  'tag',
] as const;
type Column = (typeof COLUMNS)[number];

/** True when the header is a TimelineJS sheet's (Year + Headline, or Start Date + Headline). */
export function isTimelineJsSheet(headers: readonly string[]): boolean {
  const keys = new Set(headers.map(headerKey));
  return keys.has('headline') && (keys.has('year') || keys.has('startdate'));
}

function time(text: string): { hour?: string; minute?: string } | string {
  if (!text) return {};
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*(am|pm)?$/i.exec(text);
  if (!m) return `time "${text.slice(0, 30)}" is not a time such as 14:30`;
  let hour = Number(m[1]);
  if (m[3]) hour = (hour % 12) + (m[3].toLowerCase() === 'pm' ? 12 : 0);
  return { hour: String(hour), minute: m[2] ?? '00' };
}

function rowDates(get: (c: Column) => string, options: ReadOptions): DateResult {
  if (!get('year') && get('startdate')) {
    const start = parseDateText(get('startdate'), options);
    if (!start.ok || !get('enddate')) return start;
    const end = parseDateText(get('enddate'), options);
    if (!end.ok) return { ok: false, reason: `End Date: ${end.reason}` };
    return joinValues(start.value, end.value);
  }
  const parts = (prefix: '' | 'end') => {
    const t = time(get(`${prefix}time` as Column));
    if (typeof t === 'string') return t;
    return partsToInstant({
      year: get(`${prefix}year` as Column),
      month: get(`${prefix}month` as Column),
      day: get(`${prefix}day` as Column),
      hour: t.hour,
      minute: t.minute,
    });
  };
  const a = parts('');
  if (a === undefined) return { ok: false, reason: 'no Year' };
  if (typeof a === 'string') return { ok: false, reason: a };
  const b = parts('end');
  if (typeof b === 'string') return { ok: false, reason: `end: ${b}` };
  return spanValue(a.ms, a.precision, b?.ms, b?.precision);
}

export function importTimelineJsSheet(text: string, file: string, options: ReadOptions = {}): ImportResult {
  let table: Table;
  try {
    table = readTable(text);
  } catch {
    return failedImport(file, 'timelinejs-csv', 'the file could not be read as CSV');
  }
  if (!isTimelineJsSheet(table.headers))
    return failedImport(
      file,
      'timelinejs-csv',
      'not a TimelineJS sheet: expected Year (or Start Date) and Headline columns',
    );
  const b = new TimelineBuilder(file, 'timelinejs-csv');
  const index = new Map<string, number>();
  table.headers.forEach((h, i) => {
    const key = headerKey(h);
    if (!index.has(key)) index.set(key, i);
    if (!(COLUMNS as readonly string[]).includes(key) && !['mediathumbnail', 'background'].includes(key))
      b.problems.add(
        `column "${h.slice(0, 60)}" is not a TimelineJS column and was ignored`,
        {},
        'import-unmapped',
      );
  });
  for (const [from, to] of [
    ['Year/Month/Day/Time', 'start'],
    ['End Year/Month/Day/Time', 'end'],
    ['Headline', 'title'],
    ['Text (HTML)', 'summary and links'],
    ['Media, Media Caption, Media Credit', 'link'],
    ['Group', 'category (lane)'],
    ['Type era', 'era event'],
  ])
    b.map(from!, to!);
  let title: string | undefined;
  let description: string | undefined;
  table.rows.forEach((row, i) => {
    const get = (c: Column) => cell(row, index.get(c));
    const path = rowPath(i);
    const type = get('type').toLowerCase();
    const headline = htmlToText(get('headline'));
    const body = htmlToText(get('text'));
    if (type === 'title') {
      title = headline.text;
      description = body.text;
      return;
    }
    const date = rowDates(get, options);
    if (!date.ok) return b.problems.add(`row left out: ${date.reason}`, { path }, 'import-skipped');
    const media = get('media');
    const caption = [
      htmlToText(get('mediacaption')).text,
      get('mediacredit') && `(${htmlToText(get('mediacredit')).text})`,
    ]
      .filter(Boolean)
      .join(' ');
    const group = get('group') || get('tag');
    b.add(
      {
        title: headline.text,
        date: date.value,
        era: type === 'era',
        category: group ? b.category(group) : undefined,
        summary: body.text,
        links: [
          ...headline.links,
          ...body.links,
          ...(/^https?:\/\//i.test(media) ? [caption ? { url: media, label: caption } : { url: media }] : []),
        ],
        displayDate: get('displaydate'),
      },
      { path },
    );
  });
  return b.finish(title, description);
}
