import { utcTime } from '../time/calendar';
import { formatIsoDate, parseIsoDate } from '../time/iso';
import { DAY_MS } from '../time/units';
import { splitSentences } from './sentences';
import { findMentions } from './temporal';
import { tenseAt } from './tense';
import { DAY_OF_MONTH, MONTH, WEEKDAY, WEEKDAY_NAMES, monthNumber } from './words';

/**
 * When an article was published, from what it says: HTML metadata (read outside core and passed
 * in as plain strings), a dateline ("PARIS, Feb 2 (AFP) -"), an "Updated …" line, a date line at
 * the top, or, failing those, the weekdays the text mentions and the tense they are told in.
 * Every answer carries the words it rests on so the user can judge it and change it.
 */

export interface PublishedMetadata {
  /** Where the value was found: "article:published_time", "JSON-LD datePublished", "<time datetime>". */
  readonly source: string;
  readonly value: string;
}

export type PublicationMethod = 'metadata' | 'dateline' | 'updated-line' | 'date-line' | 'weekday-evidence';

export interface PublicationDate {
  /** Calendar day, "2021-03-15". */
  readonly published: string;
  readonly method: PublicationMethod;
  /** Why that day, quoting the words used: becomes the article's `publishedEvidence`. */
  readonly evidence: string;
}

export interface PublicationOptions {
  readonly metadata?: readonly PublishedMetadata[];
  /** Today's date (ISO day), the latest an article can be from; core/ reads no clock. */
  readonly today?: string;
}

const YEAR = '(1[89]\\d{2}|20\\d{2})';
/** "Feb 2", "February 2, 2021", "2 Feb 2021": groups (month, day, year) or (day, month, year). */
const MONTH_DAY = `(${MONTH})\\s+${DAY_OF_MONTH}(?:,?\\s+${YEAR})?`;
const DAY_MONTH = `${DAY_OF_MONTH}\\s+(${MONTH})(?:,?\\s+${YEAR})?`;

const DATELINE = new RegExp(
  `^\\s*([\\p{Lu}][\\p{Lu} .'’-]{1,40}?)(?:,\\s*[\\p{L}. ]{2,30}?)?,\\s*(?:${WEEKDAY},?\\s+)?(?:${MONTH_DAY}|${DAY_MONTH})\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]`,
  'u',
);
const UPDATED_LINE =
  /^[ \t]*(?:Last\s+)?(?:Updated|Published|Posted|First published)(?:\s+on)?:?\s+(.{4,100})$/im;
