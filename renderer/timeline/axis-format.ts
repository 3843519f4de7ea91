import moment from 'moment';
import type { TimelineOptions } from 'vis-timeline/peer';
import { formatYear } from '../../core/time/format';

/**
 * Axis labels for every scale from centuries to minutes. vis's defaults drop the year from
 * hour/minute major labels ("Fri 12 March"), which is ambiguous on a century-wide timeline, so
 * the major line always carries the year. Dates are formatted in UTC, like the file dates, so
 * a day never shifts by the viewer's time zone.
 */
const MINOR: Readonly<Record<string, string>> = {
  millisecond: 'SSS',
  second: 's',
  minute: 'HH:mm',
  hour: 'HH:mm',
  weekday: 'ddd D',
  day: 'D',
  week: 'w',
  month: 'MMM',
  year: 'YYYY',
};
const MAJOR: Readonly<Record<string, string>> = {
  millisecond: 'HH:mm:ss',
  second: 'D MMMM YYYY HH:mm',
  minute: 'ddd D MMMM YYYY',
  hour: 'ddd D MMMM YYYY',
  weekday: 'MMMM YYYY',
  day: 'MMMM YYYY',
  week: 'MMMM YYYY',
  month: 'YYYY',
  year: '',
};

/**
 * moment writes year -43 as "-0043" and 850 as "0850"; people read "44 BC" and "850"
 * (core/time/format.ts formatYear, the convention of the whole app), so years below 1000 are
 * spliced in as literal text.
 */
export function readableYearPattern(pattern: string, year: number): string {
  return year >= 1000 ? pattern : pattern.replace('YYYY', `[${formatYear(year)}]`);
}

function labels(patterns: Readonly<Record<string, string>>, minor: boolean) {
  // vis passes a moment here, whatever its typings say.
  return (date: Date | moment.Moment, scale: string): string => {
    const m = utcMoment(date);
    // As vis does: no minor week label on the 1st of a month that does not start a week.
    if (minor && scale === 'week' && m.date() === 1 && m.weekday() !== 0) return '';
    const pattern = patterns[scale];
    return pattern ? m.format(readableYearPattern(pattern, m.year())) : '';
  };
}

export const AXIS_FORMAT: NonNullable<TimelineOptions['format']> = {
  minorLabels: labels(MINOR, true) as (date: Date, scale: string, step: number) => string,
  majorLabels: labels(MAJOR, false) as (date: Date, scale: string, step: number) => string,
};

/** vis formats and steps the axis through this: UTC calendar, not the machine's zone. */
export const utcMoment = (date: moment.MomentInput): moment.Moment => moment(date).utc();
