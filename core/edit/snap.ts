import { addUnits } from '../time/calendar';
import { pad } from '../time/format';
import { parseIsoDate } from '../time/iso';
import { NOMINAL_MS, type Precision } from '../time/units';

/**
 * Moves file dates by whole units of an event's precision, so a dragged month-precision event
 * lands on a month and keeps spelling its dates as months. A time zone suffix is kept and the
 * wall-clock time moves, so "09:30+01:00" moved an hour becomes "10:30+01:00".
 */

/** The whole number of units `n` whose calendar shift of `fromMs` lands nearest `fromMs + deltaMs`. */
export function nearestUnits(fromMs: number, deltaMs: number, precision: Precision): number {
  const guess = Math.round(deltaMs / NOMINAL_MS[precision]);
  let best = guess;
  let bestDistance = Infinity;
  for (const n of [guess - 1, guess, guess + 1]) {
    const distance = Math.abs(addUnits(fromMs, precision, n) - (fromMs + deltaMs));
    if (distance < bestDistance) [best, bestDistance] = [n, distance];
  }
  return best;
}

const ZONE = /^(.+T[\d:]+)(Z|[+-]\d{2}:\d{2})$/;

function splitZone(value: string): [body: string, zone: string] {
  const m = ZONE.exec(value);
  return m ? [m[1] as string, m[2] as string] : [value, ''];
}

/** Wall-clock ms of a file date (zone ignored), or undefined when it is not a real date. */
export function wallClockMs(value: string): number | undefined {
  return parseIsoDate(splitZone(value)[0])?.ms;
}

/** Spells `ms` with the same fields as `like` (year, month, day, minute or second). */
function formatLike(ms: number, like: string): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const parts = [
    year < 0 ? `-${pad(-year, 4)}` : pad(year, 4),
    pad(d.getUTCMonth() + 1),
    pad(d.getUTCDate()),
  ];
  const dateFields = like.split('T')[0]!.replace(/^-/, '').split('-').length;
  const date = parts.slice(0, dateFields).join('-');
  if (!like.includes('T')) return date;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return like.split(':').length > 2 ? `${date}T${time}:${pad(d.getUTCSeconds())}` : `${date}T${time}`;
}

/** `value` moved by `units` of `precision`; undefined when `value` is not a real date. */
export function shiftDate(value: string, precision: Precision, units: number): string | undefined {
  const [body, zone] = splitZone(value);
  const parsed = parseIsoDate(body);
  if (!parsed) return undefined;
  return formatLike(addUnits(parsed.ms, precision, units), body) + zone;
}