const DATE_ONLY_LINE = new RegExp(`^[ \\t]*(?:${WEEKDAY},?\\s+)?(?:${MONTH_DAY}|${DAY_MONTH})[ \\t]*$`, 'm');
const ISO_DAY = /(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/;
const REPORTING = /\b(?:said|says|saying|told|announced|stated|confirmed|added)\b/i;

const readable = (ms: number) => `${WEEKDAY_NAMES[new Date(ms).getUTCDay()]} ${formatIsoDate(ms, 'day')}`;

/** Day number in [1, daysInMonth]; utcTime would carry "Feb 30" into March. */
function calendarDay(year: number, month: number, day: number): number | undefined {
  const ms = utcTime(year, month - 1, day);
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

/** Month, day and year (if written) of a MONTH_DAY or DAY_MONTH match starting at group `g`. */
function monthDayYear(m: RegExpExecArray, g: number): { month: number; day: number; year?: number } {
  if (m[g] !== undefined)
    return {
      month: monthNumber(m[g]!)!,
      day: Number(m[g + 1]),
      year: m[g + 2] ? Number(m[g + 2]) : undefined,
    };
  return {
    month: monthNumber(m[g + 4]!)!,
    day: Number(m[g + 3]),
    year: m[g + 5] ? Number(m[g + 5]) : undefined,
  };
}

function fromMetadata(metadata: readonly PublishedMetadata[]): PublicationDate | undefined {
  for (const { source, value } of metadata) {
    const iso = ISO_DAY.exec(value)?.[1];
    if (iso && parseIsoDate(iso))
      return { published: iso, method: 'metadata', evidence: `HTML metadata ${source}: “${value}”.` };
  }
  return undefined;
}

/** A date written in a line of its own ("Updated 3:45 PM, March 3, 2021"): month, day and year if given. */
function dateInLine(
  line: string,
): { month: number; day: number; year?: number } | { iso: string } | undefined {
  const iso = ISO_DAY.exec(line)?.[1];
  if (iso && parseIsoDate(iso)) return { iso };
  const m = new RegExp(`${MONTH_DAY}|${DAY_MONTH}`).exec(line);
  if (!m) return undefined;
  return monthDayYear(m, 1);
}

interface WeekdayClue {
  readonly weekday: number;
  readonly tense: 'past' | 'future' | 'present';
  readonly reporting: boolean;
  readonly words: string;
}

/** Weekday mentions with their tense: the raw evidence for inferring a weekday of publication. */
function weekdayClues(text: string): WeekdayClue[] {
  const clues: WeekdayClue[] = [];
  for (const sentence of splitSentences(text)) {
    for (const found of findMentions(sentence.text)) {
      if (found.mention.kind !== 'weekday' || found.mention.direction) continue;
      const tense = tenseAt(sentence.text, found.index, found.text.length);
      const before = sentence.text.slice(0, found.index).split(/\s+/).filter(Boolean).slice(-3).join(' ');
      const near = `${before} ${found.text}`;
      const weekday = found.mention.weekdays[0]!;
      clues.push({ weekday, tense, reporting: tense === 'past' && REPORTING.test(near), words: near.trim() });
    }
  }
  return clues;
}

/**
 * The weekday of publication that best fits the clues: a past-tense day lies on or before it, a
 * future one on or after it, both within the week; a reporting verb with a day ("said Monday") is
 * the wire-copy mark of the publication day itself, so it weighs most.
 */
export function inferWeekday(text: string): { weekday: number; clues: WeekdayClue[] } | undefined {
  const clues = weekdayClues(text);
  if (clues.length === 0) return undefined;
  let best: { weekday: number; cost: number } | undefined;
  for (let d = 0; d < 7; d++) {
    let cost = 0;
    for (const c of clues) {
      const back = (d - c.weekday + 7) % 7;
      const forward = (c.weekday - d + 7) % 7;
      cost +=
        c.tense === 'past'
          ? back * (c.reporting ? 3 : 1)
          : c.tense === 'future'
            ? forward
            : Math.min(back, forward);
    }
    if (!best || cost < best.cost) best = { weekday: d, cost };
  }
  return { weekday: best!.weekday, clues };
}

/** Years the text writes out, latest first, not after `todayYear`. */
function writtenYears(text: string, todayYear: number | undefined): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/\b(1[89]\d{2}|20\d{2})\b/g)) {
    const y = Number(m[1]);
    if (todayYear === undefined || y <= todayYear) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}

/** Year for a dateline without one: the one where its weekday fits the text, else the latest year written. */
function yearForDateline(
  text: string,
  month: number,
  day: number,
  options: PublicationOptions,
): { year: number; why: string } | undefined {
  const today = options.today ? parseIsoDate(options.today)?.ms : undefined;
  const todayYear = today === undefined ? undefined : new Date(today).getUTCFullYear();
  const base = writtenYears(text, todayYear)[0] ?? todayYear;
  if (base === undefined) return undefined;
  // Only a reporting verb with a day ("said Monday") marks the publication weekday firmly enough to pick a year by.
  const inferred = inferWeekday(text);
  if (inferred?.clues.some((c) => c.reporting)) {
    for (let back = 0; back <= 11; back++) {
      for (const year of back === 0 ? [base] : [base - back, base + back]) {
        const ms = calendarDay(year, month, day);
        if (ms === undefined || (today !== undefined && ms > today)) continue;
        if (new Date(ms).getUTCDay() === inferred.weekday) {
          return {
            year,
            why: `the year in which that day is a ${WEEKDAY_NAMES[inferred.weekday]}, as the text’s weekdays imply (${inferred.clues
              .map((c) => `“${c.words}”`)
              .slice(0, 3)
              .join(', ')})`,
          };
        }
      }
    }
  }
  return {
    year: base,
    why:
      todayYear === base && !writtenYears(text, todayYear).length
        ? 'this year (the text writes no year)'
        : `the latest year the text writes (${base})`,
  };
}

