import moment from 'moment';
import type { TimelineOptions } from 'vis-timeline/peer';

/**
 * Axis labels for every scale from centuries to minutes. vis's defaults drop the year from
 * hour/minute major labels ("Fri 12 March"), which is ambiguous on a century-wide timeline, so
 * the major line always carries the year. Dates are formatted in UTC, like the file dates, so
 * a day never shifts by the viewer's time zone.
 */
export const AXIS_FORMAT: NonNullable<TimelineOptions['format']> = {
  minorLabels: {
    millisecond: 'SSS',
    second: 's',
    minute: 'HH:mm',
    hour: 'HH:mm',
    weekday: 'ddd D',
    day: 'D',
    week: 'w',
    month: 'MMM',
    year: 'YYYY',
  },
  majorLabels: {
    millisecond: 'HH:mm:ss',
    second: 'D MMMM YYYY HH:mm',
    minute: 'ddd D MMMM YYYY',
    hour: 'ddd D MMMM YYYY',
    weekday: 'MMMM YYYY',
    day: 'MMMM YYYY',
    week: 'MMMM YYYY',
    month: 'YYYY',
    year: '',
  },
};

/** vis formats and steps the axis through this: UTC calendar, not the machine's zone. */
export const utcMoment = (date: moment.MomentInput): moment.Moment => moment(date).utc();
