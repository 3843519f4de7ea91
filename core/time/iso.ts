import { addUnits, daysInMonth, utcTime } from './calendar';
import { pad } from './format';
import type { Precision } from './units';

/**
 * The ISO 8601 date strings stored in timeline files: "2021", "2021-03", "2021-03-12",
 * "2021-03-12T09:30", optionally with seconds and a zone, and "-0499" for 500 BC (astronomical
 * years, 4 to 6 digits down to the JavaScript date limit of ±271,821 years). Everything is UTC: an event "on 12 March 2021" is the calendar day, not an instant in
 * the viewer's zone, so the timeline must not shift it by the machine's offset.
 */

export interface ParsedDate {
  /** Milliseconds since the epoch (UTC) of the first instant the string denotes. */
  readonly ms: number;
  /** The finest unit the string spells out. */
  readonly granularity: 'year' | 'month' | 'day' | 'minute';
}

const ISO = /^(-?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Parses a file date; returns undefined for malformed or impossible dates (2021-02-30, 25:00). */
export function parseIsoDate(value: string): ParsedDate | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let ms = utcTime(year, month - 1, day, hour, minute, second);
  // Past the JavaScript date limit (±271,821 years) there is no instant to draw.
  if (Number.isNaN(ms)) return undefined;
  const zone = m[7];
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [zh, zm] = zone.slice(1).split(':').map(Number);
    ms -= sign * ((zh ?? 0) * 60 + (zm ?? 0)) * 60_000;
  }
  const granularity =
    m[4] !== undefined ? 'minute' : m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
  return { ms, granularity };
}

/** An ISO year as files spell it: four digits, "-0499" for 500 BC. */
function isoYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

/**
 * Spells a UTC instant exactly at a precision, as the validator demands ("2021-03" for a
 * month, "1910" for the 1910s, "2021-03-12T09:00" for an hour); parseIsoDate reads it back.
 */
export function formatIsoDate(ms: number, precision: Precision): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (precision === 'decade') return isoYear(year - (((year % 10) + 10) % 10));
  if (precision === 'year') return isoYear(year);
  const month = `${isoYear(year)}-${pad(d.getUTCMonth() + 1)}`;
  if (precision === 'month') return month;
  const day = `${month}-${pad(d.getUTCDate())}`;
  if (precision === 'day') return day;
  return `${day}T${pad(d.getUTCHours())}:${precision === 'hour' ? '00' : pad(d.getUTCMinutes())}`;
}

export interface EventSpan {
  /** Inclusive start, ms UTC. */
  readonly startMs: number;
  /** Exclusive end, ms UTC: the end of the last unit the event covers. */
  readonly endMs: number;
}

/**
 * The time an event covers at its precision: "2021-04" with month precision covers all of
 * April; a day event covers its whole day. The end date in files is inclusive.
 */
export function eventSpan(event: {
  start: string;
  end?: string | undefined;
  precision: Precision;
}): EventSpan | undefined {
  const start = parseIsoDate(event.start);
  if (!start) return undefined;
  const last = event.end === undefined ? start : parseIsoDate(event.end);
  if (!last) return undefined;
  return { startMs: start.ms, endMs: addUnits(last.ms, event.precision, 1) };
}
