import { addUnits } from './dates';
import { parseGotoDate } from './goto-date';
import type { Precision } from './model';

/**
 * The "From" and "To" boxes of the date filter. People type dates the way the go-to-date box
 * takes them ("2021", "March 2021", "2021-03-12"); a bound covers the whole unit typed, so
 * "to 2021" keeps events in December 2021 and "from March 2021" keeps 1 March.
 */

/** Start of the unit holding `ms` (UTC), e.g. 1 Jan of its year for 'year'. */
function floorTo(ms: number, precision: Precision): number {
  const d = new Date(ms);
  switch (precision) {
    case 'minute':
      return Math.floor(ms / 60_000) * 60_000;
    case 'hour':
      return Math.floor(ms / 3_600_000) * 3_600_000;
    case 'day':
      return d.setUTCHours(0, 0, 0, 0);
    case 'month':
      d.setUTCDate(1);
      return d.setUTCHours(0, 0, 0, 0);
    case 'year':
    case 'decade': {
      const year = d.getUTCFullYear();
      const start = new Date(0);
      start.setUTCFullYear(precision === 'decade' ? Math.floor(year / 10) * 10 : year, 0, 1);
      return start.getTime();
    }
  }
}

/**
 * The filter bound a typed date stands for: the start of the named unit for "from", the end of
 * it (exclusive) for "to". Undefined for text that names no date, so the box can say so;
 * an empty box is an open bound and is not parsed here.
 */
export function parseRangeBound(input: string, side: 'from' | 'to'): number | undefined {
  const target = parseGotoDate(input);
  if (!target) return undefined;
  // The go-to window is the unit plus a margin each side; its middle is inside the unit.
  const start = floorTo((target.startMs + target.endMs) / 2, target.precision);
  return side === 'from' ? start : addUnits(start, target.precision, 1);
}
