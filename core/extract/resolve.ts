import { addUnits, floorToUnit, utcTime } from '../time/calendar';
import { formatIsoDate } from '../time/iso';
import { MONTH_NAMES } from '../time/format';
import { DAY_MS, type Precision } from '../time/units';
import type { TimeMention } from './temporal';
import type { Tense } from './tense';
import { WEEKDAY_NAMES } from './words';

/**
 * Turns a time expression into dates, read against the publication day and the tense of its
 * clause, the way docs/dataset.md resolved the bundled dataset by hand. Nothing gets a finer
 * precision than the words support: a week is a seven-day range marked approximate, never one
 * day; a month without a day stays a month.
 */

export interface Resolved {
  readonly start: string;
  readonly end?: string;
  readonly precision: Precision;
  readonly approximate: boolean;
  /** How the date was read, for the event's `dateNote`. */
  readonly note: string;
}

export interface ResolveContext {
  /** Publication day, midnight UTC. */
  readonly publishedMs: number;
  readonly tense: Tense;
  /** "a three-day festival that ended on Sunday": days the event lasts, from its own words. */
  readonly durationDays?: number;
  /** The clause says the anchored day is the end ("ended", "closed") rather than the start. */
  readonly anchorIsEnd?: boolean;
}

const day = (ms: number) => formatIsoDate(ms, 'day');
const readable = (ms: number) => {
  const d = new Date(ms);
  return `${WEEKDAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

/** Which way a bare name points: back for the past, forward for what is to come. */
function looksBack(tense: Tense): boolean {
  return tense === 'past';
}

function dayRange(startMs: number, endMs: number, approximate: boolean, note: string): Resolved {
  return endMs > startMs
    ? { start: day(startMs), end: day(endMs), precision: 'day', approximate, note }
    : { start: day(startMs), precision: 'day', approximate, note };
}

/** A week phrase: Monday–Sunday (ISO weeks), cut to the part the phrase names but never to one day. */
function weekRange(pub: number, which: string): Resolved {
  const monday = floorToUnit(pub, 'week');
  const sunday = monday + 6 * DAY_MS;
  const week = (offset: number, label: string) =>
    dayRange(
      monday + offset * 7 * DAY_MS,
      sunday + offset * 7 * DAY_MS,
      true,
      `“${label}”: the week of ${readable(monday + offset * 7 * DAY_MS)}, a week-long range (the text names no day).`,
    );
  if (which === 'last') return week(-1, 'last week');
  if (which === 'next') return week(1, 'next week');
  if (which === 'this') return week(0, 'this week');
  if (which.startsWith('weekend-')) {
    const dow = new Date(pub).getUTCDay();
    const offset =
      which === 'weekend-last'
        ? dow === 0
          ? 0
          : -1
        : which === 'weekend-next' || (which === 'weekend-coming' && dow === 0)
          ? 1
          : 0;
    const saturday = monday + 5 * DAY_MS + offset * 7 * DAY_MS;
    return dayRange(saturday, saturday + DAY_MS, true, `Weekend of ${readable(saturday)}.`);
  }
  if (which === 'later' && sunday - pub >= 2 * DAY_MS) {
    return dayRange(
      pub + DAY_MS,
      sunday,
      true,
      `“later in the week”: after the publication day (${readable(pub)}) and before the week ends.`,
    );
  }
  if (which === 'earlier' && pub - monday >= 2 * DAY_MS) {
    return dayRange(
      monday,
      pub - DAY_MS,
      true,
      `“earlier this week”: from Monday to the day before publication (${readable(pub)}).`,
    );
  }
  return week(0, which === 'later' ? 'later in the week' : 'earlier this week');
}

/** Year for a month (and day) without one: the latest not after publication in the past tense, else the next. */
function yearFor(pub: number, month: number, dayOfMonth: number, tense: Tense): number {
  const pubYear = new Date(pub).getUTCFullYear();
  const thisYear = utcTime(pubYear, month - 1, dayOfMonth);
  if (looksBack(tense)) return thisYear <= pub ? pubYear : pubYear - 1;
  if (tense === 'future') return thisYear >= pub ? pubYear : pubYear + 1;
  // Present tense says nothing: the nearer of the two candidates.
  const other = thisYear <= pub ? pubYear + 1 : pubYear - 1;
  return Math.abs(utcTime(other, month - 1, dayOfMonth) - pub) < Math.abs(thisYear - pub) ? other : pubYear;
}

function monthYearFor(pub: number, month: number, tense: Tense): number {
  const d = new Date(pub);
  const [pubYear, pubMonth] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
  if (looksBack(tense)) return month <= pubMonth ? pubYear : pubYear - 1;
  if (tense === 'future') return month >= pubMonth ? pubYear : pubYear + 1;
  const back = month <= pubMonth ? pubYear : pubYear - 1;
  const fwd = month >= pubMonth ? pubYear : pubYear + 1;
  return Math.abs((back - pubYear) * 12 + month - pubMonth) <=
    Math.abs((fwd - pubYear) * 12 + month - pubMonth)
    ? back
    : fwd;
}

/** Stretches a single anchored day over the event's own length ("a three-day festival that ended on Sunday"). */
function withDuration(anchor: number, context: ResolveContext, note: string): Resolved {
  const n = context.durationDays;
  if (!n || n < 2 || n > 60) return dayRange(anchor, anchor, false, note);
  const [from, to] = context.anchorIsEnd
    ? [anchor - (n - 1) * DAY_MS, anchor]
    : [anchor, anchor + (n - 1) * DAY_MS];
  return dayRange(
    from,
    to,
    false,
    `${note} It lasts ${n} days by the text, so ${context.anchorIsEnd ? 'it ends' : 'it starts'} that day.`,
  );
}

export function resolveMention(mention: TimeMention, context: ResolveContext): Resolved | { reason: string } {
  const pub = context.publishedMs;
  const pubDate = new Date(pub);
  const pubYear = pubDate.getUTCFullYear();
  const tense = context.tense;
  switch (mention.kind) {
    case 'weekday': {
      const [first, second] = mention.weekdays;
      const dow = pubDate.getUTCDay();
      let offset: number;
      let why: string;
      if (mention.direction === 'last') {
        offset = -((dow - first! + 7) % 7 || 7);
        why = '“last” points back';
      } else if (mention.direction === 'next') {
        offset = (first! - dow + 7) % 7 || 7;
        why = '“next” points forward';
      } else if (looksBack(tense)) {
        offset = -((dow - first! + 7) % 7);
        why = 'past tense: the latest such day on or before publication';
      } else {
        offset = (first! - dow + 7) % 7;
        why = `${tense === 'future' ? 'future or planned' : 'present'} wording: the next such day on or after publication`;
      }
      const start = pub + offset * DAY_MS;
      const note = `${WEEKDAY_NAMES[first!]}${second === undefined ? '' : ` to ${WEEKDAY_NAMES[second]}`} read against publication on ${readable(pub)}; ${why}: ${readable(start)}.`;
      if (second === undefined) return withDuration(start, context, note);
      return dayRange(start, start + ((second - first! + 7) % 7) * DAY_MS, false, note);
    }
    case 'relative-day': {
      const ms = pub + mention.offset * DAY_MS;
      return withDuration(ms, context, `Relative to publication on ${readable(pub)}: ${readable(ms)}.`);
    }
    case 'ago': {
      if (mention.unit === 'day') {
        const ms = pub - mention.count * DAY_MS;
        return dayRange(ms, ms, false, `${mention.count} day(s) before publication on ${readable(pub)}.`);
      }
      if (mention.unit === 'week') {
        const ms = pub - mention.count * 7 * DAY_MS;
        return dayRange(
          ms - 3 * DAY_MS,
          ms + 3 * DAY_MS,
          true,
          `About ${mention.count} week(s) before publication: a week-long range around ${readable(ms)}.`,
        );
      }
      const unit = mention.unit;
      const ms = addUnits(floorToUnit(pub, unit), unit, -mention.count);
      return {
        start: formatIsoDate(ms, unit),
        precision: unit,
        approximate: true,
        note: `${mention.count} ${unit}(s) before publication.`,
      };
    }
    case 'week':
      // "over the weekend": the one before publication in the past tense, else the coming one.
      if (mention.which === 'weekend-tense')
        return weekRange(pub, tense === 'past' ? 'weekend-last' : 'weekend-coming');
      return weekRange(pub, mention.which);
    case 'relative-unit': {
      const unit = mention.unit;
      const shift = mention.which === 'last' ? -1 : mention.which === 'next' ? 1 : 0;
      const ms = addUnits(floorToUnit(pub, unit), unit, shift);
      const label = `${mention.which === 'earlier' || mention.which === 'later' ? `${mention.which} this` : mention.which} ${unit}`;
      return {
        start: formatIsoDate(ms, unit),
        precision: unit,
        approximate: false,
        note: `“${label}” read against publication on ${readable(pub)}.`,
      };
    }
    case 'date': {
      const year = mention.year ?? yearFor(pub, mention.month, mention.day, tense);
      const start = utcTime(year, mention.month - 1, mention.day);
      const yearWhy = mention.year
        ? ''
        : ` The year ${year} follows from the ${tense} tense and publication on ${readable(pub)}.`;
      if (mention.endDay === undefined)
        return withDuration(start, context, `Date in the text: ${readable(start)}.${yearWhy}`);
      const endMonth = mention.endMonth ?? mention.month;
      const endYear = endMonth < mention.month ? year + 1 : year;
      const end = utcTime(endYear, endMonth - 1, mention.endDay);
      return dayRange(
        start,
        end,
        false,
        `Dates in the text: ${readable(start)} to ${readable(end)}.${yearWhy}`,
      );
    }
    case 'month': {
      const year = mention.year ?? monthYearFor(pub, mention.month, tense);
      const ms = utcTime(year, mention.month - 1);
      const part = mention.part ? ` (${mention.part} in the month: kept at month precision)` : '';
      const yearWhy = mention.year
        ? ''
        : `; the year follows from the ${tense} tense and publication on ${readable(pub)}`;
      return {
        start: formatIsoDate(ms, 'month'),
        precision: 'month',
        approximate: false,
        note: `${MONTH_NAMES[mention.month - 1]} ${year}${part}${yearWhy}.`,
      };
    }
    case 'year': {
      if (mention.year > pubYear + 30)
        return { reason: `${mention.year} is too far after publication to be a date` };
      const since = mention.since ? ' (“since”: the start of a state that continues)' : '';
      return mention.endYear === undefined
        ? {
            start: String(mention.year),
            precision: 'year',
            approximate: false,
            note: `Year in the text: ${mention.year}${since}.`,
          }
        : {
            start: String(mention.year),
            end: String(mention.endYear),
            precision: 'year',
            approximate: false,
            note: `Years in the text: ${mention.year} to ${mention.endYear}.`,
          };
    }
    case 'decade':
      return {
        start: String(mention.decade),
        precision: 'decade',
        approximate: false,
        note: `Decade in the text: the ${mention.decade}s.`,
      };
  }
}
