import { COUNT, DAY_OF_MONTH, MONTH, WEEKDAY, countValue, monthNumber, weekdayNumber } from './words';

/**
 * Finds the time expressions of a sentence and says what each one literally states, without
 * deciding anything the text leaves open: "on Friday" is a weekday, not yet a date. Which
 * Friday depends on the tense of the clause and the publication date (see resolve.ts), which is
 * exactly where general date parsers such as chrono-node guess wrong (they take the nearest).
 */

export type Direction = 'last' | 'this' | 'next';

export type TimeMention =
  | { kind: 'weekday'; weekdays: number[]; direction?: Direction }
  | { kind: 'relative-day'; offset: number }
  | { kind: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; count: number }
  | {
      kind: 'week';
      which:
        Direction | 'later' | 'earlier' | 'weekend-last' | 'weekend-this' | 'weekend-next' | 'weekend-tense';
    }
  | { kind: 'relative-unit'; unit: 'month' | 'year'; which: Direction | 'earlier' | 'later' }
  | { kind: 'date'; month: number; day: number; year?: number; endMonth?: number; endDay?: number }
  | { kind: 'month'; month: number; year?: number; part?: 'early' | 'mid' | 'late' }
  | { kind: 'year'; year: number; endYear?: number; since?: boolean }
  | { kind: 'decade'; decade: number };

export interface FoundMention {
  readonly mention: TimeMention;
  /** The words as written, e.g. "on Friday and Saturday": becomes the event's `dateEvidence`. */
  readonly text: string;
  /** Offset of `text` in the sentence. */
  readonly index: number;
}

type Build = (m: RegExpExecArray) => TimeMention | undefined;

const YEAR = '(1[0-9]{3}|20[0-9]{2})';
const DAY = DAY_OF_MONTH;
const DASH = '\\s*(?:-|–|—|to|through|until|and)\\s*';
const PART = '(?:\\s+(?:morning|afternoon|evening|night))?';
/** Quantities that look like years ("2,000 troops", "1500 people"): never a year. */
const NOT_A_QUANTITY =
  '(?![,.]?\\d)(?!\\s*(?:%|percent|people|troops|soldiers|members|residents|homes|houses|votes|seats|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|dollars|euros|units|cars|jobs|workers|cases|deaths|dead|words|pages|feet|hectares|acres)\\b)';

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const direction = (s: string | undefined): Direction | undefined => {
  const w = s?.toLowerCase();
  if (w === 'last' || w === 'past') return 'last';
  if (w === 'next' || w === 'coming' || w === 'this coming') return 'next';
  if (w === 'this') return 'this';
  return undefined;
};
/** Two-digit day numbers a calendar can have; "May 45" is not a date. */
const validDay = (d: number | undefined) => d !== undefined && d >= 1 && d <= 31;

