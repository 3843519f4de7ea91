/**
 * Calendar units for level-of-detail buckets. Boundaries are aligned to absolute UTC time
 * (midnight, Monday, the 1st, January, years divisible by 10 or 100), never to the window's
 * left edge, so a bucket keeps its boundaries and its count while the user pans.
 */

export const BUCKET_UNITS = ['hour', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'century'] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Widest a bucket of the unit can be (31-day months, leap years). An event no longer than
 * this fits one bucket, so it may be counted; a longer one must stay a band of its own.
 */
export const MAX_BUCKET_MS: Readonly<Record<BucketUnit, number>> = {
  hour: HOUR,
  day: DAY,
  week: 7 * DAY,
  month: 31 * DAY,
  quarter: 92 * DAY,
  year: 366 * DAY,
  decade: 3653 * DAY,
  century: 36525 * DAY,
};

function utcDate(year: number, month0: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, 1);
  return d.getTime();
}

/** Start of the bucket holding `ms` (UTC, weeks start on Monday as in ISO 8601). */
export function floorToUnit(ms: number, unit: BucketUnit): number {
  if (unit === 'hour') return Math.floor(ms / HOUR) * HOUR;
  if (unit === 'day') return Math.floor(ms / DAY) * DAY;
  if (unit === 'week') {
    const days = Math.floor(ms / DAY);
    // 1970-01-01 was a Thursday, three days after a Monday.
    return (days - ((((days + 3) % 7) + 7) % 7)) * DAY;
  }
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  if (unit === 'month') return utcDate(year, month);
  if (unit === 'quarter') return utcDate(year, month - (month % 3));
  if (unit === 'year') return utcDate(year, 0);
  const span = unit === 'decade' ? 10 : 100;
  return utcDate(Math.floor(year / span) * span, 0);
}

/** Start of the bucket after the one starting at `bucketStartMs` (which must be aligned). */
export function nextBucketStart(bucketStartMs: number, unit: BucketUnit): number {
  if (unit === 'hour') return bucketStartMs + HOUR;
  if (unit === 'day') return bucketStartMs + DAY;
  if (unit === 'week') return bucketStartMs + 7 * DAY;
  const d = new Date(bucketStartMs);
  const months = { month: 1, quarter: 3, year: 12, decade: 120, century: 1200 }[unit];
  return utcDate(d.getUTCFullYear(), d.getUTCMonth() + months);
}

/** Aligned boundaries b0 < b1 < … < bk with b0 <= fromMs and bk > max(fromMs, toMs - 1). */
export function bucketBoundaries(fromMs: number, toMs: number, unit: BucketUnit): number[] {
  const boundaries = [floorToUnit(fromMs, unit)];
  let last = boundaries[0]!;
  do {
    last = nextBucketStart(last, unit);
    boundaries.push(last);
  } while (last < toMs);
  return boundaries;
}
