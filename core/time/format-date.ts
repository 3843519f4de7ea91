import type { TimelineEvent } from '../file-format/model';
import { categoryInfo } from '../file-format/categories';
import type { Category } from '../file-format/model';
import { MONTH_NAMES, WEEKDAY_ABBREVIATIONS, formatYear, pad } from './format';
import { parseIsoDate } from './iso';
import type { Precision } from './units';

/**
 * Human dates for events, written at the event's precision: a month-precision event must read
 * "April 2021", never "1 Apr 2021", or the reader believes a day the sources never gave.
 * Everything is UTC, like the file dates. Names are spelled out here (not Intl) so the output is
 * the same on every machine and locale.
 */

const MONTHS = MONTH_NAMES;
const WEEKDAYS = WEEKDAY_ABBREVIATIONS;

type Style = 'short' | 'spoken';

interface Parts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly time: string;
}

function partsOf(ms: number): Parts {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

function monthText(month: number, style: Style): string {
  const name = MONTHS[month]!;
  return style === 'short' ? name.slice(0, 3) : name;
}

/** "Fri 12 Mar 2021" (short) or "12 March 2021" (spoken); ranges leave out what both ends share. */
function dayText(
  p: Parts,
  style: Style,
  opts: { weekday?: boolean; month?: boolean; year?: boolean } = {},
): string {
  const { weekday = style === 'short', month = true, year = true } = opts;
  return [
    weekday ? WEEKDAYS[p.weekday]! : '',
    String(p.day),
    month ? monthText(p.month, style) : '',
    year ? formatYear(p.year) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** One date at a precision, e.g. "Fri 12 Mar 2021" / "12 March 2021". */
function single(p: Parts, precision: Precision, style: Style): string {
  switch (precision) {
    case 'decade':
      return `${formatYear(Math.floor(p.year / 10) * 10)}s`;
    case 'year':
      return formatYear(p.year);
    case 'month':
      return `${MONTHS[p.month]!} ${formatYear(p.year)}`;
    case 'day':
      return dayText(p, style);
    case 'hour':
    case 'minute':
      return `${dayText(p, style)}${style === 'short' ? ', ' : ' at '}${p.time}`;
  }
}

/** A range, sharing the parts both ends have in common: "25–27 Jul 2024", "12 Mar – 2 Apr 2021". */
function range(a: Parts, b: Parts, precision: Precision, style: Style): string {
  const to = style === 'short' ? ' – ' : ' to ';
  const sameYear = a.year === b.year;
  if (precision === 'day') {
    const last = dayText(b, style, { weekday: false });
    if (sameYear && a.month === b.month) return `${a.day}${style === 'short' ? '–' : to}${last}`;
    return `${dayText(a, style, { weekday: false, year: !sameYear })}${to}${last}`;
  }
  if (precision === 'month' && sameYear)
    return `${MONTHS[a.month]!}${to}${MONTHS[b.month]!} ${formatYear(b.year)}`;
  if (
    (precision === 'hour' || precision === 'minute') &&
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day
  )
    return `${single(a, precision, style)}${style === 'short' ? '–' : to}${b.time}`;
  return `${single(a, precision, style)}${to}${single(b, precision, style)}`;
}

function formatDates(e: TimelineEvent, style: Style): string {
  const start = parseIsoDate(e.start);
  const end = e.end === undefined ? undefined : parseIsoDate(e.end);
  if (!start || (e.end !== undefined && !end)) return e.end ? `${e.start} – ${e.end}` : e.start;
  const a = partsOf(start.ms);
  const b = end ? partsOf(end.ms) : undefined;
  const text =
    b && single(a, e.precision, style) !== single(b, e.precision, style)
      ? range(a, b, e.precision, style)
      : single(a, e.precision, style);
  return e.approximate ? `${style === 'short' ? 'c.' : 'around'} ${text}` : text;
}

/**
 * The date line shown on timeline items and in the detail pane, at the event's precision:
 * "Fri 12 Mar 2021", "April 2021", "1910s", "25–27 Jul 2024", "c. 1910 – 1945".
 */
export function formatEventDate(e: TimelineEvent): string {
  return formatDates(e, 'short');
}

/**
 * What a screen reader announces for an event: type, title and a spoken date without
 * abbreviations, e.g. "Summit: Quad leaders' virtual summit, 12 March 2021". Planned events say
 * so, because sighted users see that difference in the item's style.
 */
export function accessibleEventName(e: TimelineEvent, categories?: readonly Category[]): string {
  const planned = e.status === 'planned' ? ' (planned)' : '';
  return `${categoryInfo(e.type, categories).label}: ${e.title}, ${formatDates(e, 'spoken')}${planned}`;
}
