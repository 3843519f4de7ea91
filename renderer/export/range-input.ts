import { addUnits, parseIsoDate } from '../../core/dates';

/**
 * The "from" and "to" boxes of a date-range export take dates as people write them in files
 * (1910, 2021-03, 2021-03-12): "to" is inclusive, so "2024-08" means up to the end of August.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD of an instant (UTC). */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Parses the two boxes into [fromMs, toMs), or says what is wrong with them. */
export function parseRange(from: string, to: string): { fromMs: number; toMs: number } | { error: string } {
  const start = parseIsoDate(from.trim());
  const end = parseIsoDate(to.trim());
  if (!start) return { error: `“${from}” is not a date like 2021, 2021-03 or 2021-03-12.` };
  if (!end) return { error: `“${to}” is not a date like 2021, 2021-03 or 2021-03-12.` };
  const toMs = addUnits(end.ms, end.granularity, 1);
  if (toMs <= start.ms) return { error: 'The range ends before it starts.' };
  return { fromMs: start.ms, toMs };
}