/** Patterns, longest and most specific first; a span claimed by one is not read again. */
const PATTERNS: readonly (readonly [RegExp, Build])[] = [
  // "May 5-8", "March 3 and 4, 2021", "Sept. 9 to Sept. 12"
  [
    new RegExp(`\\b(${MONTH})\\s+${DAY}${DASH}(?:(${MONTH})\\s+)?${DAY}\\b(?:,?\\s+${YEAR}\\b)?`, 'g'),
    (m) => {
      const [d1, d2] = [num(m[2])!, num(m[4])!];
      if (!validDay(d1) || !validDay(d2)) return undefined;
      const [month, endMonth] = [monthNumber(m[1]!)!, m[3] ? monthNumber(m[3])! : monthNumber(m[1]!)!];
      if (endMonth === month && d2 <= d1) return undefined; // "Sept. 9 and 3 March": two dates
      return { kind: 'date', month, day: d1, endMonth, endDay: d2, year: num(m[5]) };
    },
  ],
  // "5-8 May 2021"
  [
    new RegExp(`\\b${DAY}${DASH}${DAY}\\s+(${MONTH})\\b(?:,?\\s+${YEAR}\\b)?`, 'g'),
    (m) => {
      const [d1, d2] = [num(m[1])!, num(m[2])!];
      if (!validDay(d1) || !validDay(d2) || d2 <= d1) return undefined;
      const month = monthNumber(m[3]!)!;
      return { kind: 'date', month, day: d1, endMonth: month, endDay: d2, year: num(m[4]) };
    },
  ],
  // "Friday, March 3, 2021", "on Sept. 9", "March 3"
  [
    new RegExp(`\\b(?:(?:on\\s+)?${WEEKDAY},?\\s+)?(${MONTH})\\s+${DAY}\\b(?!:)(?:,?\\s+${YEAR}\\b)?`, 'g'),
    (m) =>
      validDay(num(m[2]))
        ? { kind: 'date', month: monthNumber(m[1]!)!, day: num(m[2])!, year: num(m[3]) }
        : undefined,
  ],
  // "3 March 2021", "the 5th of May"
  [
    new RegExp(
      `\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH})\\b(?:,?\\s+${YEAR}\\b)?`,
      'g',
    ),
    (m) =>
      validDay(num(m[1]))
        ? { kind: 'date', month: monthNumber(m[2]!)!, day: num(m[1])!, year: num(m[3]) }
        : undefined,
  ],
  // "in late May", "in April", "November 2019", "since January"; bare "May"/"March" need a preposition or a year.
  [
    new RegExp(
      `\\b(?:(in|since|until|by|from|during|of|last|next|this|early|late|mid|the end of|the start of|the beginning of)[\\s-]+)?(?:(early|late|mid)[\\s-]+)?(${MONTH})\\b(?:,?\\s+(?:of\\s+)?${YEAR}\\b)?`,
      'g',
    ),
    (m) => {
      const month = monthNumber(m[3]!)!;
      const lead = m[1]?.toLowerCase();
      if (!lead && !m[2] && !m[4] && /^(May|March|Mar\.?|Jan|Sat|Sun|Dec)$/.test(m[3]!)) return undefined;
      if (m[3]!.length <= 4 && !lead && !m[4]) return undefined; // "Jun" alone: too likely a name
      const part =
        m[2]?.toLowerCase() ??
        (lead === 'early' || lead === 'the start of' || lead === 'the beginning of'
          ? 'early'
          : lead === 'late' || lead === 'the end of'
            ? 'late'
            : lead === 'mid'
              ? 'mid'
              : undefined);
      return { kind: 'month', month, year: num(m[4]), part: part as 'early' | 'mid' | 'late' | undefined };
    },
  ],
  // "from 1910 to 1945", "between 2010 and 2015", "2019-2020"
  [
    new RegExp(
      `\\b(?:(?:from|between)\\s+)?${YEAR}\\s*(?:-|–|to|and|until)\\s*${YEAR}\\b${NOT_A_QUANTITY}`,
      'g',
    ),
    (m) => {
      const [a, b] = [num(m[1])!, num(m[2])!];
      return b > a ? { kind: 'year', year: a, endYear: b } : undefined;
    },
  ],
  // "the 1990s", "the early 2000s"
  [
    /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(1[0-9]{2}0|20[0-9]0)s\b/g,
    (m) => ({ kind: 'decade', decade: Number(m[1]) }),
  ],
  // "in 2019", "since 1998", "the 2019 floods"
  [
    new RegExp(
      `(?<![$€£\\d.,])\\b(?:(in|since|by|until|before|after|during|of|from|the|early|late|mid)[\\s-]+)?${YEAR}\\b${NOT_A_QUANTITY}`,
      'gi',
    ),
    (m) => {
      const lead = m[1]?.toLowerCase();
      return { kind: 'year', year: num(m[2])!, since: lead === 'since' || undefined };
    },
  ],
  // "over the weekend": which weekend depends on the tense
  [/\b(?:over|during|at)\s+the\s+weekend\b/gi, () => ({ kind: 'week', which: 'weekend-tense' })],
  // "later in the week", "earlier this week", "last week", "next weekend"
  [
    /\b(later|earlier)\s+(?:in\s+the|this)\s+week\b/gi,
    (m) => ({ kind: 'week', which: m[1]!.toLowerCase() as 'later' | 'earlier' }),
  ],
  [
    /\b(last|past|this|next|coming)\s+(week|weekend)\b/gi,
    (m) => {
      const which = direction(m[1])!;
      return { kind: 'week', which: m[2]!.toLowerCase() === 'weekend' ? `weekend-${which}` : which };
    },
  ],
  // "earlier this month", "later this year", "last month", "next year"
  [
    /\b(earlier|later)\s+(?:this|in\s+the)\s+(month|year)\b/gi,
    (m) => ({
      kind: 'relative-unit',
      unit: m[2]!.toLowerCase() as 'month' | 'year',
      which: m[1]!.toLowerCase() as 'earlier' | 'later',
    }),
  ],
  [
    /\b(last|past|this|next|coming)\s+(month|year)\b/gi,
    (m) => ({
      kind: 'relative-unit',
      unit: m[2]!.toLowerCase() as 'month' | 'year',
      which: direction(m[1])!,
    }),
  ],
  // "two days ago", "a week ago"
  [
    new RegExp(`\\b(${COUNT})\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi'),
    (m) => {
      const count = countValue(m[1]!);
      if (count === undefined) return undefined;
      return { kind: 'ago', unit: m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year', count };
    },
  ],
  // "the day before yesterday", "yesterday", "today", "tonight", "tomorrow morning"
  [
    new RegExp(
      `\\b(the day before yesterday|the day after tomorrow|yesterday|last night|earlier today|later today|today|tonight|tomorrow|this (?:morning|afternoon|evening))${PART}\\b`,
      'gi',
    ),
    (m) => {
      const w = m[1]!.toLowerCase();
      const offset =
        w === 'the day before yesterday'
          ? -2
          : w === 'yesterday' || w === 'last night'
            ? -1
            : w === 'tomorrow'
              ? 1
              : w === 'the day after tomorrow'
                ? 2
                : 0;
      return { kind: 'relative-day', offset };
    },
  ],
  // "on Friday and Saturday", "last Tuesday", "Tuesday morning", "Friday's vote"
  [
    new RegExp(
      `\\b(?:(?:early|late)\\s+)?(?:(?:on|by|until|since|from)\\s+)?(?:(last|next|this|this coming|coming|past)\\s+)?(${WEEKDAY})(?:’s|'s)?${PART}(?:\\s*(?:and|or|to|through|until|-|–)\\s*(${WEEKDAY})${PART})?\\b`,
      'g',
    ),
    (m) => {
      const first = weekdayNumber(m[2]!)!;
      const weekdays = m[3] ? [first, weekdayNumber(m[3])!] : [first];
      return { kind: 'weekday', weekdays, direction: direction(m[1]) };
    },
  ],
];

/** Spans inside quotation marks: a speaker's words, not the reporter's account of events. */
export function quotedSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of sentence.matchAll(/“[^”]*”?|"[^"]*"?/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Every time expression in `sentence`, in reading order, none overlapping another. */
export function findMentions(sentence: string): FoundMention[] {
  const taken: [number, number][] = [];
  const found: FoundMention[] = [];
  for (const [pattern, build] of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of sentence.matchAll(pattern)) {
      const [from, to] = [m.index, m.index + m[0].length];
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const mention = build(m as RegExpExecArray);
      if (!mention) continue;
      taken.push([from, to]);
      found.push({ mention, text: m[0], index: from });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "a three-day festival", "the 10-day trip": the length a range anchored on one day spans. */
export function findDuration(sentence: string): { days: number; index: number } | undefined {
  const m = new RegExp(`\\b(${COUNT})-day\\b|\\blast(?:ed|s|ing)\\s+(${COUNT})\\s+days\\b`, 'i').exec(
    sentence,
  );
  const days = m ? countValue(m[1] ?? m[2]!) : undefined;
  return m && days ? { days, index: m.index } : undefined;
}
