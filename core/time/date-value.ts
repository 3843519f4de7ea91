import edtf from 'edtf';
import { addUnits, floorToUnit, utcTime, daysInMonth } from './calendar';
import { formatIsoDate, parseIsoDate } from './iso';
import { parseTypedDate, type ReadOptions } from './parse-input';
import { PRECISIONS, type Precision } from './units';

/**
 * Dates as other people's files write them, turned into what a timeline file stores: a start,
 * an inclusive end and one precision. Readers: ISO 8601 (iso.ts), EDTF through the `edtf`
 * package ("2021-04", "1910/1945", "2021?", "19XX", "-0044-03-15"), the forms people type
 * (parse-input.ts: "15 March 2021", "3/15/2021" with a day-first or month-first choice), and
 * date parts (TimelineJS year/month/day). No parsing of its own beyond gluing these together.
 */
export interface DateValue {
  readonly start: string;
  readonly end?: string;
  readonly precision: Precision;
  readonly approximate: boolean;
}

export type DateResult = { ok: true; value: DateValue } | { ok: false; reason: string };

/** The JavaScript date limit, in years either side of 1970 (rounded to the safe side). */
export const YEAR_LIMIT = 271_821;

const finer = (a: Precision, b: Precision): Precision =>
  PRECISIONS.indexOf(a) <= PRECISIONS.indexOf(b) ? a : b;

/**
 * A span from two instants at their own precisions, written at the finer one so neither end
 * is lost: 1939-09 → 1945 becomes 1939-09 → 1945-12 (all of 1945 stays covered).
 */
export function spanValue(
  startMs: number,
  startPrecision: Precision,
  endMs?: number,
  endPrecision: Precision = startPrecision,
  approximate = false,
): DateResult {
  if (!Number.isFinite(startMs))
    return { ok: false, reason: 'the start is beyond the JavaScript date limit' };
  if (endMs === undefined || !Number.isFinite(endMs))
    return {
      ok: true,
      value: { start: formatIsoDate(startMs, startPrecision), precision: startPrecision, approximate },
    };
  const precision = finer(startPrecision, endPrecision);
  const lastMs = addUnits(floorToUnit(endMs, endPrecision), endPrecision, 1) - 1;
  const start = formatIsoDate(floorToUnit(startMs, precision), precision);
  const end = formatIsoDate(lastMs, precision);
  if (lastMs < startMs) return { ok: false, reason: `the end (${end}) is before the start (${start})` };
  return {
    ok: true,
    value: end === start ? { start, precision, approximate } : { start, end, precision, approximate },
  };
}

const EDTF_PRECISION: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day' };

function edtfBound(value: { min: number; max: number; precision?: number; values?: readonly number[] }) {
  return { ms: value.min, precision: EDTF_PRECISION[value.precision ?? value.values?.length ?? 1] ?? 'year' };
}

function viaEdtf(text: string): DateResult | undefined {
  let parsed: ReturnType<typeof edtf>;
  try {
    parsed = edtf(text);
  } catch {
    return undefined;
  }
  const fuzzy = (v?: { value: number }) => (v?.value ?? 0) !== 0;
  const approximate = fuzzy(parsed.approximate) || fuzzy(parsed.uncertain);
  if (parsed.type === 'Interval' && parsed.lower && parsed.upper) {
    const a = edtfBound(parsed.lower);
    const b = edtfBound(parsed.upper);
    return spanValue(a.ms, a.precision, b.ms, b.precision, approximate || fuzzy(parsed.lower.approximate));
  }
  if (parsed.type !== 'Date' || !Number.isFinite(parsed.min)) return undefined;
  // "19XX": the digits left unspecified widen the span; it is drawn as the years it may be.
  if (fuzzy(parsed.unspecified)) return spanValue(parsed.min, 'year', parsed.max, 'year', true);
  const bound = edtfBound(parsed);
  return spanValue(bound.ms, bound.precision, undefined, bound.precision, approximate);
}

