import * as chrono from 'chrono-node';
import { floorToUnit, utcTime } from './calendar';
import { parseIsoDate } from './iso';
import type { Precision } from './units';

/**
 * Dates as people type them into the go-to-date box, the date filter and the export range:
 * "2021", "1910s", "2021-03", "March 2021", "12 Mar 2021", "12/03/2021", "14:30 12 Mar 2021",
 * "the 3rd of June 1999", "44 BC", "AD 800", and every date a timeline file may hold. All dates are UTC, like the
 * file dates.
 *
 * Ambiguity: numeric dates are read DAY FIRST ("12/03/2021" is 12 March 2021), matching the
 * day-month-year dates the app displays; one that only reads month first ("03/15/2021") is
 * refused, not silently read the other way round (an importer may ask for month first).
 * ISO dates (2021-03-12) are unambiguous and preferred.
 * Inputs without a year ("March 12") are rejected rather than guessed from today's date.
 */
export interface TypedDate {
  /** Start of the unit the input names (1 March 2021 for "March 2021"), ms UTC. */
  readonly startMs: number;
  /** The finest unit the input named. */
  readonly precision: Precision;
}

/** How to read a numeric date such as 3/4/2021: day first (4 March) unless told otherwise. */
export interface ReadOptions {
  readonly dayFirst?: boolean;
}

/** Natural language, day-first (British) or month-first (US) reading; chrono fills what is not named with 12:00. */
function viaChrono(text: string, dayFirst: boolean): TypedDate | undefined {
  const parser = dayFirst ? chrono.en.GB : chrono.en;
  const results = parser.parse(text, { instant: new Date(0), timezone: 0 });
  const [r] = results;
  if (results.length !== 1 || !r || !r.start.isCertain('year')) return undefined;
  if (/\d/.test(text.slice(0, r.index) + text.slice(r.index + r.text.length))) return undefined;
  const s = r.start;
  const precision = (['minute', 'hour', 'day', 'month'] as const).find((unit) => s.isCertain(unit)) ?? 'year';
  const get = (unit: 'year' | 'month' | 'day' | 'hour' | 'minute', fallback: number) =>
    s.isCertain(unit) ? (s.get(unit) ?? fallback) : fallback;
  const startMs = utcTime(
    get('year', 1970),
    get('month', 1) - 1,
    get('day', 1),
    get('hour', 0),
    get('minute', 0),
  );
  return { startMs, precision };
}

const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

/** What a typed date names; undefined when it names no date, so a box can say so inline. */
export function parseTypedDate(input: string, options: ReadOptions = {}): TypedDate | undefined {
  const text = input.trim().replace(/\s+/g, ' ').replace(WEEKDAY, '');
  if (!text) return undefined;
  const decade = /^(\d{3})0'?s$/.exec(text);
  if (decade) return { startMs: utcTime(Number(decade[1]) * 10), precision: 'decade' };
  if (/^\d{1,4}$/.test(text)) return { startMs: utcTime(Number(text)), precision: 'year' };
  // "44 BC", "44 BCE", "AD 800", "800 CE": astronomical years, 1 BC being year 0.
  const era =
    /^(?:(\d{1,6})\s*(?:BCE?|B\.C\.(?:E\.)?)|(?:AD|A\.D\.)\s*(\d{1,6})|(\d{1,6})\s*(?:CE|AD|A\.D\.))$/i.exec(
      text,
    );
  if (era) {
    const year = era[1] !== undefined ? 1 - Number(era[1]) : Number(era[2] ?? era[3]);
    return { startMs: utcTime(year), precision: 'year' };
  }
  // chrono would take "12" in "March 12" for a year: demand a four-digit one.
  if (!/\d{4}/.test(text)) return undefined;
  // Day first, as the hint says: "03/15/2021" has no 15th month and is refused, not read month first.
  const dayFirst = options.dayFirst ?? true;
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$/.exec(text);
  if (numeric && Number(dayFirst ? numeric[2] : numeric[1]) > 12) return undefined;
  const iso = parseIsoDate(text);
  if (iso) return { startMs: floorToUnit(iso.ms, iso.granularity), precision: iso.granularity };
  return viaChrono(text, dayFirst);
}
