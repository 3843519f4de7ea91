import { MONTH_NAMES } from '../time/format';

/**
 * The calendar words of English news text, as regular-expression parts and lookups. Month names
 * come from the one list in core/time/format; weekdays count as `Date.getUTCDay` does (Sunday 0).
 */

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;

/** Full names and the abbreviations wire copy uses ("Sept. 9", "Feb 2"). */
const MONTH_FORMS = MONTH_NAMES.flatMap((name) => {
  const short = name.slice(0, 3);
  const forms: string[] = [name];
  if (name.length > 3) forms.push(`${short}\\.?`);
  if (name === 'September') forms.push('Sept\\.?');
  return forms;
});

/** Month names and abbreviations, capitalised as in running text (so the verb "may" is no month). */
export const MONTH = `(?:${MONTH_FORMS.sort((a, b) => b.length - a.length).join('|')})`;

/** A day of the month as written: "2", "2nd", "21st" (the number is group 1 of this part). */
export const DAY_OF_MONTH = '(\\d{1,2})(?:st|nd|rd|th)?';

/** 1-based month for a name or abbreviation ("Sept." → 9). */
export function monthNumber(word: string): number | undefined {
  const key = word.replace(/\.$/, '').slice(0, 3).toLowerCase();
  const i = MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === key);
  return i < 0 ? undefined : i + 1;
}

export function weekdayNumber(word: string): number | undefined {
  const i = WEEKDAY_NAMES.findIndex((d) => d.toLowerCase() === word.toLowerCase());
  return i < 0 ? undefined : i;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

/** Counts as spelled in news ("two", "10", "a"). */
export const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;

export function countValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()];
}
