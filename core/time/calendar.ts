import { DAY_MS, HOUR_MS, MINUTE_MS, type TimeUnit } from './units';

/**
 * Calendar arithmetic in UTC. File dates are calendar dates, not instants in the viewer's zone,
 * so nothing here looks at the machine's offset. Boundaries are aligned to absolute time
 * (midnight, Monday, the 1st, January, years divisible by 10 or 100), never to a window's edge,
 * so a bucket keeps its boundaries and its count while the user pans.
 */

/** Date.UTC without its 0–99 → 1900s quirk, with overflowing months and days carried over. */
export function utcTime(year: number, month0 = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  d.setUTCHours(hour, minute, second);
  return d.getTime();
}

/** Days in a month (1-based), leap years included. */
export function daysInMonth(year: number, month1: number): number {
  return new Date(utcTime(year, month1, 0)).getUTCDate();
}

/** A unit as a multiple of a simpler one: a quarter is three months, a century 100 years. */
const MULTIPLE_OF: Partial<Record<TimeUnit, readonly [TimeUnit, number]>> = {
  week: ['day', 7],
  quarter: ['month', 3],
  decade: ['year', 10],
  century: ['year', 100],
};

const FIXED_MS: Partial<Record<TimeUnit, number>> = { minute: MINUTE_MS, hour: HOUR_MS, day: DAY_MS };

/**
 * Start of the step of `count` units holding `ms`. Steps of several units restart in the
 * enclosing unit (6-hour steps at midnight, 10-day steps on the 1st, 3-month steps in
 * January); weeks start on Monday as in ISO 8601.
 */
export function floorToUnit(ms: number, unit: TimeUnit, count = 1): number {
  const multiple = MULTIPLE_OF[unit];
  if (unit === 'week') {
    const days = Math.floor(ms / DAY_MS);
    // 1970-01-01 was a Thursday, three days after a Monday.
    return (days - ((((days + 3) % 7) + 7) % 7)) * DAY_MS;
  }
  if (multiple) return floorToUnit(ms, multiple[0], multiple[1] * count);
  // The hot path of level-of-detail bucketing: fixed-length units need no calendar.
  const fixed = FIXED_MS[unit];
  if (fixed && count === 1) return Math.floor(ms / fixed) * fixed;
  const d = new Date(ms);
  const [y, m, day, h] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours()];
  const down = (n: number) => n - (((n % count) + count) % count);
  if (unit === 'minute') return utcTime(y, m, day, h, down(d.getUTCMinutes()));
  if (unit === 'hour') return utcTime(y, m, day, down(h));
  if (unit === 'day') return utcTime(y, m, 1 + down(day - 1));
  if (unit === 'month') return utcTime(y, down(m));
  return utcTime(down(y), 0);
}

/** Adds whole units; month and year arithmetic keep calendar semantics (the 1st stays the 1st). */
export function addUnits(ms: number, unit: TimeUnit, count: number): number {
  const multiple = MULTIPLE_OF[unit];
  if (multiple) return addUnits(ms, multiple[0], multiple[1] * count);
  if (unit === 'minute' || unit === 'hour') return ms + count * FIXED_MS[unit]!;
  const d = new Date(ms);
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + count);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + count);
  else d.setUTCFullYear(d.getUTCFullYear() + count);
  return d.getTime();
}

/** Start of the unit after the one starting at `unitStartMs` (which must be aligned). */
export function nextUnitStart(unitStartMs: number, unit: TimeUnit): number {
  return addUnits(unitStartMs, unit, 1);
}

/** Aligned boundaries b0 < b1 < … < bk with b0 <= fromMs and bk > max(fromMs, toMs - 1). */
export function bucketBoundaries(fromMs: number, toMs: number, unit: TimeUnit): number[] {
  const boundaries = [floorToUnit(fromMs, unit)];
  let last = boundaries[0]!;
  do {
    last = nextUnitStart(last, unit);
    boundaries.push(last);
  } while (last < toMs);
  return boundaries;
}
