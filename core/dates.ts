import type { Precision } from './model';

/**
 * Date logic over the ISO strings stored in timeline files. Everything is UTC: an event "on
 * 12 March 2021" is the calendar day, not an instant in the viewer's zone, so the timeline must
 * not shift it by the machine's offset.
 */

export interface ParsedDate {
  /** Milliseconds since the epoch (UTC) of the first instant the string denotes. */
  readonly ms: number;
  /** The finest unit the string spells out. */
  readonly granularity: 'year' | 'month' | 'day' | 'minute';
}

const ISO = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

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
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year);
  let ms = d.getTime();
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

/** Adds whole units in UTC; month and year arithmetic keep calendar semantics. */
export function addUnits(ms: number, unit: Precision, count: number): number {
  const d = new Date(ms);
  switch (unit) {
    case 'minute':
      return ms + count * 60_000;
    case 'hour':
      return ms + count * 3_600_000;
    case 'day':
      d.setUTCDate(d.getUTCDate() + count);
      return d.getTime();
    case 'month':
      d.setUTCMonth(d.getUTCMonth() + count);
      return d.getTime();
    case 'year':
      d.setUTCFullYear(d.getUTCFullYear() + count);
      return d.getTime();
    case 'decade':
      d.setUTCFullYear(d.getUTCFullYear() + 10 * count);
      return d.getTime();
  }
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

/** Month names spelled out here, not via Intl, so output is identical on every machine and locale. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Three-letter month abbreviations, for axes and compact dates. */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((m) => m.slice(0, 3));