/** One date or range as written in a cell or a field; a reason when it names no date. */
export function parseDateText(input: string, options: ReadOptions = {}): DateResult {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'no date given' };
  if (text.length > 200) return { ok: false, reason: 'too long to be a date' };
  const iso = parseIsoDate(text);
  if (iso) return spanValue(iso.ms, iso.granularity);
  // Machine timestamps with seconds, fractions and a zone (JSON.stringify of a Date, exports of
  // databases): ISO 8601 that the file format does not store as such. The zone makes Date.parse
  // exact; the time is kept to the minute.
  if (/^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const ms = Date.parse(text);
    if (Number.isFinite(ms)) return spanValue(floorToUnit(ms, 'minute'), 'minute');
  }
  const viaSpec = viaEdtf(text);
  if (viaSpec) return viaSpec;
  // An ISO shape that neither ISO nor EDTF accepts is an impossible date (2021-13-01,
  // 2021-04-31), not a riddle for the natural-language reader to guess at.
  const shape = /^([+-]?\d{4,6})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ]|$)/.exec(text);
  if (shape) {
    const [year, month, day] = [Number(shape[1]), Number(shape[2]), Number(shape[3] ?? 1)];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
      return { ok: false, reason: `"${text.slice(0, 60)}" is not a real date (no such month or day)` };
  }
  const typed = parseTypedDate(text, options);
  if (typed) return spanValue(typed.startMs, typed.precision);
  return {
    ok: false,
    reason: `"${text.slice(0, 60)}" is not a date (try 2021-03-15, 15 March 2021 or 2021)`,
  };
}

/** Date parts as TimelineJS writes them; strings and numbers alike, "" meaning not given. */
export interface DateParts {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
  readonly hour?: unknown;
  readonly minute?: unknown;
}

const MONTH_NAMES_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function partNumber(value: unknown, name: string): number | undefined | string {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number')
    return Number.isInteger(value) ? value : `${name} ${value} is not a whole number`;
  if (typeof value !== 'string') return `${name} must be a number`;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (name === 'month') {
    const named = MONTH_NAMES_EN.indexOf(trimmed.slice(0, 3).toLowerCase());
    if (named >= 0 && /^[a-z]/i.test(trimmed)) return named + 1;
  }
  if (!/^[+-]?\d+$/.test(trimmed.replace(/,/g, '')))
    return `${name} "${trimmed.slice(0, 30)}" is not a number`;
  return Number(trimmed.replace(/,/g, ''));
}

/** An instant from parts; a reason when a part is impossible (month 13, 31 April, 30 February). */
export function partsToInstant(parts: DateParts): { ms: number; precision: Precision } | string | undefined {
  const values: Record<string, number | undefined> = {};
  for (const name of ['year', 'month', 'day', 'hour', 'minute'] as const) {
    const n = partNumber(parts[name], name);
    if (typeof n === 'string') return n;
    values[name] = n;
  }
  const { year, month, day, hour, minute } = values;
  if (year === undefined) return month === undefined && day === undefined ? undefined : 'a date needs a year';
  if (Math.abs(year) > YEAR_LIMIT)
    return `year ${year} is beyond the JavaScript date limit of ±${YEAR_LIMIT.toLocaleString('en')} years; Chronoscope cannot draw it`;
  if (month !== undefined && (month < 1 || month > 12)) return `there is no month ${month}`;
  if (day !== undefined && month === undefined) return 'a day needs a month';
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!)))
    return `there is no day ${day} in month ${month} of ${year} (it has ${daysInMonth(year, month!)} days)`;
  if (hour !== undefined && (hour < 0 || hour > 23 || day === undefined))
    return `hour ${hour} is not a time of a day`;
  if (minute !== undefined && (minute < 0 || minute > 59 || hour === undefined))
    return `minute ${minute} is not a time`;
  const ms = utcTime(year, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  const precision: Precision =
    minute !== undefined
      ? 'minute'
      : hour !== undefined
        ? 'hour'
        : day !== undefined
          ? 'day'
          : month !== undefined
            ? 'month'
            : 'year';
  return { ms, precision };
}

/** A span from a start date and an end date read separately (two cells, two fields). */
export function joinValues(a: DateValue, b: DateValue): DateResult {
  const start = parseIsoDate(a.start);
  const end = parseIsoDate(b.end ?? b.start);
  if (!start || !end) return { ok: false, reason: 'unreadable dates' };
  return spanValue(start.ms, a.precision, end.ms, b.precision, a.approximate || b.approximate);
}

/**
 * A span given as instants [from, to) (Markwhen, vis-timeline): the coarsest unit both ends
 * align to is the precision, so "2021-03" (1 March to 1 April) stays a month, not 31 days.
 */
export function spanFromInstants(fromMs: number, toMs?: number): DateResult {
  const units = ['year', 'month', 'day', 'minute'] as const;
  if (toMs === undefined || toMs <= fromMs) {
    // A lone instant names a moment: midnight is a day, anything else a time of day.
    return spanValue(fromMs, floorToUnit(fromMs, 'day') === fromMs ? 'day' : 'minute');
  }
  const unit =
    units.find((u) => floorToUnit(fromMs, u) === fromMs && floorToUnit(toMs, u) === toMs) ?? 'minute';
  return spanValue(fromMs, unit, toMs - 1, unit);
}
