/**
 * The pieces dates are written with. Names are spelled out here, not taken from Intl, so the
 * output is identical on every machine and locale.
 */

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

/** Sunday first, as `Date.getUTCDay` counts. */
export const WEEKDAY_ABBREVIATIONS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Zero-pads a non-negative number: pad(7) is "07", pad(12, 4) is "0012". */
export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A year for people to read. Years are astronomical (year 0 is 1 BC, -499 is 500 BC), as in
 * ISO 8601 and JavaScript dates; `gap: ''` writes "500BC" where spaces are unwelcome, `digits`
 * zero-pads years AD (file names sort that way).
 */
export function formatYear(year: number, opts: { gap?: string; digits?: number } = {}): string {
  return year > 0 ? pad(year, opts.digits ?? 1) : `${1 - year}${opts.gap ?? ' '}BC`;
}
