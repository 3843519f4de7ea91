import * as chrono from 'chrono-node';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import utc from 'dayjs/plugin/utc';
import { addUnits } from './dates';
import type { Precision } from './model';

dayjs.extend(customParseFormat);
dayjs.extend(utc);

/**
 * "Go to date": turns what a person types into a window to zoom to. The window covers the unit
 * the input names (a month shows that month) plus a small margin, so the target does not touch
 * the screen edges. All dates are UTC, like the file dates.
 *
 * Ambiguity: numeric dates are read DAY FIRST ("12/03/2021" is 12 March 2021), matching the
 * day-month-year dates the app displays. ISO dates (2021-03-12) are unambiguous and preferred.
 * Inputs without a year ("March 12") are rejected rather than guessed from today's date.
 */
export interface GotoTarget {
  readonly startMs: number;
  readonly endMs: number;
  /** The finest unit the input named. */
  readonly precision: Precision;
}

const FORMATS: ReadonlyArray<readonly [Precision, readonly string[]]> = [
  [
    'minute',
    [
      'YYYY-MM-DDTHH:mm',
      'YYYY-MM-DD HH:mm',
      'HH:mm D MMM YYYY',
      'HH:mm D MMMM YYYY',
      'D MMM YYYY HH:mm',
      'D MMMM YYYY HH:mm',
      'D MMM YYYY, HH:mm',
      'D MMMM YYYY, HH:mm',
      'D/M/YYYY HH:mm',
    ],
  ],
  [
    'day',
    ['YYYY-MM-DD', 'D MMM YYYY', 'D MMMM YYYY', 'MMM D YYYY', 'MMMM D YYYY', 'MMM D, YYYY', 'MMMM D, YYYY'],
  ],
  ['day', ['D/M/YYYY', 'D.M.YYYY', 'D-M-YYYY']],
  ['month', ['YYYY-MM', 'MMM YYYY', 'MMMM YYYY', 'M/YYYY']],
];

/** Minute targets would be narrower than the zoom limit: show half an hour either side. */
const MINUTE_HALF_WINDOW_MS = 30 * 60_000;
/** Margin each side, as a share of the named unit. */
const MARGIN = 0.1;

function yearStart(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
}

function windowFor(ms: number, precision: Precision): GotoTarget {
  if (precision === 'minute')
    return { startMs: ms - MINUTE_HALF_WINDOW_MS, endMs: ms + MINUTE_HALF_WINDOW_MS, precision };
  const end = addUnits(ms, precision, 1);
  const margin = (end - ms) * MARGIN;
  return { startMs: ms - margin, endMs: end + margin, precision };
}

function viaDayjs(text: string): GotoTarget | undefined {
  for (const [precision, formats] of FORMATS) {
    for (const format of formats) {
      const d = dayjs.utc(text, format, true);
      if (d.isValid()) return windowFor(d.valueOf(), precision);
    }
  }
  return undefined;
}

/** Natural-language fallback ("3rd of June 1999 at 3pm"); British day-first reading. */
function viaChrono(text: string): GotoTarget | undefined {
  const results = chrono.en.GB.parse(text, { instant: new Date(0), timezone: 0 });
  const [r] = results;
  if (results.length !== 1 || !r || !r.start.isCertain('year')) return undefined;
  if (/\d/.test(text.slice(0, r.index) + text.slice(r.index + r.text.length))) return undefined;
  const s = r.start;
  const precision: Precision = s.isCertain('minute')
    ? 'minute'
    : s.isCertain('hour')
      ? 'hour'
      : s.isCertain('day')
        ? 'day'
        : s.isCertain('month')
          ? 'month'
          : 'year';
  const get = (unit: 'year' | 'month' | 'day' | 'hour' | 'minute', fallback: number) =>
    s.isCertain(unit) ? (s.get(unit) ?? fallback) : fallback;
  const d = new Date(yearStart(get('year', 1970)));
  d.setUTCMonth(get('month', 1) - 1, get('day', 1));
  d.setUTCHours(get('hour', 0), get('minute', 0));
  return windowFor(d.getTime(), precision);
}

const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

/**
 * Parses "2021", "1910s", "2021-03", "March 2021", "12 Mar 2021", "12/03/2021" (day first),
 * "14:30 12 Mar 2021" and similar; undefined when the input names no date, so the dialog can
 * say so inline instead of jumping somewhere unexpected.
 */
export function parseGotoDate(input: string): GotoTarget | undefined {
  const text = input.trim().replace(/\s+/g, ' ').replace(WEEKDAY, '');
  if (!text) return undefined;
  const decade = /^(\d{3})0'?s$/.exec(text);
  if (decade) return windowFor(yearStart(Number(decade[1]) * 10), 'decade');
  if (/^\d{1,4}$/.test(text)) return windowFor(yearStart(Number(text)), 'year');
  // Both parsers would take "12" in "March 12" for a year: demand a four-digit one.
  if (!/\d{4}/.test(text)) return undefined;
  return viaDayjs(text) ?? viaChrono(text);
}
