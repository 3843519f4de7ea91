/**
 * The calendar units Chronoscope knows, finest first. Event precisions, level-of-detail bucket
 * units and export axis steps are subsets of this one list, so a unit means the same thing
 * (and has the same length) wherever it appears.
 */
export const TIME_UNITS = [
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'decade',
  'century',
] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** What a file date may claim to know (the `precision` of an event). */
export const PRECISIONS = [
  'minute',
  'hour',
  'day',
  'month',
  'year',
  'decade',
] as const satisfies readonly TimeUnit[];
export type Precision = (typeof PRECISIONS)[number];

/** Units of level-of-detail buckets: a minute is finer than any count bar needs. */
export const BUCKET_UNITS = [
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
  'decade',
  'century',
] as const satisfies readonly TimeUnit[];
export type BucketUnit = (typeof BUCKET_UNITS)[number];

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Typical length (Gregorian averages), used to pick a unit for a span. */
export const NOMINAL_MS: Readonly<Record<TimeUnit, number>> = {
  minute: MINUTE_MS,
  hour: HOUR_MS,
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30.436875 * DAY_MS,
  quarter: 91.310625 * DAY_MS,
  year: 365.2425 * DAY_MS,
  decade: 3652.425 * DAY_MS,
  century: 36524.25 * DAY_MS,
};

/**
 * Longest a unit can be (31-day months, leap years). An event no longer than this fits one
 * bucket, so it may be counted; a longer one must stay a band of its own.
 */
export const MAX_BUCKET_MS: Readonly<Record<TimeUnit, number>> = {
  minute: MINUTE_MS,
  hour: HOUR_MS,
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 31 * DAY_MS,
  quarter: 92 * DAY_MS,
  year: 366 * DAY_MS,
  decade: 3653 * DAY_MS,
  century: 36525 * DAY_MS,
};