function fromDateline(text: string, options: PublicationOptions): PublicationDate | undefined {
  const m = DATELINE.exec(text.slice(0, 400));
  if (!m) return undefined;
  const { month, day, year } = monthDayYear(m, 2);
  const words = m[0].trim();
  if (year !== undefined) {
    const ms = calendarDay(year, month, day);
    return ms === undefined
      ? undefined
      : { published: formatIsoDate(ms, 'day'), method: 'dateline', evidence: `Dateline “${words}”.` };
  }
  const inferred = yearForDateline(text, month, day, options);
  if (!inferred) return undefined;
  const ms = calendarDay(inferred.year, month, day);
  if (ms === undefined) return undefined;
  return {
    published: formatIsoDate(ms, 'day'),
    method: 'dateline',
    evidence: `Dateline “${words}” has no year; ${inferred.year} is ${inferred.why}.`,
  };
}

function fromLine(
  text: string,
  pattern: RegExp,
  method: PublicationMethod,
  label: string,
  options: PublicationOptions,
): PublicationDate | undefined {
  const m = pattern.exec(text.slice(0, 2000));
  if (!m) return undefined;
  const found = dateInLine(m[0]);
  if (!found) return undefined;
  const line = m[0].trim();
  if ('iso' in found) return { published: found.iso, method, evidence: `${label} “${line}”.` };
  const year = found.year ?? yearForDateline(text, found.month, found.day, options)?.year;
  if (year === undefined) return undefined;
  const ms = calendarDay(year, found.month, found.day);
  if (ms === undefined) return undefined;
  return {
    published: formatIsoDate(ms, 'day'),
    method,
    evidence: `${label} “${line}”${found.year ? '' : ` (year ${year} inferred from the text)`}.`,
  };
}

/** Last resort: the latest day not after `today` whose weekday the text implies. */
function fromWeekdays(text: string, options: PublicationOptions): PublicationDate | undefined {
  const today = options.today ? parseIsoDate(options.today)?.ms : undefined;
  const inferred = inferWeekday(text);
  if (today === undefined || !inferred) return undefined;
  const ms = today - ((new Date(today).getUTCDay() - inferred.weekday + 7) % 7) * DAY_MS;
  const clues = inferred.clues
    .map((c) => `“${c.words}” (${c.tense})`)
    .slice(0, 4)
    .join(', ');
  return {
    published: formatIsoDate(ms, 'day'),
    method: 'weekday-evidence',
    evidence: `No date line or metadata. The weekdays the text mentions fit a ${WEEKDAY_NAMES[inferred.weekday]}: ${clues}. The text fixes no week, so this is the latest ${WEEKDAY_NAMES[inferred.weekday]} on or before ${readable(today)}: check it.`,
  };
}

/**
 * Where the text states its own publication (dateline, "Updated …" line, date line): those words
 * date the article, not an event, so the extractor reads no event from them.
 */
export function publicationMarks(text: string): [number, number][] {
  const marks: [number, number][] = [];
  const dateline = DATELINE.exec(text.slice(0, 400));
  if (dateline) marks.push([dateline.index, dateline.index + dateline[0].length]);
  for (const pattern of [UPDATED_LINE, DATE_ONLY_LINE]) {
    const m = pattern.exec(text.slice(0, 2000));
    if (m) marks.push([m.index, m.index + m[0].length]);
  }
  return marks;
}

export function findPublicationDate(
  text: string,
  options: PublicationOptions = {},
): PublicationDate | undefined {
  return (
    fromMetadata(options.metadata ?? []) ??
    fromDateline(text, options) ??
    fromLine(text, UPDATED_LINE, 'updated-line', 'The line', options) ??
    fromLine(text, DATE_ONLY_LINE, 'date-line', 'The date line', options) ??
    fromWeekdays(text, options)
  );
}
