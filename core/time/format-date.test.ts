import { describe, expect, it } from 'vitest';
import { accessibleEventName, formatEventDate } from './format-date';
import type { TimelineEvent } from '../file-format/model';
import { testEvent } from '../testing/test-event';

function ev(
  start: string,
  precision: TimelineEvent['precision'],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return testEvent({ id: 'e', title: 'Quad leaders’ virtual summit', start, precision, ...extra });
}

describe('formatEventDate', () => {
  it('writes each precision at its own granularity', () => {
    expect(formatEventDate(ev('2021-03-12', 'day'))).toBe('Fri 12 Mar 2021');
    expect(formatEventDate(ev('2021-04', 'month'))).toBe('April 2021');
    expect(formatEventDate(ev('1910', 'year'))).toBe('1910');
    expect(formatEventDate(ev('1913', 'decade'))).toBe('1910s');
    expect(formatEventDate(ev('2021-03-12T14:30', 'minute'))).toBe('Fri 12 Mar 2021, 14:30');
  });

  it('never shifts a day by the machine zone (dates are UTC)', () => {
    expect(formatEventDate(ev('2021-01-01', 'day'))).toBe('Fri 1 Jan 2021');
    expect(formatEventDate(ev('2020-12-31T23:59', 'minute'))).toBe('Thu 31 Dec 2020, 23:59');
  });

  it('shares common parts in ranges', () => {
    expect(formatEventDate(ev('2024-07-25', 'day', { end: '2024-07-27' }))).toBe('25–27 Jul 2024');
    expect(formatEventDate(ev('2021-03-12', 'day', { end: '2021-04-02' }))).toBe('12 Mar – 2 Apr 2021');
    expect(formatEventDate(ev('2020-12-30', 'day', { end: '2021-01-02' }))).toBe('30 Dec 2020 – 2 Jan 2021');
    expect(formatEventDate(ev('2024-03', 'month', { end: '2024-07' }))).toBe('March – July 2024');
    expect(formatEventDate(ev('2020-11', 'month', { end: '2021-02' }))).toBe('November 2020 – February 2021');
    expect(formatEventDate(ev('2021-03-12T14:30', 'minute', { end: '2021-03-12T16:00' }))).toBe(
      'Fri 12 Mar 2021, 14:30–16:00',
    );
  });

  it('prefixes approximate dates with "c."', () => {
    expect(formatEventDate(ev('1910', 'year', { end: '1945', approximate: true }))).toBe('c. 1910 – 1945');
    expect(formatEventDate(ev('2021-04', 'month', { approximate: true }))).toBe('c. April 2021');
  });

  it('treats an end equal to the start at that precision as a single date', () => {
    expect(formatEventDate(ev('2021-03-12', 'month', { end: '2021-03-20' }))).toBe('March 2021');
  });

  it('falls back to the raw text for an unparsable date', () => {
    expect(formatEventDate(ev('2021-02-30', 'day'))).toBe('2021-02-30');
  });
});

describe('accessibleEventName', () => {
  it('speaks type, title and an unabbreviated date', () => {
    expect(accessibleEventName(ev('2021-03-12', 'day'))).toBe(
      'Summit: Quad leaders’ virtual summit, 12 March 2021',
    );
  });

  it('says "around" and "to" rather than symbols, and marks planned events', () => {
    const name = accessibleEventName(
      ev('2024-07-25', 'day', { end: '2024-07-27', approximate: true, status: 'planned', type: 'visit' }),
    );
    expect(name).toBe('Visit or trip: Quad leaders’ virtual summit, around 25 to 27 July 2024 (planned)');
  });
});
